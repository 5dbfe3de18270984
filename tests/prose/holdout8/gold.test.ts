// The eighth holdout's answers checked against its own texts, without the extractor: a misspelt
// start, an entry out of order, an unknown category, a duplicate id, a heading that is not section
// 五's, or a set that leans on the taxonomy's own names fails here (the checks are ../holdout-gold.ts's,
// shared by every holdout).
import { describeHoldoutGold, TAXONOMY_PHRASES } from '../holdout-gold'
import { HOLDOUT8 } from './texts'

describeHoldoutGold('eighth holdout', HOLDOUT8, {
  minTexts: 60,
  minEntries: 350,
  priorWords: /上年度|上一年度|上年|年度存在问题的整改|年报中提出|报告所列问题/,
  rarePhrases: TAXONOMY_PHRASES,
  textStart: /^五、[^\n]*问题[^\n]*\n/,
})
