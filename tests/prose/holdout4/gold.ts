// How a holdout-4 text's answer is written: each expected entry by how its text starts (the list
// marker kept where the report prints one) and its categories per ../shared/spec/problem-taxonomy.md.
import type { ScoredCase, ScoredEntry } from '../../../src-main/eval/problems-score'

export type Holdout4Case = ScoredCase

export const e = (starts: string, ...categories: string[]): ScoredEntry => ({ starts, categories })
