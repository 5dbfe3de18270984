// Session 20 (s5t): problems and measures written as one run-on sentence each, the problems' sentence
// running on into the measures (run-on-pairs.ts): a problem clause opens a new problem where the measure
// clause it shares the most words with comes after the one the problem before it answers. Texts written
// for these tests (invented bodies and wordings).
import { describe, expect, it } from 'vitest'
import { splitProblems } from '../../shared/extract/problems'
import { runOnPairs } from '../../shared/extract/run-on-pairs'

describe('two run-on sentences of problems and measures', () => {
  it('tells a problem’s detail after a comma from the next problem by the measures', () => {
    const text = `五、存在的主要问题及改进情况
本年度我站信息公开工作存在的问题主要是水质检测报告公开滞后，个别月份报告延迟一个月才公开，停水通知仅在小区张贴，未在网上发布，营业厅电子屏长期显示旧的收费标准，针对这些问题，2025年我站将在检测完成后5日内公布水质检测报告，将停水通知同步发布到公司网站和公众号，并安排专人每周核对营业厅电子屏，发现错误当日更正。`
    const r = splitProblems(text)
    expect(r.problems.map((p) => p.text)).toEqual(['水质检测报告公开滞后，个别月份报告延迟一个月才公开', '停水通知仅在小区张贴，未在网上发布', '营业厅电子屏长期显示旧的收费标准'])
    expect(r.improvements.map((p) => p.text)).toEqual(['在检测完成后5日内公布水质检测报告', '将停水通知同步发布到公司网站和公众号', '安排专人每周核对营业厅电子屏，发现错误当日更正。'])
  })

  it('leaves the lead (仍存在) and the close (等问题) out of the problems', () => {
    const r = runOnPairs('仍存在惠农补贴发放名单公示不全、公示时间过短，村务公开栏内容陈旧，村干部业务不熟等问题，', '完整公示惠农补贴发放名单并延长公示期，每月更新村务公开栏，组织村干部参加业务培训。')
    expect(r?.problems).toEqual(['惠农补贴发放名单公示不全、公示时间过短', '村务公开栏内容陈旧', '村干部业务不熟'])
    expect(r?.measures).toEqual(['完整公示惠农补贴发放名单并延长公示期', '每月更新村务公开栏', '组织村干部参加业务培训。'])
  })

  it('keeps a problems’ sentence closed by its own full stop as one entry', () => {
    expect(runOnPairs('惠农补贴发放名单公示不全，村务公开栏内容陈旧，村干部业务不熟。', '完整公示惠农补贴发放名单，每月更新村务公开栏，组织村干部参加业务培训。')).toBeNull()
  })

  it('keeps them whole where fewer than three problems are told apart, or a problem answers no measure', () => {
    expect(runOnPairs('公开栏内容陈旧，部分内容已过期，', '每月更新公开栏，清理过期内容。')).toBeNull()
    expect(runOnPairs('领导重视程度不够，工作推进较慢，考核机制缺失，', '每月更新公开栏，清理过期内容，组织业务培训。')).toBeNull()
  })
})
