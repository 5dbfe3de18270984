// Session 20 (s5t): a measures sentence whose comma clauses outnumber the problems before it
// (measures-by-count.ts `groupsByWords`): the clauses are grouped in order, each group repeating words
// only its own problem says. Texts written for these tests (invented bodies and wordings).
import { describe, expect, it } from 'vitest'
import { splitProblems } from '../../shared/extract/problems'
import { measuresByCount } from '../../shared/extract/measures-by-count'

const starts = (items: { text: string }[]): string[] => items.map((i) => i.text.slice(0, 8))

describe('measures grouped by the words of their problems', () => {
  it('four clauses after three problems: the detail clause joins the measure before it', () => {
    const text = `五、存在的主要问题及改进情况
一是水质检测报告公开不及时。二是供水管网改造项目进度信息发布较少。三是营业厅公开栏内容陈旧。
2025年，我公司将在每月检测完成后5日内公布水质检测报告，按季度发布管网改造项目进度，更换营业厅公开栏内容，每月底核对一次。`
    const r = splitProblems(text)
    expect(r.problems).toHaveLength(3)
    expect(starts(r.improvements)).toEqual(['在每月检测完成后', '按季度发布管网改', '更换营业厅公开栏'])
    expect(r.improvements[2]!.text).toContain('每月底核对一次')
  })

  it('six clauses after four problems: each measure with its own detail', () => {
    const measures = '组织窗口人员参加业务轮训，提高答复水平，编制惠农补贴申领图解，印发到各村，清理门户网站过期栏目，并开通留言回复专区。'
    const problems = ['窗口人员业务不熟', '惠农补贴政策解读不够通俗', '门户网站部分栏目过期', '群众留言无人回复']
    expect(measuresByCount(measures, problems)).toEqual([
      '组织窗口人员参加业务轮训，提高答复水平',
      '编制惠农补贴申领图解，印发到各村',
      '清理门户网站过期栏目',
      '开通留言回复专区。',
    ])
  })

  it('stays one measure where a group would repeat no word of its problem', () => {
    const measures = '加强学习培训，提高思想认识，压实工作责任，完善考核机制。'
    expect(measuresByCount(measures, ['公开栏位置偏僻', '网站检索功能不好用', '解读材料照搬原文'])).toBeNull()
  })

  it('stays one measure where the clauses are more than twice the problems', () => {
    const measures = '更新公开栏，更新网站栏目，更新目录，更新指南，更新清单，更新台账，更新制度。'
    expect(measuresByCount(measures, ['公开栏未更新', '网站栏目未更新', '目录未更新'])).toBeNull()
  })
})
