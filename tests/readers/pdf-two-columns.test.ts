// Two prose columns side by side (Word/WPS two-column sections, flex or column-count pages): pieces
// level with each other in both columns are two lines, the left column read before the right.
// Before, 「全年主动公开政府信息」 (column 1) and 「73条、政策解读9篇」 (column 2) were one line and the
// metric took 73, though column 1 goes on with 5081 (review rv18 d15, min1–min6).
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { readFile } from '../../src-main/readers/index'
import { pageContent } from '../../src-main/readers/pdf-layout/page-content'
import type { PdfItem } from '../../src-main/readers/pdf-layout/text-join'

const FIX = resolve(__dirname, '../fixtures/readers')

/** A piece at (x, y), each CJK character one em wide, other characters half. */
const piece = (str: string, x: number, y: number, size = 11): PdfItem => ({ str, x, y, w: [...str].reduce((a, ch) => a + (/[\x00-\x7f]/.test(ch) ? size / 2 : size), 0), size })
const lines = (items: PdfItem[]): string[] => pageContent(1, 595, 842, items, []).entries.map((e) => (e.kind === 'line' ? e.text : `[${e.rows.map((r) => r.map((c) => c.text).join('|')).join('/')}]`))

describe('PDF: two prose columns side by side', () => {
  // Columns 57–285 and 307–535 (a 2 em gutter), a one-column title and heading above.
  const title = piece('某区示例局年度报告', 200, 780, 16)
  const heading = piece('一、总体情况', 57, 750, 12)
  const left = [piece('本年度，本局依法推进政务公开。', 57, 730), piece('全年主动公开政府信息', 57, 715), piece('5081条，其中政策文件17件，', 57, 700)]
  const right = [piece('围绕重点领域，本局', 307, 730), piece('73条、政策解读9篇，', 307, 715), piece('开展活动4场次。', 307, 700)]
  /** The two columns as read: the left column's lines, then the right's. */
  const COLUMNS_READ = ['本年度，本局依法推进政务公开。', '全年主动公开政府信息', '5081条，其中政策文件17件，', '围绕重点领域，本局', '73条、政策解读9篇，', '开展活动4场次。']

  it('reads the left column before the right, never a line across the gutter', () => {
    expect(lines([title, heading, ...left, ...right])).toEqual(['某区示例局年度报告', '一、总体情况', ...COLUMNS_READ])
  })

  it('a one-column page reads line by line as before', () => {
    const page = [title, heading, piece('本年度，本局依法推进政务公开，全年主动公开政府信息5081条，其中政策文件', 57, 730), piece('17件，均在网站集中发布。', 57, 715)]
    expect(lines(page)).toEqual(['某区示例局年度报告', '一、总体情况', '本年度，本局依法推进政务公开，全年主动公开政府信息5081条，其中政策文件', '17件，均在网站集中发布。'])
  })

  it('a two-cell table (label and number, no sentences) is no pair of columns', () => {
    const rows = [piece('信息内容', 80, 500), piece('本年处理决定数量', 320, 500), piece('行政许可', 80, 485), piece('142', 350, 485), piece('行政处罚', 80, 470), piece('37', 350, 470)]
    expect(lines(rows)).toEqual(['信息内容本年处理决定数量', '行政许可 142', '行政处罚 37'])
  })

  // Review rv18b c04/c05/c07: label | value rows set right-aligned read as two columns gave 收到申请 the
  // 主动公开 figure (3126 for 29). Two or more rows whose right sides all open with a digit are rows.
  const rows = [
    [piece('本年度，全年主动公开政府信息', 57, 730), piece('3126条，较上年增加12条。', 340, 730)],
    [piece('本年度，收到政府信息公开申请', 57, 715), piece('29件，均已按时答复。', 362, 715)],
    [piece('本年度，主动公开规范性文件', 57, 700), piece('4件，均已备案。', 395, 700)],
  ]

  it('label | value rows (each right side opens with a digit) are read along the line, not as columns', () => {
    expect(lines([heading, ...rows.flat()])).toEqual(['一、总体情况', '本年度，全年主动公开政府信息 3126条，较上年增加12条。', '本年度，收到政府信息公开申请 29件，均已按时答复。', '本年度，主动公开规范性文件 4件，均已备案。'])
    expect(lines([heading, ...rows.slice(0, 2).flat()])).toEqual(['一、总体情况', '本年度，全年主动公开政府信息 3126条，较上年增加12条。', '本年度，收到政府信息公开申请 29件，均已按时答复。'])
  })

  it('a label | value row with a heading just under it is a row, the heading its own line (c07)', () => {
    const two = [piece('本年度，全年主动公开政府信息', 57, 730), piece('3126条。', 390, 730), piece('本年度，收到政府信息公开申请', 57, 715), piece('29件。', 401, 715)]
    const next = piece('二、主动公开政府信息情况', 57, 698, 12)
    expect(lines([heading, ...two, next])).toEqual(['一、总体情况', '本年度，全年主动公开政府信息 3126条。', '本年度，收到政府信息公开申请 29件。', '二、主动公开政府信息情况'])
  })

  it('columns whose right side opens one line of several with a digit are still columns', () => {
    const l = [piece('全年主动公开政府信息', 57, 730), piece('12748条，其中政策文件17件。', 57, 715)]
    // the right column's one line opens with a number (min1), then one that does not
    expect(lines([...l, piece('96条、政策解读31篇。', 307, 730)])).toEqual(['全年主动公开政府信息', '12748条，其中政策文件17件。', '96条、政策解读31篇。'])
    expect(lines([...l, piece('96条、政策解读31篇，', 307, 730), piece('开展活动4场次。', 307, 715)])).toEqual(['全年主动公开政府信息', '12748条，其中政策文件17件。', '96条、政策解读31篇，', '开展活动4场次。'])
    // every right line opens with a figure, but so does the left column's second line: a label never does
    expect(lines([...l, piece('96条、政策解读31篇，', 307, 730), piece('4场次活动均已完成。', 307, 715)])).toEqual(['全年主动公开政府信息', '12748条，其中政策文件17件。', '96条、政策解读31篇，', '4场次活动均已完成。'])
  })

  it('columns whose right lines all open with a figure but wrap mid-sentence are columns (review rv18c e02: 12 read for 29)', () => {
    const page = [
      piece('本年度，收到政府信息公开申请', 57, 730), piece('12个乡镇完成标准化建设，', 307, 730),
      piece('共计29件，全部按期答复。', 57, 715), piece('36个部门开设专题专栏。', 307, 715),
    ]
    expect(lines(page)).toEqual(['本年度，收到政府信息公开申请', '共计29件，全部按期答复。', '12个乡镇完成标准化建设，', '36个部门开设专题专栏。'])
  })

  it('a row of three or more cells ends a band: the unruled table rows below the columns stay rows', () => {
    const table = [
      [piece('（一）予以公开', 57, 660), piece('12', 320, 660), piece('3', 380, 660), piece('15', 440, 660)],
      [piece('（二）部分公开', 57, 645), piece('4', 320, 645), piece('1', 380, 645), piece('5', 440, 645)],
    ].flat()
    expect(lines([...left, ...right, ...table])).toEqual([...COLUMNS_READ, '[（一）予以公开|12|3|15/（二）部分公开|4|1|5]'])
  })
})

