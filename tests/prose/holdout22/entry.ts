// The case type of the twenty-second holdout (the scorer's ScoredCase) and a short way to write an expected
// entry. Category ids are the model's (problem-taxonomy.md), typed, so a misspelt id is a type error.
import type { ProblemCategory } from '../../../shared/model/report'
import type { ScoredCase, ScoredEntry } from '../../../src-main/eval/problems-score'

export type Holdout22Case = ScoredCase

/** An expected entry: how it starts as printed (marker included), and its categories. */
export function e(starts: string, ...categories: [ProblemCategory, ...ProblemCategory[]]): ScoredEntry {
  return { starts, categories }
}
