// The sixth holdout's answers checked against its own texts, without the extractor: a misspelt
// start, an entry out of order, an unknown category or a duplicate id fails here (the checks are
// ../holdout-gold.ts's, shared by every holdout).
import { describeHoldoutGold } from '../holdout-gold'
import { HOLDOUT6 } from './texts'

describeHoldoutGold('sixth holdout', HOLDOUT6, {
  minTexts: 50,
  minEntries: 280,
  priorWords: /上年度|上一年度|2023年度报告|2023年年报|上年/,
})
