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
  it('reads a run-on paragraph of sentences as a point each, after a cue and in the measures', () => {
    const r = splitProblems(
      '工作中还存在以下不足：部分栏目信息更新不及时，个别栏目长期空白。政策解读形式较为单一，图解、视频偏少。依申请公开答复不够规范。\n' +
        '下一步，我们将从以下几个方面加以改进：\n建立栏目更新台账，明确责任人，定期开展自查。丰富解读形式，推出图解和短视频，提升解读质量。加强答复文书审核，组织业务培训，统一答复模板。',
      null,
    )
    expect(starts(r.problems)).toEqual(['部分栏目信息更新', '政策解读形式较为', '依申请公开答复不'])
    expect(starts(r.improvements)).toEqual(['建立栏目更新台账', '丰富解读形式，推', '加强答复文书审核'])
  })
  it('leaves 针对上述问题， out of the first measure of a run-on paragraph', () => {
    const r = splitProblems('部分栏目信息更新不及时。政策解读形式较为单一。针对上述问题，建立栏目更新台账，明确责任人。丰富图解、视频等解读形式。', null)
    expect(starts(r.improvements)).toEqual(['建立栏目更新台账', '丰富图解、视频等'])
  })
})
