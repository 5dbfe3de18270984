// The eleventh holdout (blind): section 五 texts of invented bodies, joined from one file per kind of
// body or shape. See README.md for how it was written and how the answers were set.
import type { Holdout11Case } from './entry'
import { CITIES_COUNTIES } from './texts-cities-counties'
import { EXTRA } from './texts-extra'
import { GRASSROOTS } from './texts-grassroots'
import { MIXED } from './texts-mixed'
import { MORE } from './texts-more'
import { PROVINCES } from './texts-provinces'
import { SHAPES } from './texts-shapes'
import { ZONES_PUBLIC } from './texts-zones-public'

export const HOLDOUT11: Holdout11Case[] = [...PROVINCES, ...CITIES_COUNTIES, ...GRASSROOTS, ...ZONES_PUBLIC, ...SHAPES, ...MIXED, ...MORE, ...EXTRA]
