// A remarks column (备注, 说明, 附注 …) beside a report table's template columns: its cells hold words
// (「无」「—」「/」「已办结」), never a count of the table. Left in, a 「无」 or a dash under it was read as
// a 0 cell of the row, and where the row also had a blank cell the row's cells shifted one column
// (hostile review rv20a: table 三's 结转 row 「·|2|·|2|·|·|4|无」 read [2,∅,2,∅,∅,4,∅]; a row of seven blank
// cells read 总计 0; table 四's fifteen cells one column off; section 二's blank 行政强制 took the fee).
// Where the table's grid is known (PDF/OFD cells, DOCX/HTML/Markdown tables), the cells standing under
// such a heading are dropped by their grid column before any row is read. The heading itself stays
// (section 二's header reader notes the column it does not read).
import type { TableCell } from '../model/document'
import { visibleText } from './empty-columns'
import { place, span, type Placed } from './table-grid'

/** A heading over a column of remarks: no template table has such a column. */
export const REMARKS_HEADING = /^(?:备注|备考|附注|说明|其他说明|备注说明|情况说明)$/
const HAS_DIGIT = /[0-9０-９]/
/** Words a data cell may hold without being a heading: 无, zero signs, dashes, slashes. */
const NO_WORDS = /^[无〇零\-－—–―‐~～/／\\、.·…]*$/

/** Grid columns [from, to) under one remarks heading, for the rows below it up to `until` (exclusive). */
interface RemarksArea {
  from: number
  to: number
  top: number
  until: number
}

const within = (p: Placed, a: RemarksArea): boolean => p.row >= a.top && p.row < a.until && p.col >= a.from && p.col + span(p) <= a.to

/**
 * A row that heads the columns again (a section 二 small table's own header, a repeated header on a new
 * page): no digit, and a cell past the row's label holding words other than the remarks heading. A
 * data row of blank cells with 「无」 in its remarks cell is none (its only words are 无 and its label).
 */
function headsColumnsAgain(rows: readonly TableCell[][], placed: readonly Placed[], r: number, a: RemarksArea): boolean {
  if (rows[r]!.some((c) => HAS_DIGIT.test(c.text))) return false
  const cells = placed.filter((p) => p.row === r && visibleText(p.cell.text) !== '')
  return cells.slice(1).some((p) => !(p.col >= a.from && p.col + span(p) <= a.to) && !NO_WORDS.test(visibleText(p.cell.text)))
}

function remarksAreas(rows: readonly TableCell[][], placed: readonly Placed[]): RemarksArea[] {
  const areas: RemarksArea[] = []
  for (const h of placed) {
    // Never the first column (the rows' labels), and only in a row without numbers (a header row).
    if (h.col === 0 || !REMARKS_HEADING.test(visibleText(h.cell.text)) || rows[h.row]!.some((c) => HAS_DIGIT.test(c.text))) continue
    const a: RemarksArea = { from: h.col, to: h.col + span(h), top: h.row + Math.max(1, h.cell.rowSpan ?? 1), until: rows.length }
    for (let r = a.top; r < rows.length; r++) {
      if (headsColumnsAgain(rows, placed, r, a)) {
        a.until = r
        break
      }
    }
    areas.push(a)
  }
  return areas
}

/** The table with the cells under a remarks heading left out (the heading kept); else the rows as they are. */
export function withoutRemarksCells(rows: TableCell[][]): TableCell[][] {
  if (rows.length < 2) return rows
  const { placed } = place(rows)
  const areas = remarksAreas(rows, placed)
  if (!areas.length) return rows
  const dropped = new Set(placed.filter((p) => areas.some((a) => within(p, a))))
  if (!dropped.size) return rows
  return rows.map((_, r) => placed.filter((p) => p.row === r && !dropped.has(p)).map((p) => p.cell))
}
