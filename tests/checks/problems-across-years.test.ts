import { describe, expect, it } from 'vitest'
import { followProblems } from '../../shared/analysis/problems-across-years'
import { makeReport, sectionText } from './make-report'

describe('followProblems', () => {
  it('tracks categories over the years: new, recurring, resolved, planned-but-still-a-problem, copied text', () => {
    const y1 = makeReport({ year: 2020, template: '2019' })
    const y2 = makeReport({ year: 2021 })
    const y3 = makeReport({ year: 2022 })
    y2.report.problems = [
      { text: 'a', categories: ['update-gap'] },
      { text: 'b', categories: ['policy-interpretation'] },
    ]
    y3.report.problems = [{ text: 'c', categories: ['policy-interpretation'] }]
    y3.sectionText.problems = sectionText('五、存在的主要问题及改进情况\n完全不同的一段文字，讲的是政策解读形式单一的问题。')
    const t = followProblems([
      { year: 2022, extraction: y3 },
      { year: 2020, extraction: y1 },
      { year: 2021, extraction: y2 },
    ])
    expect(t.years).toEqual([2020, 2021, 2022])
    const byCat = Object.fromEntries(t.categories.map((c) => [c.category, c]))
    expect(byCat['update-gap']!.problemYears).toEqual([2020, 2021])
    expect(byCat['update-gap']!.longestRun).toBe(2)
    expect(byCat['staff-capacity']!.problemYears).toEqual([2020])
    const [first, second, third] = t.perYear
    expect(first!.previousYear).toBeNull()
    expect(second!.recurring).toEqual(['update-gap'])
    expect(second!.new).toEqual(['policy-interpretation'])
    expect(second!.resolved).toEqual(['staff-capacity'])
    expect(second!.similarityToPrevious!.sequenceMatcherRatio).toBe(1)
    expect(third!.resolved).toEqual(['update-gap'])
    expect(third!.similarityToPrevious!.sequenceMatcherRatio).toBeLessThan(0.5)
  })
  it('does not bridge a missing year', () => {
    const t = followProblems([
      { year: 2019, extraction: makeReport({ year: 2019, template: '2019' }) },
      { year: 2022, extraction: makeReport({ year: 2022 }) },
    ])
    expect(t.perYear[1]!.previousYear).toBeNull()
    expect(t.perYear[1]!.recurring).toEqual([])
    expect(t.categories.find((c) => c.category === 'update-gap')!.longestRun).toBe(1)
  })
})
