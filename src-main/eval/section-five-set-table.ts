// The hand-labelled section 五 sets the eval's listing scripts name on their command line
// (section-five-causes.ts, section-five-miss-kinds.ts): the tuned sets by name, and the two
// set-aside parts apart, so that only a script that prints no text may list them.
import { HOLDOUT7 } from '../../tests/prose/holdout7/texts'
import { HOLDOUT8 } from '../../tests/prose/holdout8/texts'
import { HOLDOUT9 } from '../../tests/prose/holdout9/texts'
import { HOLDOUT10 } from '../../tests/prose/holdout10/texts'
import { HOLDOUT11 } from '../../tests/prose/holdout11/texts'
import { HOLDOUT12_ASIDE, HOLDOUT12_TUNE } from '../../tests/prose/holdout12/aside'
import { HOLDOUT13_ASIDE, HOLDOUT13_TUNE } from '../../tests/prose/holdout13/aside'
import { HOLDOUT14_ASIDE, HOLDOUT14_TUNE } from '../../tests/prose/holdout14/aside'
import { HOLDOUT15_ASIDE, HOLDOUT15_TUNE } from '../../tests/prose/holdout15/aside'
import { HOLDOUT16_TUNE } from '../../tests/prose/holdout16/aside'
import { HOLDOUT17_TUNE } from '../../tests/prose/holdout17/aside'
import { HOLDOUT18_TUNE } from '../../tests/prose/holdout18/aside'
import { HOLDOUT19_TUNE } from '../../tests/prose/holdout19/aside'
import { HOLDOUT20_TUNE } from '../../tests/prose/holdout20/aside'
import { HOLDOUT21_TUNE } from '../../tests/prose/holdout21/aside'
import { HOLDOUT22_TUNE } from '../../tests/prose/holdout22/aside'
import type { LearnedIndex } from '../../shared/taxonomy/ngram-knn'
import { labelledSets, tunedSets } from './labelled-sets'
import type { ScoredCase } from './problems-score'
import { withoutSet } from './section-five-loso'

export type SetTable = Record<string, () => readonly ScoredCase[]>

/** The sets tuned on (holdout 12 / 13 / 14 / 15: only their tuning texts), and the labelled sets. */
export const TUNED_SETS: SetTable = {
  holdout7: () => HOLDOUT7,
  holdout8: () => HOLDOUT8,
  holdout9: () => HOLDOUT9,
  holdout10: () => HOLDOUT10,
  holdout11: () => HOLDOUT11,
  holdout12tune: () => HOLDOUT12_TUNE,
  holdout13tune: () => HOLDOUT13_TUNE,
  holdout14tune: () => HOLDOUT14_TUNE,
  holdout15tune: () => HOLDOUT15_TUNE,
  holdout16tune: () => HOLDOUT16_TUNE,
  // Listed only (never learned from: labelled-sets.ts tunedSets leaves holdouts 17 to 22 out).
  holdout17tune: () => HOLDOUT17_TUNE,
  holdout18tune: () => HOLDOUT18_TUNE,
  holdout19tune: () => HOLDOUT19_TUNE,
  holdout20tune: () => HOLDOUT20_TUNE,
  holdout21tune: () => HOLDOUT21_TUNE,
  holdout22tune: () => HOLDOUT22_TUNE,
  ...Object.fromEntries(labelledSets().map((s) => [s.name, () => s.cases])),
}

/**
 * The learned side to score a set with: built without it where the set is learned from as a tuned holdout
 * (labelled-sets.ts tunedSets; h12tune… name the same parts), so that no listing reads a tuned set off its
 * own labels; undefined (the committed file) for the others.
 */
export function learnedFor(name: string): LearnedIndex | undefined {
  const full = /^h(1[2-6])tune$/.test(name) ? `holdout${name.slice(1)}` : name
  return tunedSets().some((s) => s.name === full) ? withoutSet(full) : undefined
}

/** The texts set aside (aside.ts): for aggregate counts only. */
export const ASIDE_SETS: SetTable = {
  h12aside: () => HOLDOUT12_ASIDE,
  h13aside: () => HOLDOUT13_ASIDE,
  h14aside: () => HOLDOUT14_ASIDE,
  h15aside: () => HOLDOUT15_ASIDE,
}

/** Why an entry split right got other categories than the gold's (both listing scripts count by it). */
export function categoryMissKind(ours: readonly string[], gold: readonly string[]): string {
  if (ours.includes('other')) return 'cat: other (nothing placed it)'
  if (gold.includes('other')) return 'cat: gold other, ours placed'
  if (ours.every((x) => gold.includes(x))) return 'cat: missing label'
  if (gold.every((x) => ours.includes(x))) return 'cat: extra label'
  return 'cat: swapped'
}
