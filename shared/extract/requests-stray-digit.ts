// A digit glued onto a table 三 cell that was never part of its number: a footnote mark printed
// as a plain digit ("120" + mark "2" → 1202), a hidden digit a reader could not leave out
// ("1" + "789"). Such a cell breaks its row's 总计; where the same digits without their last (or
// first) character make the row's total hold, and break no identity of the cell's column that held
// as printed, the cell is left empty with a note — neither kept "by its label" (a wrong number)
// nor turned into a consistent table by guessing (the reading without the digit is not proven by
// the print). A report's own arithmetic error, where no such single character explains the
// failure or several do, is left as printed for the checks to flag.
import type { RequestRow, RequestRowKey } from '../model/report'
import { OUTCOME_ROW_KEYS } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import { REQUEST_COLUMN_LABELS } from '../model/template-labels'
import { FLOW, flowHolds, outcomesHold, rowName, rowSumHolds } from './requests-proof'

type Rows = Partial<Record<RequestRowKey, RequestRow>>

interface Stray {
  col: number
  printed: number
  /** The cell without the stray character, and which end it was cut from. */
  without: number
  end: 'last' | 'first'
}

/** The cell's value without its last digit, and without its first (where that leaves a number). */
function shortened(x: number): { without: number; end: Stray['end'] }[] {
  const s = String(x)
  if (!/^\d{2,}$/.test(s)) return []
  const out: { without: number; end: Stray['end'] }[] = [{ without: Number(s.slice(0, -1)), end: 'last' }]
  // "1020" without its first digit is "020": no number is printed with a leading zero.
  if (s[1] !== '0') out.push({ without: Number(s.slice(1)), end: 'first' })
  return out
}

/** The rows with every column but `cols` set to 0: the identities then speak of those columns alone. */
function onlyColumns(rows: Rows, cols: readonly number[]): Rows {
  const out: Rows = {}
  for (const [k, row] of Object.entries(rows) as [RequestRowKey, RequestRow][]) out[k] = row.map((x, c) => (cols.includes(c) ? x : 0))
  return out
}

/** The identities (beyond its row total) that `key` takes part in, evaluated on columns `cols` of
 *  `rows` (a report's own error in another column says nothing about these cells). Shared with
 *  requests-moved-digit.ts. */
export function columnIdentities(key: RequestRowKey, rows: Rows, cols: readonly number[]): (boolean | null)[] {
  const one = onlyColumns(rows, cols)
  const out: (boolean | null)[] = []
  if (OUTCOME_ROW_KEYS.includes(key) || key === 'handledTotal') out.push(outcomesHold(one))
  if (FLOW.includes(key)) out.push(flowHolds(one))
  return out
}

/** The single cell of a row whose stray character explains every failed sum, or null. */
function strayCell(key: RequestRowKey, rows: Rows): Stray | null {
  const row = rows[key]
  if (!row || rowSumHolds(row)) return null
  const found: Stray[] = []
  row.forEach((printed, col) => {
    if (printed === null || printed === undefined) return
    for (const { without, end } of shortened(printed)) {
      const fixed = row.map((x, c) => (c === col ? without : x))
      if (!rowSumHolds(fixed)) continue
      // "11" without either digit is 1: one reading, found once.
      if (found.some((f) => f.col === col && f.without === without)) continue
      // No identity of the cell's column that holds as printed may fail without the digit (one that
      // fails either way — a report's own error elsewhere in the column — or cannot be checked for
      // want of rows says nothing about this cell).
      const before = columnIdentities(key, rows, [col])
      const after = columnIdentities(key, { ...rows, [key]: fixed }, [col])
      if (after.every((c, i) => c !== false || before[i] === false)) found.push({ col, printed, without, end })
    }
  })
  return found.length === 1 ? found[0]! : null
}

/** A cell of `key`'s row whose one extra character explains its row's failed total. */
export type StrayCell = Stray & { key: RequestRowKey }

/** The stray-digit cells of the table (at most one per row), columns as the rows are printed. */
/**
 * `cut`: rows cut from run-together digits. Each of their readings holds the row's total, and the
 * cells the readings disagree on are left empty, so their known cells need not add up: no stray there.
 */
export function findStrayDigitCells(rows: Rows, cut: ReadonlySet<RequestRowKey> = new Set()): StrayCell[] {
  const out: StrayCell[] = []
  for (const key of Object.keys(rows) as RequestRowKey[]) {
    if (cut.has(key)) continue
    const stray = strayCell(key, rows)
    if (stray) out.push({ key, ...stray })
  }
  return out
}

/** The rows with each stray cell read without its extra character: for the other row checks
 *  (a dash is not to be doubted for a total the stray digit broke), never for the report. */
export function withoutStrayDigits(rows: Rows, strays: readonly StrayCell[]): Rows {
  const out: Rows = { ...rows }
  for (const s of strays) out[s.key] = out[s.key]!.map((x, c) => (c === s.col ? s.without : x))
  return out
}

/**
 * Rows with each stray cell emptied, one note per cell. `columnOf` maps a printed column to the
 * column of `rows` (the rows may have been put in the template's column order since).
 */
export function unreadStrayDigitCells(rows: Rows, strays: readonly StrayCell[], notes: ExtractionNote[], columnOf: (printed: number) => number = (c) => c): Rows {
  const out: Rows = { ...rows }
  for (const stray of strays) {
    const col = columnOf(stray.col)
    const row = out[stray.key]
    if (!row || col < 0 || row[col] === null) continue
    const printed = String(stray.printed)
    const mark = stray.end === 'last' ? printed.slice(-1) : printed.charAt(0)
    // The rows given may hold the cell without its digit (the row proofs read them so): as printed.
    const asPrinted = row.map((x, c) => (c === col ? stray.printed : x))
    const total = asPrinted[6] ?? null
    const parts = asPrinted.slice(0, 6)
    const sum = parts.every((x) => x !== null && x !== undefined) ? parts.reduce<number>((a, x) => a + (x ?? 0), 0) : null
    out[stray.key] = row.map((x, c) => (c === col ? null : x))
    // The digit may be a footnote mark glued on, or the report's own typo: neither is proven, so
    // the note says both and the cell is not read (REQUESTS_STRAY_DIGIT shows the printed value).
    notes.push({
      field: `requests.${stray.key}`,
      message: `表三「${rowName(stray.key)}」行「${REQUEST_COLUMN_LABELS[col]}」格印为“${printed}”，与本行合计不符；去掉${stray.end === 'last' ? '末位' : '首位'}“${mark}”后相符（可能是脚注标记或隐藏文字，也可能是报告本身的笔误），该格未读取。`,
      strayDigit: { column: col, printed: stray.printed, without: stray.without, end: stray.end, total, sum },
    })
  }
  return out
}
