// The eighteenth holdout (blind): section 五 texts of invented bodies, written to read like real reports
// (county and city departments, governments and their offices, towns, streets, development zones and the
// stations below them, schools, hospitals, an archive, a museum, public enterprises; 一是/（一）/(1)/①/1./
// 1、/1）/首先 lists, numbering that repeats, entries split only by ；, one run-on paragraph, a problem and
// its measure in one paragraph, nested sub-points, last year's fixes before or after the measures, the
// appraisal paragraph, PDF line breaks), joined from one file per kind of body or shape. Written by a
// writer who read neither the matcher nor any holdout's texts or misses; the answers were set and
// committed before the extractor was run on them.
import type { Holdout18Case } from './entry'
import { DEPARTMENTS } from './texts-departments'
import { GOVERNMENTS } from './texts-governments'
import { GRASSROOTS } from './texts-grassroots'
import { SHAPES } from './texts-shapes'
import { UNITS } from './texts-units'

export const HOLDOUT18: Holdout18Case[] = [...DEPARTMENTS, ...GOVERNMENTS, ...GRASSROOTS, ...UNITS, ...SHAPES]
