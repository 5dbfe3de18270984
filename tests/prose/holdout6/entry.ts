// The case type of the sixth holdout (the scorer's ScoredCase) and a short way to write an expected
// entry. Category ids are typed, so a misspelt id is a type error, not a silent miss.
import type { ScoredCase, ScoredEntry } from '../../../src-main/eval/problems-score'

export const CATEGORY_IDS = [
  'update-gap',
  'platform-stability',
  'duplicate-publishing',
  'incomplete-disclosure',
  'reading-room-underused',
  'request-handling',
  'policy-interpretation',
  'public-participation',
  'staff-capacity',
  'awareness',
  'standardization',
  'new-media',
  'other',
] as const
export type CategoryId = (typeof CATEGORY_IDS)[number]

export type Holdout6Case = ScoredCase

/** An expected entry: how it starts as printed (marker included), and its categories. */
export function e(starts: string, ...categories: [CategoryId, ...CategoryId[]]): ScoredEntry {
  return { starts, categories }
}
