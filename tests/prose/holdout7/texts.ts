// Seventh holdout of section 五 texts (blind; see README.md): every file's cases joined.
import type { Holdout7Case } from './entry'
import { CITY_PROVINCE } from './texts-city-province'
import { COUNTY_DEPARTMENTS } from './texts-county-departments'
import { MORE_VOICES } from './texts-more-voices'
import { SLIPS } from './texts-slips'
import { TOWNS } from './texts-towns'
import { ZONES_AUTHORISED } from './texts-zones-authorised'

export const HOLDOUT7: Holdout7Case[] = [...TOWNS, ...COUNTY_DEPARTMENTS, ...CITY_PROVINCE, ...ZONES_AUTHORISED, ...SLIPS, ...MORE_VOICES]
