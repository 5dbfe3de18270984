// The twenty-second holdout's answers checked against its own texts, without the extractor: a misspelt
// start, an entry out of order, an unknown category, a duplicate id, a heading that is not section
// 五's, or too many texts printing the taxonomy's own names fails here (the checks are ../holdout-gold.ts's,
// shared by every holdout). Real reports do print a few of those names, so they are allowed in fewer than
// a quarter of the texts.
import { describeHoldoutGold, TAXONOMY_PHRASES } from '../holdout-gold'
import { HOLDOUT22 } from './texts'

describeHoldoutGold('twenty-second holdout', HOLDOUT22, {
  minTexts: 60,
  minEntries: 370,
  priorWords: /上年度|上一年度|年度报告中提出|年度报告提出|年度报告中反映|年度报告中指出/,
  rarePhrases: TAXONOMY_PHRASES,
  textStart: /^五、[^\n]*问题[^\n]*\n/,
})
