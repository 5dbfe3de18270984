// The shape of one holdout-5 text and its hand-written answer, in the scorer's own terms
// (src-main/eval/problems-score.ts). Categories are the ids of ../shared/spec/problem-taxonomy.md,
// typed here so that a misspelt id in the gold is a type error, not a silent miss.
import type { ScoredCase, ScoredEntry } from '../../../src-main/eval/problems-score'

export type TaxonomyId =
  | 'update-gap'
  | 'platform-stability'
  | 'duplicate-publishing'
  | 'incomplete-disclosure'
  | 'reading-room-underused'
  | 'request-handling'
  | 'policy-interpretation'
  | 'public-participation'
  | 'staff-capacity'
  | 'awareness'
  | 'standardization'
  | 'new-media'
  | 'other'

export const TAXONOMY_IDS: readonly TaxonomyId[] = [
  'update-gap', 'platform-stability', 'duplicate-publishing', 'incomplete-disclosure',
  'reading-room-underused', 'request-handling', 'policy-interpretation', 'public-participation',
  'staff-capacity', 'awareness', 'standardization', 'new-media', 'other',
]

export type Holdout5Case = ScoredCase

/** One expected entry: how its text starts as printed (marker included), and its categories. */
export const e = (starts: string, ...categories: [TaxonomyId, ...TaxonomyId[]]): ScoredEntry => ({ starts, categories })
