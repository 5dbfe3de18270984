// Twenty-second holdout (texts.ts): blind, written and answered by hand before the extractor was run on it.
// It reports its figures and never fails on a low one (no floor: a floor would invite tuning to it).
// The misses are not printed here, to keep the set blind.
import { describe, expect, it } from 'vitest'
import { splitProblems } from '../../../shared/extract/problems'
import { caseScoreFigures, caseScoreLine, scoreCases } from '../../../src-main/eval/problems-score'
import { HOLDOUT22_ASIDE, HOLDOUT22_TUNE } from './aside'
import { HOLDOUT22 } from './texts'

describe('section 五, twenty-second holdout (blind, reported only)', () => {
  it('scores every entry of every text and reports split and categories', () => {
    const s = scoreCases(HOLDOUT22, splitProblems)
    const figures = caseScoreFigures('section5Holdout22', s)
    const tune = scoreCases(HOLDOUT22_TUNE, splitProblems)
    const aside = scoreCases(HOLDOUT22_ASIDE, splitProblems)
    console.log(
      [
        caseScoreLine('holdout22 (blind)', s),
        `${Object.entries(figures).map(([k, v]) => `${k} ${v}`).join(', ')} (reported, no floor)`,
        caseScoreLine('  tuning part', tune),
        caseScoreLine('  set aside (every 4th)', aside),
      ].join('\n'),
    )
    const entries = HOLDOUT22.reduce((n, c) => n + c.problems.length + c.improvements.length, 0)
    expect(s.cases).toBe(HOLDOUT22.length)
    expect(s.entries).toBe(entries)
    expect(tune.entries + aside.entries).toBe(entries)
    expect(s.categorised).toBeLessThanOrEqual(s.split)
    expect(s.split).toBeLessThanOrEqual(s.entries)
  })
})
