// Second holdout (texts.ts), written and answered by hand before any code change.
// First run, on main as merged from j11 (ac438f0), before any change: 17 texts, 84 entries:
// split 94.0 %, split+categories 76.2 %, last year's fixes kept apart 16/17.
// After j11b's general rules (see git log): split 98.8 %, split+categories 86.9 %, 17/17.
// After j11c's collocations and degree forms (words sourced from the corpus, not from these texts):
// 89.3 %. After j11e's rules by cause (tests/prose/MISSES.md): split 100 %, split+categories 96.4 %. These texts' misses have been looked at since, so this is no longer a clean holdout; held
// below so that a change that loses ground fails. Short of the 90 %: the misses printed are left.
import { describe, expect, it } from 'vitest'
import { splitProblems } from '../../../shared/extract/problems'
import { caseScoreLine, scoreCases } from '../../../src-main/eval/problems-score'
import { HOLDOUT2 } from './texts'

describe('section 五, second holdout (other bodies and wordings)', () => {
  it('has at least 15 texts with unique ids', () => {
    expect(HOLDOUT2.length).toBeGreaterThanOrEqual(15)
    expect(new Set(HOLDOUT2.map((c) => c.id)).size).toBe(HOLDOUT2.length)
  })

  it('splits 100 % and categorises at least 97.6 % of the entries right, last year\'s fixes apart', () => {
    const s = scoreCases(HOLDOUT2, splitProblems)
    console.log(`${caseScoreLine('holdout2', s)}\n${s.misses.join('\n')}`)
    expect(s.split / s.entries).toBeGreaterThanOrEqual(1)
    expect(s.categorised / s.entries).toBeGreaterThanOrEqual(0.976)
    expect(s.priorRight).toBe(s.cases)
  })
})
