// Split causes found on holdout 22's tuning part in session 38 (s538), tested on texts written for them (no holdout
// text copied): examples in a paragraph of their own under a point, a pair's topic heading before its problem's
// label, a marker before the 把-form 将, a measure after a paragraph break inside its problem's item, and last
// year's fix told with 建成 after the measures.
import { describe, expect, it } from 'vitest'
import { splitProblems } from '../../shared/extract/problems'

const texts = (body: string) => {
  const r = splitProblems(body, null)
  return { problems: r.problems.map((e) => e.text), improvements: r.improvements.map((e) => e.text), prior: r.priorDone.map((e) => e.text) }
}

describe('section 五 splits (session 38)', () => {
  it('a paragraph of examples (如…) under a point stays that point', () => {
    const r = texts(`存在问题
部分专题页面长期没有新内容。
如“营商环境”专题最后一条信息发布于去年，“项目建设”专题全年只有1条。
个别村务公开栏张贴内容不全。
改进措施
建立专题页面更新台账，按月检查。
督促各村补齐公开栏内容。
`)
    expect(r.problems).toHaveLength(2)
    expect(r.problems[0]).toMatch(/^部分专题页面长期没有新内容。如“营商环境”/)
  })

  it('a topic heading over a pair is left out of the problem ("（一）…方面 / 存在问题：")', () => {
    const r = texts(`（一）政务服务指南方面
存在问题：部分办事指南的材料清单与窗口要求不一致。
改进措施：组织窗口逐项核对办事指南。
（二）信息公开队伍方面
存在问题：乡镇信息员调整频繁。
改进措施：建立信息员交接制度。
`)
    expect(r.problems).toEqual(['部分办事指南的材料清单与窗口要求不一致。', '乡镇信息员调整频繁。'])
    // guard: a label right after the number is the item as printed
    const g = texts(`1.问题：政策解读多为文字。措施：增加图解和短视频解读。
2.问题：留言回复较慢。措施：实行留言限时办理。
`)
    expect(g.problems[0]).toMatch(/^1\.问题：政策解读/)
  })

  it('a list marker before the 把-form 将 is kept ("六是将…纳入…")', () => {
    const r = texts(`一是信息发布不及时。
二是培训不够。
改进情况：
三是建立信息发布日报制度。
四是将政务公开培训纳入年度培训计划。
`)
    expect(r.improvements[1]).toMatch(/^四是将政务公开培训/)
  })

  it('each problem followed by its measure in a paragraph of its own ("下一步，将…")', () => {
    const r = texts(`一是村务公开栏内容陈旧。部分村的公开栏仍贴着去年的通知。
下一步，将督促各村每月更换公开栏内容。
二是政策解读形式单一。
下一步，将对重要政策配发图解。
`)
    expect(r.problems).toHaveLength(2)
    expect(r.improvements).toHaveLength(2)
    expect(r.problems[1]).toMatch(/^二是政策解读形式单一/)
  })

  it("last year's fix told with 建成 after the measures is kept apart", () => {
    const r = texts(`一、存在的主要问题
①部分单位政策解读滞后。
②网站检索不便。
二、改进情况
①解读与文件同步发布。
②升级站内搜索。
上年度报告中提出的便民查阅点建设滞后问题，今年已在各镇全部建成查阅点。
`)
    expect(r.improvements).toHaveLength(2)
    expect(r.improvements[1]).not.toMatch(/上年度/)
    expect(r.prior).toHaveLength(1)
  })
})
