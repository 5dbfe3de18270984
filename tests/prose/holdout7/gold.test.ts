// The seventh holdout's answers checked against its own texts, without the extractor: a misspelt
// start, an entry out of order, an unknown category, a duplicate id or a taxonomy name written into
// a text fails here (the checks are ../holdout-gold.ts's, shared by every holdout).
import { describeHoldoutGold, TAXONOMY_PHRASES } from '../holdout-gold'
import { HOLDOUT7 } from './texts'

describeHoldoutGold('seventh holdout', HOLDOUT7, {
  minTexts: 55,
  minEntries: 300,
  priorWords: /上年度|上一年度|上年/,
  forbiddenPhrases: TAXONOMY_PHRASES,
  textStart: '五、存在的主要问题及改进情况\n',
})
