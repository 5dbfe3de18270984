// The seventeenth holdout (blind): section 五 texts of invented bodies, written to read like real reports
// (departments of every kind, governments, towns, streets, development zones, public enterprises,
// hospitals and schools; 一是/（一）/1./①/1）/首先 lists, run-on paragraphs, a problem and its measure in
// one paragraph, 针对…/对此… measures, last year's fixes before or after the measures, typos in the
// numbering, PDF line breaks), joined from one file per kind of body or shape. Written by a writer who
// read neither the matcher nor any holdout's misses; the answers were set and committed before the
// extractor was run on them.
import type { Holdout17Case } from './entry'
import { DEPARTMENTS } from './texts-departments'
import { GOVERNMENTS } from './texts-governments'
import { GRASSROOTS } from './texts-grassroots'
import { SHAPES } from './texts-shapes'
import { UNITS } from './texts-units'

export const HOLDOUT17: Holdout17Case[] = [...DEPARTMENTS, ...GOVERNMENTS, ...GRASSROOTS, ...UNITS, ...SHAPES]
