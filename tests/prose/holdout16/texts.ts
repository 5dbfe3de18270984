// The sixteenth holdout (blind): section 五 texts of invented bodies, written to read like real reports
// (bureaus of every kind, governments, towns and streets; 一是/（一）/1./①/首先 lists, run-on
// paragraphs, 针对…/对于… measures, last year's fixes, typos in the numbering, PDF line breaks), joined
// from one file per kind of body or shape. Written by a writer who read neither the matcher nor any
// holdout's misses; the answers were set and committed before the extractor was run on them.
import type { Holdout16Case } from './entry'
import { BUREAUS } from './texts-bureaus'
import { DEPARTMENTS } from './texts-departments'
import { GOVERNMENTS } from './texts-governments'
import { GRASSROOTS } from './texts-grassroots'
import { MORE } from './texts-more'
import { SHAPES } from './texts-shapes'

export const HOLDOUT16: Holdout16Case[] = [...BUREAUS, ...GOVERNMENTS, ...GRASSROOTS, ...DEPARTMENTS, ...SHAPES, ...MORE]
