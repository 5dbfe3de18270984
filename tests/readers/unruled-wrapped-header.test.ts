// An unruled table 三 whose column headings wrap in narrow cells, each cell's lines centred
// vertically (a browser's or WPS's borderless table): a two-line heading and a three-line heading
// start half a line apart, so their pieces fall on staggered lines (「社会 法律」 above 「自然 商业 科研
// 其 总」) and the header read line by line showed the organisation columns out of order. 150 cells
// went unread under 「列序与模板不同」 although the order was the template's (review rv18 c07). The
// headings are read by the table's number columns (wrapped-header.ts), in either printed order.
import { describe, expect, it } from 'vitest'
import { pageContent, type PageLine } from '../../src-main/readers/pdf-layout/page-content'
import { assembleBlocks } from '../../src-main/readers/pdf-layout/assemble'
import type { PdfItem } from '../../src-main/readers/pdf-layout/text-join'
import { extractReport } from '../../shared/extract/index'
import type { RequestRowKey } from '../../shared/model/report'
import { REQUEST_ROW_GROUP, REQUEST_ROW_LABELS, requestRowsOf } from '../../shared/model/template-labels'
import { rowsFromColumns } from './unruled-table-columns'

const SIZE = 10
const PITCH = 16
const piece = (str: string, x: number, y: number, w = str.length * SIZE): PdfItem => ({ str, x, y, w, size: SIZE })
/** Centred on x. */
const centred = (str: string, x: number, y: number): PdfItem => {
  const w = /^\d+$/.test(str) ? str.length * 5.5 : str.length * SIZE
  return piece(str, x - w / 2, y, w)
}

/** A consistent table (template columns): every column's own sums hold, and no two columns are alike. */
function table(): Record<RequestRowKey, number[]> {
  const cols = [
    { granted: 31, partial: 8, secret: 2, notHeld: 9, dup: 4, other: 1, carried: 3, forward: 5 },
    { granted: 12, partial: 4, secret: 0, notHeld: 3, dup: 1, other: 0, carried: 1, forward: 2 },
    { granted: 5, partial: 2, secret: 1, notHeld: 0, dup: 0, other: 2, carried: 0, forward: 1 },
    { granted: 3, partial: 0, secret: 0, notHeld: 1, dup: 0, other: 0, carried: 2, forward: 0 },
    { granted: 7, partial: 3, secret: 0, notHeld: 2, dup: 2, other: 1, carried: 0, forward: 3 },
    { granted: 2, partial: 1, secret: 0, notHeld: 0, dup: 0, other: 0, carried: 1, forward: 0 },
  ]
  return rowsFromColumns(cols)
}

/** Each template column's heading, wrapped as a narrow cell prints it. */
const HEADINGS: string[][] = [['自然', '人'], ['商业', '企业'], ['科研', '机构'], ['社会', '公益', '组织'], ['法律', '服务', '机构'], ['其', '他'], ['总', '计']]
const FIRST_X = 480
const COL = 40
/** The middle of the organisation headings' cells; 自然人 and 总计 span both header rows, their middle higher. */
const MID = 700
const TALL_MID = 709

/** The page: section heading, the header (cells centred on MID), then the rows, printed in `order` (template columns). */
function page(order: number[]): PdfItem[] {
  const prose = Array.from({ length: 6 }, (_, i) => piece('本年度，本机关坚持以公开为常态、不公开为例外，全面推进政务公开工作。'.repeat(2), 60, 900 - i * 18, 800))
  const items: PdfItem[] = [...prose, piece('三、收到和处理政府信息公开申请情况', 60, 780)]
  const x = (printed: number): number => FIRST_X + printed * COL
  const orgs = order.map((c, i) => (c >= 1 && c <= 5 ? i : -1)).filter((i) => i >= 0)
  const orgMid = (x(orgs[0]!) + x(orgs[orgs.length - 1]!)) / 2
  items.push(centred('申请人情况', (x(0) + x(6)) / 2, 744), centred('法人或其他组织', orgMid, 728))
  items.push(piece('（本列数据的勾稽关系为：第一项加第二项之和，等于', 60, TALL_MID + 17), piece('第三项加第四项之和）', 110, TALL_MID + 1))
  order.forEach((col, printed) => {
    const words = HEADINGS[col]!
    const mid = col === 0 || col === 6 ? TALL_MID : MID
    words.forEach((w, i) => items.push(centred(w, x(printed), mid + ((words.length - 1) * PITCH) / 2 - i * PITCH)))
  })
  const rows = table()
  let y = 670
  let group = ''
  for (const k of requestRowsOf('2021')) {
    const g = REQUEST_ROW_GROUP[k] ?? ''
    if (g && g !== group) items.push(piece(g, 60, y))
    group = g
    items.push(piece(REQUEST_ROW_LABELS[k], g ? 140 : 60, y))
    order.forEach((col, printed) => items.push(centred(String(rows[k][col]), x(printed), y)))
    y -= 18
  }
  return items
}

const read = (order: number[]) => {
  const content = pageContent(1, 900, 1000, page(order), [])
  const report = extractReport({ fileName: 't.pdf', format: 'pdf', blocks: assembleBlocks([content]), pageCount: 1 })
  return { lines: content.entries.filter((e): e is PageLine => e.kind === 'line').map((l) => l.text), report: report.report, notes: report.notes }
}

describe('unruled table 三, headings wrapped and centred in narrow cells', () => {
  it('reads the headings by column and every cell in the template order', () => {
    const { lines, report, notes } = read([0, 1, 2, 3, 4, 5, 6])
    expect(report.requests?.rows).toEqual(table())
    expect(notes.filter((n) => n.field.startsWith('requests'))).toEqual([])
    expect(lines).toContain('自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计')
  })

  // Before, read line by line (「社会 法律 自然 总」 over 「商业 科研 其」), the order was taken for the
  // template's: every applicant cell one column off (57 自然人 read as 其他), proven by the sums, no note.
  it('reads a header printed organisations first by its words, each cell in its template column', () => {
    const { lines, report } = read([1, 2, 3, 4, 5, 0, 6])
    expect(report.requests?.rows).toEqual(table())
    expect(lines).toContain('商业企业 科研机构 社会公益组织 法律服务机构 其他 自然人 总计')
  })

  it('leaves the header as printed where a row holds two numbers in one column (no clean columns)', () => {
    const items = page([0, 1, 2, 3, 4, 5, 6])
    const first = items.find((it) => it.str === REQUEST_ROW_LABELS.received)!
    items.push(piece('9', FIRST_X + 6, first.y, 5.5))
    const lines = pageContent(1, 900, 1000, items, []).entries.filter((e): e is PageLine => e.kind === 'line').map((l) => l.text)
    expect(lines.some((l) => l.includes('自然人 商业企业'))).toBe(false)
  })
})
