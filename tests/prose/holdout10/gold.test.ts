// The tenth holdout's answers checked against its own texts, without the extractor: a misspelt
// start, an entry out of order, an unknown category, a duplicate id, a heading that is not section
// 五's, or a set that leans on the taxonomy's own names fails here (the checks are ../holdout-gold.ts's,
// shared by every holdout).
import { describeHoldoutGold, TAXONOMY_PHRASES } from '../holdout-gold'
import { HOLDOUT10 } from './texts'

describeHoldoutGold('tenth holdout', HOLDOUT10, {
  minTexts: 70,
  minEntries: 390,
  priorWords: /上年度|年度存在问题的整改|年度报告中提出|年报告所列/,
  rarePhrases: TAXONOMY_PHRASES,
  textStart: /^五、[^\n]*问题[^\n]*\n/,
})
