// Session 20 (s5t): the body's gaps listed with 、 and closed by 等问题 (problem-gap-list.ts), after a
// clause or two of the body's circumstances, and with pieces whose lack is said in words the splitter's
// predicate list does not hold. Texts written for these tests (invented bodies and wordings).
import { describe, expect, it } from 'vitest'
import { gapListItems } from '../../shared/extract/problem-gap-list'
import { splitProblems } from '../../shared/extract/problems'

const says = (p: string): boolean => /不够|不足|不全|不熟|滞后/.test(p)

describe('a gap list closed by 等问题', () => {
  it('is read after a clause or two of the body’s circumstances', () => {
    const s = '我镇人口分散，村级组织力量较弱，存在公示栏数量不够、村务公开内容不全、公开时间滞后等问题。'
    expect(gapListItems(s, says)).toEqual(['公示栏数量不够', '村务公开内容不全', '公开时间滞后'])
  })

  it('takes every piece where one of them says its lack in known words: 等问题 says the rest', () => {
    const s = '我局存在办事指南要素缺项、大厅公开栏位置偏僻、窗口人员业务不熟等问题。'
    expect(gapListItems(s, says)).toEqual(['办事指南要素缺项', '大厅公开栏位置偏僻', '窗口人员业务不熟'])
  })

  it('is not a list where no piece says a lack, nor where the list is closed by another word', () => {
    expect(gapListItems('我局还存在政务公开、政策解读等问题。', says)).toBeNull()
    expect(gapListItems('我局存在办事指南要素缺项、大厅公开栏位置偏僻、窗口人员业务不熟等情况。', says)).toBeNull()
  })

  it('splits such a section into as many problems as measures', () => {
    const r = splitProblems(`五、存在的主要问题及改进情况
我所地处偏远，人员较少，存在公开栏设在院内偏僻处、所网页长期无人维护、职工业务不熟等问题。2025年，我所将把公开栏移到大门外，指定一名职工负责网页维护，并组织职工参加业务培训。`)
    expect(r.problems.map((p) => p.text)).toEqual(['公开栏设在院内偏僻处', '所网页长期无人维护', '职工业务不熟'])
    expect(r.improvements).toHaveLength(3)
  })
})
