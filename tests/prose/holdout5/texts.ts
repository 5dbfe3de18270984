// The fifth, blind holdout of section 五 texts (helper j13e, session 6): bodies and wordings not in
// ../shared/corpus, written and answered by hand before the extractor was first run on them, without
// sight of the matcher, the taxonomy code or the earlier sets. See README.md for how the answers were set.
import { DEPARTMENTS } from './texts-departments'
import { LONG_VOICE } from './texts-long-voice'
import { MORE_BODIES } from './texts-more-bodies'
import { PROVINCE_ZONES } from './texts-province-zones'
import { TOWNS } from './texts-towns'
import type { Holdout5Case } from './entry'

export const HOLDOUT5: Holdout5Case[] = [...TOWNS, ...DEPARTMENTS, ...PROVINCE_ZONES, ...MORE_BODIES, ...LONG_VOICE]
