// The fourteenth holdout (blind): section 五 texts of invented bodies, joined from one file per kind of
// body or shape. See README.md for how it was written and how the answers were set.
import type { Holdout14Case } from './entry'
import { CITIES_COUNTIES } from './texts-cities-counties'
import { GRASSROOTS } from './texts-grassroots'
import { MIXED } from './texts-mixed'
import { NESTED } from './texts-nested'
import { PROVINCES } from './texts-provinces'
import { RUN_ON } from './texts-runon'
import { SHAPES } from './texts-shapes'
import { ZONES_PUBLIC } from './texts-zones-public'

export const HOLDOUT14: Holdout14Case[] = [...PROVINCES, ...CITIES_COUNTIES, ...GRASSROOTS, ...ZONES_PUBLIC, ...SHAPES, ...MIXED, ...RUN_ON, ...NESTED]
