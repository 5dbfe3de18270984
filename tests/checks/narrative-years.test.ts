// NARRATIVE_TABLE_MISMATCH against the overview's request count: last year's figure is never
// compared with this year's table, and a figure that includes 上年结转 is compared with 新收 + 结转.
import { describe, expect, it } from 'vitest'
import { checkReport } from '../../shared/checks/index'
import { DEFAULT_CHECK_SETTINGS } from '../../shared/checks/settings'
import type { Extraction } from '../../shared/model/extraction'
import { extractMetrics } from '../../shared/extract/metrics'
import { countIncludesCarriedOver } from '../../shared/text/carried-over-included'
import { makeReport, sectionText } from './make-report'

const narrative = (e: Extraction) => checkReport({ id: 'r', extraction: e }, DEFAULT_CHECK_SETTINGS).filter((f) => f.id === 'NARRATIVE_TABLE_MISMATCH')
/** The table says 新收 12, 上年结转 1. */
function withOverview(text: string): Extraction {
  const e = makeReport()
  e.report.metrics.requestsReceived = extractMetrics(text, e.report.year).metrics.requestsReceived
  e.sectionText.overview = sectionText(`一、总体情况\n${text}落实工作考核、社会评议和责任追究。`)
  return e
}

describe('the overview speaks of last year', () => {
  it('does not quote last year\'s 「上年收到…N件」 against this year\'s table', () => {
    expect(narrative(withOverview('上年收到政府信息公开申请20件，本年收到12件。'))).toEqual([])
  })

  it('still compares this year\'s figure in the same sentence', () => {
    const f = narrative(withOverview('上年收到政府信息公开申请20件，本年收到政府信息公开申请15件。'))
    expect(f).toHaveLength(1)
    expect(f[0]!.message).toContain('正文 15，表格 12')
    expect(f[0]!.message).not.toContain('正文 20')
  })
})

describe('a figure that includes 上年结转', () => {
  it('is stored as the prose states it (report-model.md), its sentence kept', () => {
    const m = extractMetrics('2022年，本局共受理政府信息公开申请13件（含上年结转1件）。', 2022)
    expect(m.metrics.requestsReceived).toBe(13)
    expect(m.sources.requestsReceived ?? '').toContain('含上年结转')
  })

  it('agrees with 新收 + 结转 (12 + 1 = 13): no flag', () => {
    expect(narrative(withOverview('共受理政府信息公开申请13件（含上年结转1件）。'))).toEqual([])
    expect(narrative(withOverview('共受理政府信息公开申请13件，其中上年结转1件。'))).toEqual([])
  })

  it('is flagged against 新收 + 结转 where it differs, never against 新收 alone', () => {
    const f = narrative(withOverview('共受理政府信息公开申请15件（含上年结转1件）。'))
    expect(f).toHaveLength(1)
    expect(f[0]!.message).toContain('含上年结转的申请数')
    expect(f[0]!.message).toContain('正文 15，表格 13')
  })

  it('tells 含 from 不含', () => {
    expect(countIncludesCarriedOver('（含上年结转5件）')).toBe(true)
    expect(countIncludesCarriedOver('件（含上年度结转申请5件）')).toBe(true)
    expect(countIncludesCarriedOver('，其中上年结转5件')).toBe(true)
    expect(countIncludesCarriedOver('（不含上年结转5件）')).toBe(false)
    expect(countIncludesCarriedOver('，办结159件，结转下年7件')).toBe(false)
    expect(countIncludesCarriedOver('。上年结转5件')).toBe(false)
  })
})
