// A table continued on the next page right after a group closed by its 总计 row (table 四 stacked in a
// Writer PDF: 行政复议 … 总计 | page | 行政诉讼（未经复议直接起诉） 结果维持 …): the label opening the page
// is the next group's, not the rest of the label above cut by the page (assemble.ts absorbOpenCells).
// Before, it was joined (「行政复议行政诉讼（未经复议直接起诉）」 over ten rows) and table 四 went unread.
import { describe, expect, it } from 'vitest'
import type { TableCell } from '../../shared/model/document'
import { assembleBlocks } from '../../src-main/readers/pdf-layout/assemble'
import type { PageContent, PageTable } from '../../src-main/readers/pdf-layout/page-content'

const XS = [72, 200, 300, 400]
const c = (text: string, rows?: number): TableCell => ({ text, ...(rows ? { rowSpan: rows } : {}) })
const RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']

/** A group's rows: its label over five rows, then one result and count a row. */
function group(label: string, counts: number[]): { rows: TableCell[][]; cols: number[][] } {
  return {
    rows: RESULTS.map((r, i) => [...(i === 0 ? [c(label, 5)] : []), c(r), c(String(counts[i]))]),
    cols: RESULTS.map((_, i) => (i === 0 ? [0, 1, 2] : [1, 2])),
  }
}

function page(n: number, rows: TableCell[][], cellCols: number[][]): PageContent {
  const t: PageTable = { kind: 'table', rows, cellCols, xs: XS, left: XS[0]!, right: XS[3]!, top: 780, bottom: 80, ruled: true }
  return { page: n, width: 595, height: 842, entries: [t] }
}

describe('a group closed by its 总计 row at the end of a page', () => {
  it('keeps the label opening the next page as the next group\'s', () => {
    const head = { rows: [[{ text: '项目', colSpan: 2 }, c('件数')]], cols: [[0, 2]] }
    const first = group('行政复议', [12, 0, 1, 1, 14])
    const next = group('行政诉讼（未经复议直接起诉）', [14, 0, 2, 2, 18])
    const blocks = assembleBlocks([page(1, [...head.rows, ...first.rows], [...head.cols, ...first.cols]), page(2, next.rows, next.cols)])
    const rows = blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []))
    const labels = rows.flatMap((r) => r.filter((x) => (x.rowSpan ?? 1) > 1).map((x) => [x.text, x.rowSpan]))
    expect(labels).toEqual([['行政复议', 5], ['行政诉讼（未经复议直接起诉）', 5]])
  })
})
