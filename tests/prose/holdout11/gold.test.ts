// The eleventh holdout's answers checked against its own texts, without the extractor: a misspelt
// start, an entry out of order, an unknown category, a duplicate id, a heading that is not section
// 五's, or a set that leans on the taxonomy's own names fails here (the checks are ../holdout-gold.ts's,
// shared by every holdout).
import { describeHoldoutGold, TAXONOMY_PHRASES } from '../holdout-gold'
import { HOLDOUT11 } from './texts'

describeHoldoutGold('eleventh holdout', HOLDOUT11, {
  minTexts: 86,
  minEntries: 460,
  priorWords: /上年度|年度报告中提出|年度报告所提|年度存在问题的整改|存在问题的改进情况/,
  rarePhrases: TAXONOMY_PHRASES,
  textStart: /^五、[^\n]*问题[^\n]*\n/,
})
