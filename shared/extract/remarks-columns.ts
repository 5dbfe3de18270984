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
/** (Traditional forms too: the table's cells are read before the text is made simplified.) */
export const REMARKS_HEADING = /^(?:备注|備註|備注|备考|備考|附注|附註|说明|說明|其他说明|其他說明|备注说明|情况说明|情況說明)$/
const HAS_DIGIT = /[0-9０-９]/
/** Words a data cell may hold without being a heading: 无, zero signs (a Latin O printed for 0 too), dashes, slashes. */
const NO_WORDS = /^[无無〇零OoＯｏ\-－—–―‐~～/／\\、.·…]*$/

/** Grid columns [from, to) under one remarks heading, for the rows below it up to `until` (exclusive). */
interface RemarksArea {
  from: number
  to: number
  top: number
  until: number
}

const within = (p: Placed, a: RemarksArea): boolean => p.row >= a.top && p.row < a.until && p.col >= a.from && p.col + span(p) <= a.to

/** A cell holding just a number (a count or an amount). */
const NUMBER = /^[0-9０-９][0-9０-９,，.．]*$/
/** A count, with its unit where the cells print one (5件). */
const COUNT = /^[0-9０-９][0-9０-９,，.．]*(?:件|个|項|项|条|條)?$/

/** Grid columns that hold a count in some row (「23」, 「23件」 where every cell carries its unit): the table's count columns (labels stand left of them). */
function countColumns(placed: readonly Placed[]): Set<number> {
  const cols = new Set<number>()
  for (const p of placed) if (COUNT.test(visibleText(p.cell.text))) for (let d = 0; d < span(p); d++) cols.add(p.col + d)
  return cols
}

/**
 * A row that heads the columns again (a section 二 small table's own header, a repeated header on a new
 * page): no digit, and words over a count column (「本年处理决定数量」 where the rows above had their
 * counts). A row label, a group label beside it, or 「无」 in a row of blank cells is none.
 */
function headsColumnsAgain(rows: readonly TableCell[][], placed: readonly Placed[], counts: ReadonlySet<number>, r: number, a: RemarksArea): boolean {
  if (rows[r]!.some((c) => HAS_DIGIT.test(c.text))) return false
  // Not a label: left of the area's own first count column. A table above on the same grid (section 二's
  // small tables over table 三 in one PDF table) may have had numbers where table 三's labels stand
  // (「（六）其他处理」 of a row of blank cells, 「属于国家秘密」 beside its group 「不予公开」).
  const firstCount = Math.min(...placed.filter((p) => p.row >= a.top && p.row < r && COUNT.test(visibleText(p.cell.text))).map((p) => p.col))
  const labels = Number.isFinite(firstCount) ? firstCount : 0
  return placed.some(
    (p) => p.row === r && p.col >= labels && !(p.col >= a.from && p.col + span(p) <= a.to) && counts.has(p.col) && !NO_WORDS.test(visibleText(p.cell.text)),
  )
}

/** A row without numbers holding a remarks heading (not in the label column). */
const isRemarksHeaderRow = (rows: readonly TableCell[][], placed: readonly Placed[], r: number): boolean =>
  !rows[r]!.some((c) => HAS_DIGIT.test(c.text)) && placed.some((p) => p.row === r && p.col > 0 && REMARKS_HEADING.test(visibleText(p.cell.text)))

function remarksAreas(rows: readonly TableCell[][], placed: readonly Placed[]): RemarksArea[] {
  const areas: RemarksArea[] = []
  for (const h of placed) {
    // Never the first column (the rows' labels), and only in a row without numbers (a header row).
    if (h.col === 0 || !REMARKS_HEADING.test(visibleText(h.cell.text)) || rows[h.row]!.some((c) => HAS_DIGIT.test(c.text))) continue
    areas.push(areaFrom(rows, placed, h.col, h.col + span(h), h.row + Math.max(1, h.cell.rowSpan ?? 1)))
  }
  return areas
}

