// Sixth holdout of section 五 texts (blind; see README.md): every file's cases joined.
import type { Holdout6Case } from './entry'
import { CITY_PROVINCE } from './texts-city-province'
import { COUNTY_DEPARTMENTS } from './texts-county-departments'
import { MIXED_SLIPS } from './texts-mixed-slips'
import { MORE_VOICES } from './texts-more-voices'
import { TOWNS } from './texts-towns'
import { ZONES_AUTHORISED } from './texts-zones-authorised'

export const HOLDOUT6: Holdout6Case[] = [...TOWNS, ...COUNTY_DEPARTMENTS, ...CITY_PROVINCE, ...ZONES_AUTHORISED, ...MIXED_SLIPS, ...MORE_VOICES]
