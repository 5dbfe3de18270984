// Section 五 texts scored in `npm run eval` beside the corpus: the hostile set of hand-written texts
// (tests/prose/hostile), the earlier unseen wordings (tests/prose/variants/unseen-section-five.ts) and
// the second holdout (tests/prose/holdout2).
// Prints one line per set; returns the figures eval-floor.json holds. (The phrasing variants, built
// from the corpus by vitest's corpus helpers, are scored by tests/prose/variants/section-five.test.ts.)
import { splitProblems } from '../../shared/extract/problems'
import { HOSTILE_CASES } from '../../tests/prose/hostile/all'
import { HOLDOUT2 } from '../../tests/prose/holdout2/texts'
import { UNSEEN } from '../../tests/prose/variants/unseen-section-five'
import { caseScoreFigures, caseScoreLine, scoreCases } from './problems-score'

export function sectionFiveTextSets(quiet = false): Record<string, number> {
  const hostile = scoreCases(HOSTILE_CASES, splitProblems)
  const unseen = scoreCases(UNSEEN, splitProblems)
  const holdout2 = scoreCases(HOLDOUT2, splitProblems)
  console.log(caseScoreLine('五 手写文本 (hostile set)', hostile))
  if (!quiet) for (const m of hostile.misses) console.log(`    ${m}`)
  console.log(caseScoreLine('五 未见措辞 (unseen wordings)', unseen))
  console.log(caseScoreLine('五 第二留出集 (second holdout)', holdout2))
  if (!quiet) for (const m of holdout2.misses) console.log(`    ${m}`)
  return {
    ...caseScoreFigures('section5Hostile', hostile),
    ...caseScoreFigures('section5Unseen', unseen),
    ...caseScoreFigures('section5Holdout2', holdout2),
  }
}
