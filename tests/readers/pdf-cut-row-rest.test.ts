// Table 三 continued on the next page after a row cut INSIDE the row, its merged label cells running on
// (review hp35 O-hp1; pdf-layout/cut-row-rest.ts): Writer keeps 「（六）」「1.申请」 and the row's counts
// on one page and opens the next with 「其他处理」 (spanning the group's three rows) and
// 「人无正当理由逾期不补正、…」 over empty count cells. Before, that rest read as two headings of another
// table: the continuation stood as a table of its own and every row from （六）1. on was left unread.
// The pages are built as the PDF reader's page tables (the cells and grid Writer's file gave).
import { describe, expect, it } from 'vitest'
import type { TableCell } from '../../shared/model/document'
import { assembleBlocks } from '../../src-main/readers/pdf-layout/assemble'
import type { PageContent, PageTable } from '../../src-main/readers/pdf-layout/page-content'

/** Column lines: 项目 over three label columns, then 自然人 … 总计. */
const XS = [72, 117, 162, 208, 253, 298, 343, 388, 434, 479, 524]
const c = (text: string, span?: { rows?: number; cols?: number }): TableCell => ({ text, ...(span?.rows ? { rowSpan: span.rows } : {}), ...(span?.cols ? { colSpan: span.cols } : {}) })
const counts = (...n: number[]): TableCell[] => n.map((v) => c(String(v)))

function table(rows: TableCell[][], cellCols: number[][]): PageTable {
  return { kind: 'table', rows, cellCols, xs: XS, left: XS[0]!, right: XS[XS.length - 1]!, top: 780, bottom: 80, ruled: true }
}
const page = (n: number, t: PageTable): PageContent => ({ page: n, width: 595, height: 842, entries: [t] })
const dataCols = (from: number): number[] => Array.from({ length: 7 }, (_, i) => from + i)

/** Page 1: the header, 一、, the group 三、 opening with （五）1. and the cut first row of （六）. */
function firstPage(): PageTable {
  return table(
    [
      [c('', { cols: 3 }), c('自然人'), c('商业企业'), c('科研机构'), c('社会公益组织'), c('法律服务机构'), c('其他'), c('总计')],
      [c('一、本年新收政府信息公开申请数量', { cols: 3 }), ...counts(20, 2, 0, 0, 0, 0, 22)],
      [c('三、本年度办理结果', { rows: 3 }), c('（五）不予处理', { rows: 2 }), c('1.信访举报投诉类申请'), ...counts(3, 0, 0, 0, 0, 0, 3)],
      [c('2.重复申请'), ...counts(2, 1, 0, 0, 0, 0, 3)],
      [c('（六）'), c('1.申请'), ...counts(9, 1, 0, 0, 0, 0, 10)],
    ],
    [[0, 3, 4, 5, 6, 7, 8, 9], [0, ...dataCols(3)], [0, 1, 2, ...dataCols(3)], [2, ...dataCols(3)], [1, 2, ...dataCols(3)]],
  )
}

/** Page 2: the rest of the cut row's labels over empty counts, then （六）2., 3., （七）总计. */
function nextPage(restRow: TableCell[]): PageTable {
  return table(
    [
      restRow,
      [c('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'), ...counts(1, 0, 0, 0, 0, 0, 1)],
      [c('3.其他'), ...counts(5, 0, 0, 0, 0, 0, 5)],
      [c('（七）总计', { cols: 2 }), ...counts(20, 2, 0, 0, 0, 0, 22)],
    ],
    [[0, 1, 2, ...dataCols(3)], [2, ...dataCols(3)], [2, ...dataCols(3)], [1, ...dataCols(3)]],
  )
}

const empties = (): TableCell[] => Array.from({ length: 7 }, () => c(''))

function tablesOf(restRow: TableCell[]) {
  return assembleBlocks([page(1, firstPage()), page(2, nextPage(restRow))]).flatMap((b) => (b.kind === 'table' ? [b] : []))
}

describe('a table row cut inside itself by the page break, its merged label running on (Writer PDF)', () => {
  it('joins the rest into the cut row: one table, the labels whole, each merged cell over its rows', () => {
    const ts = tablesOf([c('', { rows: 4 }), c('其他处理', { rows: 3 }), c('人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'), ...empties()])
    expect(ts).toHaveLength(1)
    const rows = ts[0]!.rows
    expect(rows.map((r) => r.find((x) => x.text !== '')?.text.slice(0, 6))).toEqual(['自然人', '一、本年新收', '三、本年度办', '2.重复申请', '（六）其他处', '2.申请人逾', '3.其他', '（七）总计'])
    const cut = rows[4]!
    expect(cut.map((x) => x.text).slice(0, 3)).toEqual(['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '9'])
    // （六） spans its three rows; 三、 its own three on page 1, （六）2. and 3., and （七）.
    expect(cut[0]!.rowSpan).toBe(3)
    expect(rows[2]![0]).toMatchObject({ text: '三、本年度办理结果', rowSpan: 6 })
    expect(ts[0]!.rowPages).toEqual([1, 1, 1, 1, 1, 2, 2, 2])
  })

  it('a first row that opens a numbered label of its own, or holds counts, is a row: no join', () => {
    const own = tablesOf([c('', { rows: 4 }), c('（七）其他', { rows: 3 }), c('2.另一行'), ...empties()])
    expect(own.flatMap((t) => t.rows).some((r) => r.some((x) => x.text === '（六）其他处理'))).toBe(false)
    const withCounts = tablesOf([c('', { rows: 4 }), c('其他处理', { rows: 3 }), c('人无正当理由'), ...counts(1, 0, 0, 0, 0, 0, 1)])
    expect(withCounts.flatMap((t) => t.rows).some((r) => r.some((x) => x.text.startsWith('1.申请人无正当')))).toBe(false)
  })
})
