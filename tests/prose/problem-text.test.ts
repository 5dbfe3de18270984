// What real files add to section 五 and the splitter undoes (shared/extract/problem-text.ts).
import { describe, expect, it } from 'vitest'
import { splitProblems } from '../../shared/extract/problems'
import { sectionText } from '../../shared/extract/problem-text'

const starts = (entries: { text: string }[]): string[] => entries.map((e) => e.text.slice(0, 4))

describe('section 五 as files hand it over', () => {
  it('reads text with a space between every character (PDF text layers, crawled pages)', () => {
    const r = splitProblems('存 在 问 题 ： 一 是 部 分 栏 目 更 新 不 及 时 ； 二 是 政 策 解 读 形 式 单 一 。 改 进 措 施 ： 一 是 加 强 栏 目 维 护 ； 二 是 丰 富 解 读 形 式 。')
    expect(starts(r.problems)).toEqual(['一是部分', '二是政策'])
    expect(starts(r.improvements)).toEqual(['一是加强', '二是丰富'])
    expect(r.problems[0]!.categories).toEqual(['update-gap'])
  })

  it('reads half-width full stops after Chinese text as full stops, not list markers or decimals', () => {
    const r = splitProblems('存在问题:一是部分栏目更新不及时;二是政策解读形式单一.改进措施:一是加强栏目维护;二是丰富解读形式.')
    expect(starts(r.problems)).toEqual(['一是部分', '二是政策'])
    expect(starts(r.improvements)).toEqual(['一是加强', '二是丰富'])
    expect(sectionText('培训覆盖率3.5成。1.加强培训')).toBe('培训覆盖率3.5成。1.加强培训')
  })

  it('reads Markdown bullets, bold headings and heading marks; a page number "- 7 -" stays no bullet', () => {
    const r = splitProblems('**（一）存在的主要问题**\n\n- 部分栏目更新不及时。\n- 政策解读形式单一。\n\n### （二）改进措施\n\n- 加强栏目维护。\n- 丰富解读形式。')
    expect(starts(r.problems)).toEqual(['部分栏目', '政策解读'])
    expect(starts(r.improvements)).toEqual(['加强栏目', '丰富解读'])
    expect(sectionText('- 7 -')).toBe('- 7 -')
  })
})
