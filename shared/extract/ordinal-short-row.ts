// A row under a 序号 heading that prints no 序号 of its own: a table with one data row (table 四's
// fifteen counts) may leave its only row unnumbered, so the row is one cell short of the header and
// its first count stands under 序号. Dropped as a row number, table 四 read fourteen numbers and
// stayed unread, its note not saying why (hostile review, session 13). Whether the leading number is
// a 序号 or a count is decided by the number of cells and the template's columns: a row without a
// label whose cells end one grid column short of the table, fifteen of them (table 四's row), holds
// counts only — unless its groups of five (four results and their 总计) can add up with the leading
// number as a 序号 (the rest one column to the right, the last cell absent). Then it is not
// proven: the number is dropped as before, and table 四 unread says a 序号 could not be told from a count.
import { visibleText } from './empty-columns'
import { span, type Placed } from './table-grid'
import { toHalfWidthDigits } from './numbers-cn'
import { reviewGroupsHold } from './review-sums'

/** Table 四's cells in its one data row: three groups of five, the fifth each group's 总计. */
const REVIEW_CELLS = 15
const GROUP = 5
/** A count as a cell prints it (blank, a dash and a zero sign are 0; a unit may follow). */
const COUNT = /^(\d{1,7})[件个]?$/
const ZERO = /^(?:[-—－/／〇○零无OoＯｏ])$/
const FOOTNOTE_MARK = /[⁰¹²³⁴⁵⁶⁷⁸⁹*＊※]+$/
/** Two Chinese characters or more: a row's label, not a cell of counts. */
const LABEL = /[\u4e00-\u9fff]{2,}/

/** The note of a table 四 left unread for it. */
export const ORDINAL_UNDECIDED_NOTE = '表四表头有「序号」列，而数据行少一格：行首的数字是序号还是表中第一格的数字无法判定（各组合计不能证实），未读取。'

function countOf(text: string): number | null {
  // A footnote mark raised after a count (「55³」) is no digit of it.
  const t = toHalfWidthDigits(visibleText(text).trim()).replace(/[,，]/g, '').replace(FOOTNOTE_MARK, '')
  if (t === '' || ZERO.test(t)) return 0
  const m = COUNT.exec(t)
  return m ? Number(m[1]) : null
}

/** Fifteen counts whose groups each add up (null where a cell is no count). */
const groupsHold = (cells: (number | null)[]): boolean => cells.length === REVIEW_CELLS && !cells.includes(null) && reviewGroupsHold(cells)

/** Rows whose grid columns are exactly 0 … width − 2 (the last column empty), with the cells they own. */
function oneShort(placed: readonly Placed[], width: number, row: number): boolean {
  const taken = new Set<number>()
  for (const p of placed) {
    if (p.row > row || row >= p.row + Math.max(1, p.cell.rowSpan ?? 1)) continue
    for (let d = 0; d < span(p); d++) taken.add(p.col + d)
  }
  return taken.size === width - 1 && !taken.has(width - 1)
}

export interface ShortRows {
  /** Rows whose leading number is proven a count: they keep every cell. */
  counts: Set<number>
  /** A row whose leading number could be either (dropped as a 序号, as before). */
  undecided: boolean
}

/**
 * The rows below the heading (at `headingRow`, column `col`) that print a number under it but no
 * 序号 of their own, sorted into proven counts and undecided.
 */
export function shortRowsUnderHeading(placed: readonly Placed[], width: number, col: number, headingRow: number): ShortRows {
  const out: ShortRows = { counts: new Set(), undecided: false }
  const rows = new Set(placed.filter((p) => p.row > headingRow && p.col === col && span(p) === 1 && /[0-9０-９]/.test(visibleText(p.cell.text))).map((p) => p.row))
  for (const r of rows) {
    if (!oneShort(placed, width, r)) continue
    const own = placed.filter((p) => p.row === r).sort((a, b) => a.col - b.col)
    // A row with a label: the number before it is its 序号, whatever the cells' count.
    if (own.some((p) => LABEL.test(visibleText(p.cell.text)))) continue
    const cells = own.flatMap((p) => Array.from({ length: span(p) }, (_, d) => (d === 0 ? countOf(p.cell.text) : 0)))
    // A cell that is no plain count (a footnote mark, a figure with words): the sums cannot be checked.
    if (cells.some((x) => x === null)) {
      out.undecided = true
      continue
    }
    // Fifteen cells are table 四's row without a 序号. No 序号 is 0; and where only the reading with the
    // first number as a 序号 adds up, the cells' count alone does not decide. (A report's own table 四
    // may not add up: real ones print 10 | 1 | 0 | 0 | 0; so a failing count reading alone is no 序号.)
    // Read as a 序号, the row's last cell is absent, not 0: its group's 总计 is unknown, so that reading
    // fits wherever the first two groups add up — and where it fits, the count reading is not proven
    // even if it adds up too (hostile review, session 14: 1 0 0 0 1 1 0 0 0 1 1 0 0 0 1 fits both).
    const ordinalFits = groupsHold([...cells.slice(1, 1 + 2 * GROUP), 0, 0, 0, 0, 0])
    if (cells.length === REVIEW_CELLS && (cells[0] === 0 || !ordinalFits)) out.counts.add(r)
    else out.undecided = true
  }
  return out
}
