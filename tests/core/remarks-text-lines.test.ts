// A 备注 column in a table printed as text (one cell a line, or a row a line): no grid tells a remark
// from a zero cell. Issue 10: 「行政许可 / — / 447,228」 under 「信息内容 本年处理决定数量 备注」 read 0 (the
// remark) and dropped 447228; a row printing only its remark 「无」 read a 0. A lone dash or 无 that
// could be the remark (first or last on its line) is taken out; one between two cells is a zero cell.
import { describe, expect, it } from 'vitest'
import { withoutTextRemarks } from '../../shared/extract/remarks-text-lines'
import { extractReport } from '../../shared/extract/index'
import type { SourceDocument } from '../../shared/model/document'

const txt = (lines: string[]): SourceDocument => ({
  fileName: 't.txt',
  format: 'text',
  blocks: lines.map((text, i) => ({ kind: 'paragraph' as const, text, loc: { block: i } })),
})

describe('withoutTextRemarks', () => {
  it('blanks a dash or 无 first or last on its line under a 备注 heading, keeps one between cells and any before the heading', () => {
    const got = withoutTextRemarks(['规章  —  3', '信息内容  本年处理决定数量  备注', '行政许可  —  447,228', '结转  34  /  /  34  无', '无', null, '四、政府信息公开行政复议、行政诉讼情况', '维持  —  2'])
    expect(got).toEqual(['规章  —  3', '信息内容  本年处理决定数量  备注', '行政许可     447,228', '结转  34  /  /  34   ', ' ', null, '四、政府信息公开行政复议、行政诉讼情况', '维持  —  2'])
  })
  it('keeps a letter-spaced label (4 . 无 正 当 理 由) whole', () => {
    expect(withoutTextRemarks(['项目  备注', '4 . 无 正 当 理 由'])).toEqual(['项目  备注', '4 . 无 正 当 理 由'])
  })
})

describe('section 二 printed one cell a line with a 备注 column', () => {
  it('reads 行政许可 447228 (not the remark 「—」 as 0) and leaves 行政强制, which prints only 「无」, unread', () => {
    const lines = ['某县人民政府2023年政府信息公开工作年度报告', '二、主动公开政府信息情况', '信息内容', '本年处理决定数量', '备注', '行政许可', '—', '447,228', '信息内容', '本年处理决定数量', '备注', '行政处罚', '无', '3,985', '信息内容', '本年处理决定数量', '备注', '行政强制', '无']
    const got = extractReport(txt(lines)).report.activeDisclosure
    expect(got.licensing?.decisions).toBe(447228)
    expect(got.penalties?.decisions).toBe(3985)
    expect(got.enforcement?.decisions ?? null).toBeNull()
  })
})
