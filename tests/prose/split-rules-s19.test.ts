// Split causes found in the fourteenth holdout's 44 tuning texts (session 19, s5w), each tested on a text
// written for it (no holdout sentence copied). Each fails on the splitter of main 564e93c, before its rule.
import { describe, expect, it } from 'vitest'
import { splitProblems } from '../../shared/extract/problems'

const H = '五、政府信息公开工作存在的主要问题及改进情况\n'
const split = (body: string): { problems: string[]; improvements: string[] } => {
  const r = splitProblems(H + body, null)
  return { problems: r.problems.map((e) => e.text), improvements: r.improvements.map((e) => e.text) }
}

describe('section 五 splitting: causes of the fourteenth holdout', () => {
  it('OCR: an ASCII hyphen read for 一 ("-是") and the variant 昰 for 是 mark the points', () => {
    const r = split('本站工作还有不足。-是办事指南多年未修订;二昰公开栏设在院内，群众看不到。\n下一步，本站将:-是逐项修订办事指南;二昰把公开栏移到大门外。')
    expect(r.problems).toEqual(['-是办事指南多年未修订;', '二昰公开栏设在院内，群众看不到。'])
    expect(r.improvements).toEqual(['-是逐项修订办事指南;', '二昰把公开栏移到大门外。'])
  })

  it('a hyphen inside a word or a number is no marker ("2-是", "A-是" stay text)', () => {
    const r = split('一是第2-是否公开的界定不清；二是答复超期。\n下一步，我局将一是明确界定标准；二是建立期限提醒。')
    expect(r.problems).toHaveLength(2)
    expect(r.improvements).toHaveLength(2)
  })

  it('OCR: the letter o read for a full stop after Chinese text ends the sentence, so the boundary after it is seen', () => {
    const r = split('一是公开目录更新慢；二是答复文书不规范o\n下一步，我局将：一是每月更新目录；二是统一文书格式o')
    expect(r.problems).toEqual(['一是公开目录更新慢；', '二是答复文书不规范。'])
    expect(r.improvements).toEqual(['一是每月更新目录；', '二是统一文书格式。'])
    // An o inside a Latin word is left alone.
    expect(split('一是Logo标识不统一；二是答复超期。\n下一步，我局将：一是统一标识；二是按期答复。').problems[0]).toBe('一是Logo标识不统一；')
  })
})
