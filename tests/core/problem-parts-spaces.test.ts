// Last year's passage cut where this year's problems are announced (problem-parts.ts splitPriorPart):
// a long run of spaces in the passage (a page padded with spaces) once took cubic time to cut
// (4,000 spaces: 14 s), and extraction runs with no time bound. It is cut at once, as before.
import { describe, expect, it } from 'vitest'
import { splitHalves } from '../../shared/extract/problem-parts'
import { joinKeepingHeadings } from '../../shared/extract/problem-lines'

describe('a prior passage with a long run of spaces', () => {
  it('is cut where the problems are announced, without a blow-up', () => {
    const spaces = ' '.repeat(8000)
    const text = `（一）上年度存在问题整改情况\n上年整改到位${spaces}。但仍存在以下不足：一是公开不及时。\n`
    const halves = splitHalves(joinKeepingHeadings(text))
    // On the old pattern this ran for about two minutes: the test's time limit fails it.
    expect(halves.problemTexts).toEqual(['一是公开不及时。'])
    expect(halves.priorTexts.join('')).toContain(`上年整改到位${spaces}。`)
    expect(halves.priorTexts.join('')).not.toContain('不足')
  })
})
