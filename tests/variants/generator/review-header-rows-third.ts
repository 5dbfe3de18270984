// Rule: table 四's header with all fifteen result headings on its third row (hostile review hr38 F5,
// F6; a common shape): 「行政复议」 two rows tall (rowspan 2) beside 「行政诉讼」, whose two groups stand
// on the second row, and 结果维持 … 总计 ×3 on the third — not the template's shape, whose 行政复议
// results stand on the second row beside the litigation groups. Printed by a browser, the tall cell's
// heading is centred half a row lower: in plain pdftotext (text-plain) it comes out after 「行政诉讼」,
// and in an unruled OFD a one-line 总计 beside two-line headings stands half a line lower too.
// Applied to the laid-out table (after table4-order.ts, so it combines with any column order); forced
// by tests/variants/review-header-rows-third.test.ts, not drawn.
import type { Format } from './formats'
import type { IRBlock, IRCell, IRDoc } from './ir'

type Table = Extract<IRBlock, { kind: 'table' }>

/** Table 四 in the two-level shape: 行政复议 and 行政诉讼 over the first row, a blank under 行政复议's results. */
function isTwoLevel(b: IRBlock): b is Table {
  if (b.kind !== 'table' || b.rows.length < 4) return false
  const [top, mid, low] = b.rows
  return !!top && top.some((c) => c.text === '行政复议') && top.some((c) => c.text === '行政诉讼') && !!mid && mid.filter((c) => (c.colSpan ?? 1) === 5).length === 2 && !!low && low.some((c) => c.text === '' && c.colSpan === 5)
}

/** The doc with table 四's results all on the third header row; the same doc where table 四 has another shape. */
export function applyResultsThirdRow(doc: IRDoc, format: Format): IRDoc {
  const at = doc.findIndex(isTwoLevel)
  if (at < 0) return doc
  const t = doc[at] as Table
  const [top, mid, low, ...rest] = t.rows as [IRCell[], IRCell[], IRCell[], ...IRCell[][]]
  const results = mid.filter((c) => (c.colSpan ?? 1) === 1)
  const third = low.flatMap((c) => (c.text === '' && c.colSpan === 5 ? results : [c]))
  const tall = top.map((c) => (c.text === '行政复议' ? { ...c, rowSpan: 2 } : c))
  // Plain pdftotext prints a cell's text where it was drawn: the tall cell's heading after its row's others.
  const first = format === 'text-plain' ? [...tall.filter((c) => !c.rowSpan), ...tall.filter((c) => c.rowSpan)] : tall
  return [...doc.slice(0, at), { ...t, rows: [first, mid.filter((c) => (c.colSpan ?? 1) === 5), third, ...rest] }, ...doc.slice(at + 1)]
}

export function resultsThirdRowTags(on: boolean | undefined): string[] {
  return on ? ['t4:results-third-row'] : []
}
