// Twenty-second holdout: 60 section 五 texts of invented bodies (towns, townships and streets, county and city
// departments, city and county governments, public bodies), written and answered by hand, blind (README.md),
// before the extractor was ever run on them. Order matters: aside.ts sets every 4th text aside.
import type { Holdout22Case } from './entry'
import { CITIES } from './texts-cities'
import { DEPTS } from './texts-depts'
import { EXTRA } from './texts-extra'
import { PUBLIC } from './texts-public'
import { COUNTIES } from './texts-counties'
import { TOWNS } from './texts-towns'

/** The 60 blind texts, then the tuning texts written after the blind run (texts-extra.ts, never set aside). */
export const HOLDOUT22: Holdout22Case[] = [...TOWNS, ...DEPTS, ...CITIES, ...PUBLIC, ...COUNTIES, ...EXTRA]
