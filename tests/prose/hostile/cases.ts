// The shape of a hand-written section 五 text and its expected reading, shared by the hostile sets
// (orders.ts, layouts.ts, debris.ts). Each entry: how its text starts as a reader would mark it
// (list marker included where the report prints one), and its categories sorted by hand per
// ../shared/spec/problem-taxonomy.md.
import type { ScoredCase, ScoredEntry } from '../../../src-main/eval/problems-score'

export type HostileCase = ScoredCase

export const e = (starts: string, ...categories: string[]): ScoredEntry => ({ starts, categories })
