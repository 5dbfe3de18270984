// Nineteenth holdout (texts.ts): blind, written and answered by hand before the extractor was run on it.
// It reports its figures and never fails on a low one (no floor: a floor would invite tuning to it).
// The misses are not printed here, to keep the set blind.
import { describe, expect, it } from 'vitest'
import { splitProblems } from '../../../shared/extract/problems'
import { caseScoreFigures, caseScoreLine, scoreCases } from '../../../src-main/eval/problems-score'
import { HOLDOUT19 } from './texts'

describe('section 五, nineteenth holdout (blind, reported only)', () => {
  it('scores every entry of every text and reports split and categories', () => {
    const s = scoreCases(HOLDOUT19, splitProblems)
    const figures = caseScoreFigures('section5Holdout19', s)
    console.log(`${caseScoreLine('holdout19 (blind)', s)}\n${Object.entries(figures).map(([k, v]) => `${k} ${v}`).join(', ')} (reported, no floor)`)
    const entries = HOLDOUT19.reduce((n, c) => n + c.problems.length + c.improvements.length, 0)
    expect(s.cases).toBe(HOLDOUT19.length)
    expect(s.entries).toBe(entries)
    expect(s.categorised).toBeLessThanOrEqual(s.split)
    expect(s.split).toBeLessThanOrEqual(s.entries)
  })
})
