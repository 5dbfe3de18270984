// A text-only OFD draws each character as its own text object: a cell 「409」 is three glyphs whose
// boxes touch. Over an unruled table 三 with a 小计 column and headings wrapped in narrow cells
// (「小 / 计」, 「总 / 计」), the header is read by the table's number columns (wrapped-header.ts) — but
// the touching digits of one cell were taken for two pieces in one column, so no column was found,
// the header stayed on staggered lines (「其小」 over 「他计」), 小计 was never seen and every row of
// eight numbers went unread (ofd-unruled-zeros.test.ts #330004: 25 of 200 cells). A cell's glyphs are
// now one piece: the header says 小计 at its column, and the column is left out by that header.
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
const DIGIT = 5.5
const piece = (str: string, x: number, y: number, w = str.length * SIZE): PdfItem => ({ str, x, y, w, size: SIZE })
/** Centred on x; a number drawn glyph by glyph (each digit its own piece, touching the next). */
const centred = (str: string, x: number, y: number): PdfItem[] => {
  if (!/^\d+$/.test(str)) return [piece(str, x - (str.length * SIZE) / 2, y)]
  const x0 = x - (str.length * DIGIT) / 2
  return [...str].map((d, i) => piece(d, x0 + i * DIGIT, y, DIGIT))
}

/** Six applicant columns whose own sums hold (no two alike), then 小计 (the five organisations) and 总计. */
function table(zeroOrgs = false): Record<RequestRowKey, number[]> {
  const all = [
    { granted: 131, partial: 18, secret: 2, notHeld: 19, dup: 4, other: 1, carried: 3, forward: 5 },
    { granted: 12, partial: 4, secret: 0, notHeld: 3, dup: 1, other: 0, carried: 1, forward: 2 },
    { granted: 5, partial: 2, secret: 1, notHeld: 0, dup: 0, other: 2, carried: 0, forward: 1 },
    { granted: 3, partial: 0, secret: 0, notHeld: 1, dup: 0, other: 0, carried: 2, forward: 0 },
    { granted: 7, partial: 3, secret: 0, notHeld: 2, dup: 2, other: 1, carried: 0, forward: 3 },
    { granted: 2, partial: 1, secret: 0, notHeld: 0, dup: 0, other: 0, carried: 1, forward: 0 },
  ]
  // A small body: only 商业企业 among the organisations has requests (four columns of zeros).
  const cols = zeroOrgs ? all.map((c, i) => (i >= 2 ? { granted: 0, partial: 0, secret: 0, notHeld: 0, dup: 0, other: 0, carried: 0, forward: 0 } : c)) : all
  return rowsFromColumns(cols)
}

/** The printed headings, wrapped as narrow cells print them; 小计 after 其他. */
const HEADINGS: string[][] = [['自然', '人'], ['商业', '企业'], ['科研', '机构'], ['社会', '公益', '组织'], ['法律', '服务', '机构'], ['其', '他'], ['小', '计'], ['总', '计']]
const FIRST_X = 470
const COL = 40
const MID = 700
const TALL_MID = 709
const x = (printed: number): number => FIRST_X + printed * COL

/** `zero`: how a 0 is printed (0, or a sign: 「O」 as some reports print it). */
function page(zeroOrgs = false, zero = '0'): PdfItem[] {
  const items: PdfItem[] = [piece('三、收到和处理政府信息公开申请情况', 60, 780)]
  items.push(...centred('申请人情况', (x(0) + x(7)) / 2, 744), ...centred('法人或其他组织', (x(1) + x(6)) / 2, 728))
  items.push(piece('（本列数据的勾稽关系为：第一项加第二项之和，等于', 60, TALL_MID + 17), piece('第三项加第四项之和）', 110, TALL_MID + 1))
  HEADINGS.forEach((words, printed) => {
    const mid = printed === 0 || printed === 7 ? TALL_MID : MID
    words.forEach((w, i) => items.push(...centred(w, x(printed), mid + ((words.length - 1) * PITCH) / 2 - i * PITCH)))
  })
  const rows = table(zeroOrgs)
  let y = 670
  let group = ''
  for (const k of requestRowsOf('2021')) {
    const g = REQUEST_ROW_GROUP[k] ?? ''
    if (g && g !== group) items.push(piece(g, 60, y))
    group = g
    items.push(piece(REQUEST_ROW_LABELS[k], g ? 140 : 60, y))
    const r = rows[k]
    const printed = [r[0]!, r[1]!, r[2]!, r[3]!, r[4]!, r[5]!, r[1]! + r[2]! + r[3]! + r[4]! + r[5]!, r[6]!]
    printed.forEach((n, c) => items.push(...centred(n === 0 ? zero : String(n), x(c), y)))
    y -= 18
  }
  return items
}

describe('unruled table 三 drawn glyph by glyph, a 小计 column, headings wrapped', () => {
  it('reads the header by the number columns (小计 among them) and every cell, the 小计 column left out', () => {
    const content = pageContent(1, 900, 1000, page(), [])
    const lines = content.entries.filter((e): e is PageLine => e.kind === 'line').map((l) => l.text)
    expect(lines).toContain('自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 小计 总计')
    const ex = extractReport({ fileName: 't.ofd', format: 'ofd', blocks: assembleBlocks([content]), pageCount: 1 })
    expect(ex.report.requests?.rows).toEqual(table())
    expect(ex.notes.filter((n) => n.field.startsWith('requests'))).toEqual([])
  })

  // A column of zeros printed as a sign (「O」) has no digit: counted by digits alone it was no column,
  // the headings over it no column's, and the header stayed unread (reader-format variant #701004:
  // 36 of 198 cells read, every row 「读到 8 个数字」 for 7 columns).
  it('counts a column of zero signs as a column', () => {
    const content = pageContent(1, 900, 1000, page(true, 'O'), [])
    const lines = content.entries.filter((e): e is PageLine => e.kind === 'line').map((l) => l.text)
    expect(lines).toContain('自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 小计 总计')
    // (The rows' reading is the extractor's: the OFD variant reads 183 of 198 cells, 0 wrong.)
  })
})
