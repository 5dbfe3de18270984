// Section 五 of bodies and wordings not in the corpus (unseen-section-five.ts): at least 90 % of
// the entries split and categorised right, as the issue asks of reports tried by a new user; last
// year's fixes kept out of this year's lists.
import { describe, expect, it } from 'vitest'
import { splitProblems } from '../../../shared/extract/problems'
import { caseScoreLine, scoreCases } from '../../../src-main/eval/problems-score'
import { UNSEEN } from './unseen-section-five'

describe('section 五 in unseen wordings', () => {
  it('splits and categorises at least 98.3 % of the entries right (the issue asks 90 %; the measured figure is held)', () => {
    const s = scoreCases(UNSEEN, splitProblems)
    console.log(`${caseScoreLine('unseen', s)}\n${s.misses.join('\n')}`)
    expect(s.priorRight).toBe(s.cases)
    expect(s.categorised / s.entries).toBeGreaterThanOrEqual(0.983)
  })
})
