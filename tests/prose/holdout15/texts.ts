// The fifteenth holdout (blind): section 五 texts of invented bodies, written to read like real reports
// (long entries with background and figures, plain officialese, measures in another order than the
// problems, PDF line breaks and typos), joined from one file per kind of body or shape. See README.md
// for how it was written and how the answers were set.
import type { Holdout15Case } from './entry'
import { CITIES_COUNTIES } from './texts-cities-counties'
import { GRASSROOTS } from './texts-grassroots'
import { MIXED } from './texts-mixed'
import { MORE } from './texts-more'
import { NESTED } from './texts-nested'
import { PROVINCES } from './texts-provinces'
import { RUN_ON } from './texts-runon'
import { SHAPES } from './texts-shapes'
import { ZONES_PUBLIC } from './texts-zones-public'

export const HOLDOUT15: Holdout15Case[] = [...PROVINCES, ...CITIES_COUNTIES, ...GRASSROOTS, ...ZONES_PUBLIC, ...SHAPES, ...MIXED, ...RUN_ON, ...NESTED, ...MORE]