/** The area under columns [from, to) from row `top` down to a header row that comes after a row with numbers. */
function areaFrom(rows: readonly TableCell[][], placed: readonly Placed[], from: number, to: number, top: number): RemarksArea {
  const a: RemarksArea = { from, to, top, until: rows.length }
  const counts = countColumns(placed)
  // The header's own lower rows (自然人 | 法人或其他组织 … under a 备注 spanning them) do not end it.
  let data = false
  for (let r = top; r < rows.length; r++) {
    // A header row of its own remarks heading begins another table on the grid (section 二's fee table
    // with its one row blank, then table 三's header): this area ends there, data or not.
    if (r > top && isRemarksHeaderRow(rows, placed, r)) {
      a.until = r
      break
    }
    if (data && headsColumnsAgain(rows, placed, counts, r, a)) {
      a.until = r
      break
    }
    data ||= rows[r]!.some((c) => HAS_DIGIT.test(c.text))
  }
  return a
}

/** The remarks columns a table hands on to its continuation (a table cut by a page break, header not repeated). */
export interface RemarksCarry {
  width: number
  columns: [number, number][]
  /** The grid columns that held a number (the count columns left of the remarks). */
  counts: number[]
}

/** The count columns of the rows under the open remarks areas (not of a table above them on the same grid). */
function carriedCounts(placed: readonly Placed[], open: readonly RemarksArea[]): number[] {
  const top = Math.min(...open.map((a) => a.top))
  const counts = countColumns(placed.filter((p) => p.row >= top))
  return [...counts].filter((c) => !open.some((a) => c >= a.from && c < a.to))
}

/**
 * The carried remarks columns on a continuation of another grid width (a page's table laid out anew,
 * its label column narrower or wider): counted from the right edge, where the continuation's numbers
 * all stand in the count columns counted the same way, a label column is left of them, and nothing in
 * the remarks columns is a number. Else none (a table of other columns, not a continuation).
 */
function carriedFromRight(placed: readonly Placed[], width: number, carry: RemarksCarry): [number, number][] {
  const shift = width - carry.width
  const first = Math.min(...carry.counts)
  if (!carry.counts.length || first + shift < 1) return []
  const counts = new Set(carry.counts.map((c) => c + shift))
  const columns = carry.columns.map(([f, t]): [number, number] => [f + shift, t + shift])
  const inRemarks = (p: Placed): boolean => columns.some(([f, t]) => p.col < t && p.col + span(p) > f)
  for (const p of placed) {
    if (!COUNT.test(visibleText(p.cell.text))) continue
    if (inRemarks(p) || p.col < first + shift) return []
    for (let d = 0; d < span(p); d++) if (!counts.has(p.col + d)) return []
  }
  return columns
}

/**
 * A data row whose cells under the heading are blank while its last cell, right of the heading, is a
 * remark word (「—」「无」「已办结」) or blank, and the cells between are blank or numbers: the row's grid is finer
 * than its header's (a two-level PDF header whose spans do not add up), the heading stands a column or
 * more left of the row's remarks cell, and the blank under it is a count cell left blank (issue 10:
 * table 四's blank 复议后起诉 cell dropped, its 「—」 read as 总计 0, the group shifted a column).
 * The remark is then the last cell; the blank stays in its place.
 */
function remarkRightOfHeading(row: readonly Placed[], under: readonly Placed[], a: RemarksArea, r: number, rows: readonly TableCell[][]): boolean {
  const last = row[row.length - 1]
  if (!last || last.col < a.to || !under.length || !rows[r]!.some((c) => HAS_DIGIT.test(c.text))) return false
  if (!under.every((p) => visibleText(p.cell.text) === '')) return false
  // A blank last cell too (an empty remark): dropping the blank under the heading would shift the cells right of it.
  if (HAS_DIGIT.test(visibleText(last.cell.text))) return false
  return row.every((p) => p === last || p.col < a.to || visibleText(p.cell.text) === '' || NUMBER.test(visibleText(p.cell.text)))
}

/**
 * The table with the cells under a remarks heading left out (the heading kept); else the rows as they
 * are. `carry`: the remarks columns of the table just before, where it ran to its last row: a table of
 * the same width that heads no column of its own over them continues it (its remarks have no heading).
 */
