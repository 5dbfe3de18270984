// Section 五's table flattened one cell a line (a web page's or a document's table copied as text):
//   序号 / 存在问题 / 改进措施 / [完成时限…], each on a line of its own, then each row as its number on a
// line and its cells on the lines after it. Read only where the header starts with 序号 and every row
// has exactly the header's count of lines, so that a numbered list of sentences is never taken for one.
// Without 序号 (问题 / 措施, then the cells in turn) only where the header's lines are all column names at
// the section's start and the cells after them fill whole rows to the end, nothing left over.

/** A header cell: a short label on its own line, no sentence. */
const HEADER_CELL = /^[\p{Script=Han}（）()/、]{1,10}$/u
/** A header cell that names a column of such a table (no row number to tell the header from the rows). */
const COLUMN_NAME = /^(?:存在的?|主要)?(?:问题|不足|整改|改进)?(?:问题|不足|措施|举措|情况|时限|期限|时间|责任单位|责任人|备注)$/
const NUMBER_HEADER = /^(?:序号?|编号)$/
const ROW_NUMBER = /^[\d０-９]{1,2}[.．、]?$/

const rowNumber = (line: string): number | null =>
  ROW_NUMBER.test(line) ? Number(line.replace(/[.．、]/, '').replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))) : null

interface Line {
  text: string
  /** A blank line stands right before it. */
  afterBlank: boolean
}

function linesOf(rawLines: readonly string[]): Line[] {
  const out: Line[] = []
  let blank = false
  for (const raw of rawLines) {
    const text = raw.trim()
    if (text === '') blank = true
    else out.push({ text, afterBlank: blank }), (blank = false)
  }
  return out
}

/** The header (序号 … ) and its numbered rows; each row's cells, its number left out. */
function numberedRows(lines: Line[]): { header: string[]; rows: string[][] } | null {
  const start = lines.findIndex((l) => NUMBER_HEADER.test(l.text))
  if (start < 0) return null
  const header: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (rowNumber(line.text) !== null || !HEADER_CELL.test(line.text)) break
    header.push(line.text)
  }
  if (header.length < 2) return null
  const rows: string[][] = []
  // Dense: no blank line between the lines of any row. Then a blank line inside the last row ends the
  // table there, its cells left blank: the line after it is the text that follows, no cell of the row.
  let dense = true
  let at = start + 1 + header.length
  while (rowNumber(lines[at]?.text ?? '') === rows.length + 1) {
    const cells = lines.slice(at + 1, at + 1 + header.length)
    if (cells.length < header.length || cells.some((c) => rowNumber(c.text) !== null)) {
      if (cells.length === 0) return null
      // The last row short of lines: its last cells blank, where nothing follows it.
      const upTo = cells.findIndex((c) => rowNumber(c.text) !== null)
      if (upTo >= 0 || at + 1 + cells.length < lines.length) return null
    }
    const broken = cells.findIndex((c, k) => k > 0 && c.afterBlank)
    const isLast = rowNumber(lines[at + 1 + header.length]?.text ?? '') !== rows.length + 2
    if (broken >= 0 && !isLast) dense = false
    if (broken >= 0 && isLast) {
      // Where blank lines part cells in other rows too, a blank line says nothing: the row is doubtful.
      if (!dense || rows.length === 0) return null
      rows.push(header.map((_, k) => (k < broken ? cells[k]!.text : '')))
      return rows.length >= 2 ? { header, rows } : null
    }
    rows.push(header.map((_, k) => cells[k]?.text ?? ''))
    at += 1 + header.length
  }
  // Lines left after the last row must not look like one more row (a row with a cell more or less).
  if (rows.length < 2 || (at < lines.length && rowNumber(lines[at]!.text) !== null)) return null
  // A loose table (blank lines between cells) followed by more text: its last row may have taken that text.
  if (!dense && at < lines.length) return null
  return { header, rows }
}

/** The header of column names at the section's start (its heading line allowed before), then whole rows. */
function unnumberedRows(lines: Line[]): { header: string[]; rows: string[][] } | null {
  const start = COLUMN_NAME.test(lines[0]?.text ?? '') ? 0 : 1
  const header: string[] = []
  for (const line of lines.slice(start)) {
    if (!COLUMN_NAME.test(line.text)) break
    header.push(line.text)
  }
  const cells = lines.slice(start + header.length).map((l) => l.text)
  if (header.length < 2 || cells.length < 2 * header.length || cells.length % header.length !== 0) return null
  if (cells.some((c) => rowNumber(c) !== null || COLUMN_NAME.test(c))) return null
  const rows: string[][] = []
  for (let at = 0; at < cells.length; at += header.length) rows.push(cells.slice(at, at + header.length))
  return { header, rows }
}

/** The header's labels and the rows' cells (the row number left out of both; a blank cell is ''). Null unless two rows or more. */
export function flatCellRows(rawLines: readonly string[]): { header: string[]; rows: string[][] } | null {
  const lines = linesOf(rawLines)
  return numberedRows(lines) ?? unnumberedRows(lines)
}
