// Rule: table 四's one data row broken over three lines in pdftotext -layout text (review rv13: a
// LibreOffice PDF whose header cells wrap in narrow columns). pdftotext sets the row's columns as
// blocks: 行政复议's five on the first line, then 「维持 纠正 其他」 of 未经复议直接起诉 indented on a second,
// then that group's 总计 before its 尚未审结 and the five of 复议后起诉 on a third. The text's order is
// then not the cells' (the gold stays as it is: a cell is read right or left unread with a note).
// Applied to the laid-out document in the text-layout shape only; forced by
// tests/variants/t4-broken-row.test.ts, not drawn.
import type { IRBlock, IRCell, IRDoc } from './ir'
import { para } from './ir'

/** The data row of table 四's template shapes: the table's last row, with 15 number cells. */
function isReviewTable(b: IRBlock): b is Extract<IRBlock, { kind: 'table' }> {
  if (b.kind !== 'table' || b.part === 'requests') return false
  const last = b.rows[b.rows.length - 1]
  return !!last && last.filter((c) => c.num).length === 15 && b.rows.some((r) => r.some((c) => c.text.includes('行政复议')))
}

/** The doc with table 四's data row printed as pdftotext -layout broke it; the same doc if none. */
export function applyBrokenRow(doc: IRDoc): IRDoc {
  const at = doc.findIndex(isReviewTable)
  if (at < 0) return doc
  const t = doc[at] as Extract<IRBlock, { kind: 'table' }>
  const cells = t.rows[t.rows.length - 1]!.filter((c) => c.num).map((c: IRCell) => c.text || ' ')
  const lines = [
    ` ${cells.slice(0, 5).join('    ')}`,
    `${' '.repeat(20)}${cells.slice(5, 8).join('   ')}`,
    `${' '.repeat(28)}${[cells[9], cells[8]].join('   ')}       ${cells.slice(10).join('   ')}`,
  ]
  return [...doc.slice(0, at), { ...t, rows: t.rows.slice(0, -1) }, ...lines.map((l) => para(l)), ...doc.slice(at + 1)]
}

export function brokenRowRuleTags(on: boolean | undefined): string[] {
  return on ? ['t4:broken-row'] : []
}
