// The section 五 figures of `npm run eval`: split right = the entry at that place starts as the
// gold one (and the list is not longer than the gold's); categorised right = split right with the
// gold's categories.
import { describe, expect, it } from 'vitest'
import { ProblemsTally, scoreProblems } from '../../src-main/eval/problems-score'

const gold = {
  problems: [
    { startsWith: '一是栏目更新', categories: ['update-gap'] },
    { startsWith: '二是解读', categories: ['policy-interpretation'] },
  ],
  improvements: [{ startsWith: '一是建立台账', categories: ['update-gap'] }],
}
const entry = (text: string, ...categories: string[]) => ({ text, categories: categories as never[] })

describe('scoreProblems', () => {
  it('counts split and categories apart', () => {
    const c = scoreProblems(
      { problems: [entry('一是栏目 更新不及时。', 'update-gap'), entry('二是解读形式单一。', 'other')], improvements: [entry('一是建立台账。', 'update-gap')] },
      gold,
    )
    expect(c).toEqual({ entries: 3, split: 3, categorised: 2 })
  })

  it('gives nothing to a list with more entries than the gold, or cut elsewhere', () => {
    const c = scoreProblems(
      { problems: [entry('一是栏目更新不及时。', 'update-gap'), entry('二是解读。', 'policy-interpretation'), entry('三是多余。', 'other')], improvements: [entry('建立台账。', 'update-gap')] },
      gold,
    )
    expect(c).toEqual({ entries: 3, split: 0, categorised: 0 })
  })

  it('adds reports up and floors the overall figures to one decimal', () => {
    const t = new ProblemsTally()
    expect(t.add({ problems: [entry('一是栏目更新。', 'update-gap')], improvements: [] }, gold)).toContain('切分 33.3% (1/3)')
    expect(t.figures()).toEqual({ section5Split: 33.3, section5Categories: 33.3 })
  })
})

describe('scoreCases', () => {
  it('compares entries without a leading bullet, which the splitter leaves out of the text, but not without other words', async () => {
    const { scoreCases } = await import('../../src-main/eval/problems-score')
    const c = { id: 'b', text: 'x', problems: [{ starts: '◆栏目更新不及时', categories: ['update-gap'] }], improvements: [] }
    const split = (t: string) => () => ({ problems: [{ text: t, categories: ['update-gap'] }], improvements: [], priorDone: [] })
    expect(scoreCases([c], split('栏目更新不及时，部分信息滞后。')).split).toBe(1)
    expect(scoreCases([c], split('● 栏目更新不及时。')).split).toBe(1)
    expect(scoreCases([c], split('更新不及时。')).split).toBe(0)
  })
})
