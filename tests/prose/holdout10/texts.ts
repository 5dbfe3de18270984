// The tenth holdout's texts, all files joined (see README.md): section 五 as real reports write it,
// invented bodies, written and answered by hand before the extractor was run on them.
import type { Holdout10Case } from './entry'
import { CITIES_COUNTIES } from './texts-cities-counties'
import { GRASSROOTS } from './texts-grassroots'
import { MIXED } from './texts-mixed'
import { MORE } from './texts-more'
import { PROVINCES } from './texts-provinces'
import { SHAPES } from './texts-shapes'
import { ZONES_PUBLIC } from './texts-zones-public'

export const HOLDOUT10: readonly Holdout10Case[] = [...PROVINCES, ...CITIES_COUNTIES, ...GRASSROOTS, ...ZONES_PUBLIC, ...SHAPES, ...MIXED, ...MORE]
