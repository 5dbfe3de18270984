// The eighth holdout's texts, all files joined (see README.md): section 五 as real reports write it,
// invented bodies, written and answered by hand before the extractor was run on them.
import type { Holdout8Case } from './entry'
import { DEPARTMENTS } from './texts-departments'
import { GOVERNMENTS } from './texts-governments'
import { MORE_VOICES } from './texts-more-voices'
import { SLIPS } from './texts-slips'
import { TOWNS } from './texts-towns'
import { ZONES_PUBLIC } from './texts-zones-public'

export const HOLDOUT8: readonly Holdout8Case[] = [...TOWNS, ...GOVERNMENTS, ...DEPARTMENTS, ...ZONES_PUBLIC, ...SLIPS, ...MORE_VOICES]