export function withoutRemarksCells(rows: TableCell[][], carry: RemarksCarry | null = null): { rows: TableCell[][]; carry: RemarksCarry | null } {
  if (!rows.length) return { rows, carry: null }
  const { placed, width } = place(rows)
  const areas = remarksAreas(rows, placed)
  // Rows with numbers above the first remarks heading, after a table that handed on its remarks
  // columns: the rest of that table, with the next table (its own header) run into the same block
  // (Markdown: table 三's last rows and table 四 in one pipe table). The carried columns hold for those
  // rows alone (issue 10: 「7．属于行政执法案卷 |  | 0 … | — |」 read the remark 「—」 as a 0 cell).
  const firstHead = areas.length ? rows.findIndex((_, r) => isRemarksHeaderRow(rows, placed, r)) : -1
  // A row of blank cells is such a row too where it ends in a remark (「四、结转下年度继续办理 | … | 无」, a
  // Markdown pipe table's first row: 无 read as its 总计 0).
  const remarkOnly = (r: TableCell[]): boolean => {
    const filled = r.filter((c) => visibleText(c.text) !== '')
    return r.length > 2 && filled.length === 2 && filled[0] === r[0] && filled[1] === r[r.length - 1] && NO_WORDS.test(visibleText(filled[1]!.text))
  }
  if (carry && firstHead > 0 && rows.slice(0, firstHead).some((r) => r.some((c) => HAS_DIGIT.test(c.text)) || remarkOnly(r))) {
    const head = withoutRemarksCells(rows.slice(0, firstHead), carry)
    const rest = withoutRemarksCells(rows.slice(firstHead), null)
    return { rows: [...head.rows, ...rest.rows], carry: rest.carry }
  }
  if (!areas.length && carry && carry.width === width) {
    const firstData = rows.findIndex((r) => r.some((c) => HAS_DIGIT.test(c.text)))
    const headed = placed.some((p) => (firstData < 0 || p.row < firstData) && carry.columns.some(([f, t]) => p.col >= f && p.col + span(p) <= t) && !NO_WORDS.test(visibleText(p.cell.text)))
    if (!headed) areas.push(...carry.columns.map(([f, t]) => areaFrom(rows, placed, f, t, 0)))
  } else if (!areas.length && carry) {
    // Another grid width: only where right of the label column there are numbers and 无/dashes alone (no
    // heading) — or a word in the carried remarks columns of a row with numbers: a remark (「已办结」 after
    // 结转下年度继续办理's cells), no heading (before, it kept the whole continuation's remarks in, and a
    // row with its first cell blank read its 「—」 remark as its 总计).
    const columns = carriedFromRight(placed, width, carry)
    const remark = (p: Placed): boolean => columns.some(([f, t]) => p.col >= f && p.col + span(p) <= t) && rows[p.row]!.some((c) => HAS_DIGIT.test(c.text))
    const headed = placed.some((p) => !NO_WORDS.test(visibleText(p.cell.text)) && !HAS_DIGIT.test(p.cell.text) && p.col > 0 && p.col >= Math.min(...carry.counts) + width - carry.width && !remark(p))
    if (!headed) areas.push(...columns.map(([f, t]) => areaFrom(rows, placed, f, t, 0)))
  }
  const open = areas.filter((a) => a.until === rows.length)
  const next = open.length ? { width, columns: open.map((a): [number, number] => [a.from, a.to]), counts: carriedCounts(placed, open) } : null
  const dropped = new Set<Placed>()
  for (const a of areas) {
    for (let r = a.top; r < a.until; r++) {
      const row = placed.filter((p) => p.row === r)
      const under = row.filter((p) => within(p, a))
      // A number under the heading: this row's grid runs wider than the header's (a PDF table stitched
      // across a page, its label cell spanning more columns). Its remark is then its last cell, right of
      // the heading's column, where that cell holds no number; the number under the heading is kept.
      const last = row[row.length - 1]
      if (under.some((p) => NUMBER.test(visibleText(p.cell.text)))) {
        if (last && last.col >= a.to && !NUMBER.test(visibleText(last.cell.text))) dropped.add(last)
      } else if (remarkRightOfHeading(row, under, a, r, rows)) dropped.add(last!)
      else under.forEach((p) => dropped.add(p))
    }
  }
  if (!dropped.size) return { rows, carry: next }
  return { rows: rows.map((_, r) => placed.filter((p) => p.row === r && !dropped.has(p)).map((p) => p.cell)), carry: next }
}
