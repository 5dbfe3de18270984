// The nineteenth holdout (blind): section 五 texts of invented bodies, written to read like real reports
// (county and city bureaus of many kinds — medical insurance, emergency management, veterans, forestry, water,
// commerce, statistics, audit, petitions, data, government offices affairs, ethnic and religious affairs, a
// supply-and-marketing cooperative, meteorology, tax, a housing-fund centre, justice, civil affairs, culture
// and tourism, health, urban management, transport, natural resources, development and reform, human
// resources, rural revitalisation, finance, education, market regulation, ecology, housing, grain reserves,
// landscaping, local chronicles —, a county government office and a district government, towns, townships,
// streets, development zones, an industrial park, schools, hospitals, a disease-control centre, public
// enterprises and public institutions), joined from one file per kind of body or shape. Written by a writer
// who read neither the matcher nor any holdout's texts or misses; the answers were set and committed before
// the extractor was run on them.
import { BOUNDARIES } from './texts-boundaries'
import { BUREAUS } from './texts-bureaus'
import type { Holdout19Case } from './entry'
import { GRASSROOTS } from './texts-grassroots'
import { SHAPES } from './texts-shapes'
import { UNITS } from './texts-units'

export const HOLDOUT19: Holdout19Case[] = [...BUREAUS, ...GRASSROOTS, ...UNITS, ...SHAPES, ...BOUNDARIES]