describe('PDF: a Chromium-printed page with two prose columns (flex, then column-count)', () => {
  it('gives column 1 its own figures and keeps the two-cell table under the columns one row each', async () => {
    const r = await readFile(join(FIX, 'two-col-prose.pdf'))
    if (!r.ok) throw new Error(r.error.message)
    const paras = r.document.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))
    expect(paras).toContain('行政许可 142')
    expect(paras.some((p) => p.includes('共收到群众来信留言608件'))).toBe(true)
    expect(paras.every((p) => !p.includes('公开政府信息 73条'))).toBe(true)
    const m = extractReport(r.document).report.metrics
    expect(m.activeDisclosureItems).toBe(5081)
    expect(m.requestsReceived).toBe(264)
    expect(m.messagesReceived).toBe(608)
  })
})

describe('PDF: a Chromium-printed page of label | value rows (flex, flush left and right)', () => {
  it('reads each row along its line: every figure stays with its own words', async () => {
    const r = await readFile(join(FIX, 'label-value-rows.pdf'))
    if (!r.ok) throw new Error(r.error.message)
    const paras = r.document.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))
    expect(paras.some((p) => /收到政府信息公开申请 ?57件/.test(p))).toBe(true)
    const m = extractReport(r.document).report.metrics
    expect(m.activeDisclosureItems).toBe(2741)
    expect(m.requestsReceived).toBe(57)
    expect(m.messagesReceived).toBe(318)
  })
})
