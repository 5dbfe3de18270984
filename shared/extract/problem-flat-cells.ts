// Section 五's table flattened one cell a line (a web page's or a document's table copied as text):
//   序号 / 存在问题 / 改进措施 / [完成时限…], each on a line of its own, then each row as its number on a
// line and its cells on the lines after it. Read only where the header starts with 序号 and every row
// has exactly the header's count of lines, so that a numbered list of sentences is never taken for one.

/** A header cell: a short label on its own line, no sentence. */
const HEADER_CELL = /^[\p{Script=Han}（）()/、]{1,10}$/u
const NUMBER_HEADER = /^(?:序号?|编号)$/
const ROW_NUMBER = /^[\d０-９]{1,2}[.．、]?$/

const rowNumber = (line: string): number | null =>
  ROW_NUMBER.test(line) ? Number(line.replace(/[.．、]/, '').replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))) : null

/** The header's labels and the rows' cells (the row number left out of both). Null unless two rows or more. */
export function flatCellRows(rawLines: readonly string[]): { header: string[]; rows: string[][] } | null {
  const lines = rawLines.map((l) => l.trim()).filter((l) => l !== '')
  const start = lines.findIndex((l) => NUMBER_HEADER.test(l))
  if (start < 0) return null
  const header: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (rowNumber(line) !== null || !HEADER_CELL.test(line)) break
    header.push(line)
  }
  if (header.length < 2) return null
  const rows: string[][] = []
  let at = start + 1 + header.length
  while (rowNumber(lines[at] ?? '') === rows.length + 1) {
    const cells = lines.slice(at + 1, at + 1 + header.length)
    if (cells.length < header.length || cells.some((c) => rowNumber(c) !== null)) return null
    rows.push(cells)
    at += 1 + header.length
  }
  // Lines left after the last row must not look like one more row (a row with a cell more or less).
  if (rows.length < 2 || (at < lines.length && rowNumber(lines[at]!) !== null)) return null
  return { header, rows }
}
