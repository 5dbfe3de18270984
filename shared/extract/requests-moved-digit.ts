// A digit read into the neighbouring cell: a number wider than its cell, its last digit printed over
// the ruling into the next cell (「204 | 16」 read 「20 | 416」), or the next number's first digit
// taken into it. The row's 总计 then fails; where moving one digit across one boundary makes it
// hold, and breaks no identity of the two columns that held as printed, and no other move or stray
// digit (requests-stray-digit.ts) explains the row, the two cells are left empty with a note: the
// print shows neither reading to be the report's (the move may be a coincidence, the row the
// report's own slip), and a row read "by its label" may not keep a number a digit off.
import type { RequestRow, RequestRowKey } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import { REQUEST_COLUMN_LABELS } from '../model/template-labels'
import type { ParsedRow } from './requests-parsed-row'
import { rowName, rowSumHolds } from './requests-proof'
import { columnIdentities } from './requests-stray-digit'

type Rows = Partial<Record<RequestRowKey, RequestRow>>

export interface MovedDigit {
  key: RequestRowKey
  /** The left one of the two neighbouring cells (printed columns col, col + 1). */
  col: number
  left: number
  right: number
}

/** The two cells with one digit moved across their boundary, each way, where both stay numbers. */
function moves(a: number, b: number): [number, number][] {
  const [s, t] = [String(a), String(b)]
  const out: [number, number][] = []
  // b's first digit back onto a (no number is printed with a leading zero: "406" gives no "06").
  if (t.length >= 2 && t[1] !== '0') out.push([Number(s + t[0]), Number(t.slice(1))])
  // a's last digit onto b.
  if (s.length >= 2 && s[s.length - 1] !== '0') out.push([Number(s.slice(0, -1)), Number(s[s.length - 1] + t)])
  return out
}

/** The one moved digit that explains `key`'s failed total, or null (none, or several). */
function movedDigit(key: RequestRowKey, rows: Rows): MovedDigit | null {
  const row = rows[key]
  if (!row || row.length !== 7 || rowSumHolds(row)) return null
  const found: MovedDigit[] = []
  for (let col = 0; col < 6; col++) {
    const [a, b] = [row[col], row[col + 1]]
    if (a === null || a === undefined || b === null || b === undefined) continue
    for (const [x, y] of moves(a, b)) {
      const fixed = row.map((v, c) => (c === col ? x : c === col + 1 ? y : v))
      if (!rowSumHolds(fixed)) continue
      const before = columnIdentities(key, rows, [col, col + 1])
      const after = columnIdentities(key, { ...rows, [key]: fixed }, [col, col + 1])
      if (after.every((ok, i) => ok !== false || before[i] === false)) found.push({ key, col, left: a, right: b })
    }
  }
  return found.length === 1 ? found[0]! : null
}

/**
 * Rows (printed columns) whose failed total one digit moved between two neighbouring cells explains.
 * Not rows a stray digit explains, nor rows cut from run-together digits (several readings, or blanks
 * the text dropped: their cells need not add up as read).
 */
export function findMovedDigits(rows: Rows, strays: readonly { key: RequestRowKey }[], parsed: readonly ParsedRow[]): MovedDigit[] {
  const skip = new Set([...strays.map((s) => s.key), ...parsed.filter((p) => p.candidates.length > 1 || p.blanks).map((p) => p.key)])
  return (Object.keys(rows) as RequestRowKey[]).flatMap((k) => (skip.has(k) ? [] : (movedDigit(k, rows) ?? [])))
}

/** `rows` with each moved digit's two cells emptied, a note each; `columnOf` maps a printed column to `rows`' column. */
export function unreadMovedDigits(rows: Rows, moved: readonly MovedDigit[], notes: ExtractionNote[], columnOf: (printed: number) => number = (c) => c): Rows {
  const out: Rows = { ...rows }
  for (const m of moved) {
    const cols = [columnOf(m.col), columnOf(m.col + 1)]
    const row = out[m.key]
    if (!row || cols.some((c) => c < 0)) continue
    out[m.key] = row.map((x, c) => (cols.includes(c) ? null : x))
    notes.push({
      field: `requests.${m.key}`,
      message: `表三「${rowName(m.key)}」行相邻两格「${REQUEST_COLUMN_LABELS[cols[0]!]}」「${REQUEST_COLUMN_LABELS[cols[1]!]}」读作“${m.left}”“${m.right}”，与本行合计不符；将一位数字移到相邻格后相符（数字可能越过表格线印到了邻格，也可能是报告本身的笔误），这两格未读取。`,
    })
  }
  return out
}
