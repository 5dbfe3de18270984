// Twenty-first holdout: 60 section 五 texts of invented bodies (towns and streets, county and city bureaus,
// health bodies and schools, development zones, centres and public enterprises, government offices),
// written and answered by hand, blind (README.md), before the extractor was ever run on them. Order
// matters: aside.ts sets every 4th text aside.
import type { Holdout21Case } from './entry'
import { BUREAUS } from './texts-bureaus'
import { HEALTH } from './texts-health'
import { OFFICES } from './texts-offices'
import { TOWNS } from './texts-towns'
import { ZONES } from './texts-zones'

export const HOLDOUT21: Holdout21Case[] = [...TOWNS, ...BUREAUS, ...HEALTH, ...ZONES, ...OFFICES]
