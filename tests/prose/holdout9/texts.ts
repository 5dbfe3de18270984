// The ninth holdout's texts, all files joined (see README.md): section 五 as real reports write it,
// invented bodies, written and answered by hand before the extractor was run on them.
import type { Holdout9Case } from './entry'
import { BUREAUS } from './texts-bureaus'
import { COUNTIES } from './texts-counties'
import { GRASSROOTS } from './texts-grassroots'
import { LONG } from './texts-long'
import { ROUGH } from './texts-rough'
import { ZONES_PUBLIC } from './texts-zones-public'

export const HOLDOUT9: readonly Holdout9Case[] = [...COUNTIES, ...BUREAUS, ...GRASSROOTS, ...ZONES_PUBLIC, ...ROUGH, ...LONG]
