// Session 30: enumeration forms of issue 11's list that the phrasing-variant generator now writes
// (tests/prose/variants/issue-forms.ts) and the splitter missed on main.
import { describe, expect, it } from 'vitest'
import { splitProblems } from '../../shared/extract/problems'

const starts = (entries: { text: string }[]): string[] => entries.map((e) => e.text.slice(0, 8))

describe('section 五 splitting, session 30', () => {
  it('reads 一是…一是…三是 as three points: the repeated number is the misprinted 二是', () => {
    const r = splitProblems(
      '（一）存在的主要问题\n一是部分栏目信息更新不及时。一是政策解读形式较为单一。三是依申请公开答复不够规范。\n' +
        '（二）改进措施\n一是建立栏目更新台账。一是丰富图解、视频等解读形式。三是加强答复文书审核。',
      null,
    )
    expect(starts(r.problems)).toEqual(['一是部分栏目信息', '一是政策解读形式', '三是依申请公开答'])
    expect(starts(r.improvements)).toEqual(['一是建立栏目更新', '一是丰富图解、视', '三是加强答复文书'])
  })

  it('takes the problem out of 针对…的问题 after an item marker, the marker kept', () => {
    const r = splitProblems(
      '一是针对部分栏目信息更新不及时的问题，我们将建立栏目更新台账，明确责任人。二是针对政策解读形式单一的问题，我们将推出图解和短视频解读。',
      null,
    )
    expect(r.problems.map((e) => e.text)).toEqual(['一是部分栏目信息更新不及时。', '二是政策解读形式单一。'])
    expect(starts(r.improvements)).toEqual(['建立栏目更新台账', '推出图解和短视频'])
  })
})
