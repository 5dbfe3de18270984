// Chooses among the possible readings of run-together rows of table 三, using the table's own
// column sums: 三（七）总计 = the outcome rows, and 一 + 二 = （七） + 四 (the template's 勾稽关系).
// A cell is read only when every reading that fits the table gives it the same value; otherwise
// it stays null and a note says why. No number is ever guessed.
import type { RequestRow, RequestRowKey } from '../model/report'
import { OUTCOME_ROW_KEYS } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import type { ParsedRow } from './requests-table'
import { rowName } from './requests-proof'

/** Steps of the search over the rows' readings before it gives up (every reading then stays possible). */
const MAX_STEPS = 400_000

/** The outcome rows chosen so far add up to no more than 三（七）总计 in any column (counts are never negative). */
function outcomesWithinTotal(rows: Map<RequestRowKey, RequestRow>): boolean {
  const total = rows.get('handledTotal')
  if (!total) return true
  for (let c = 0; c < 7; c++) {
    const t = total[c]
    if (typeof t !== 'number') continue
    let sum = 0
    for (const k of OUTCOME_ROW_KEYS) {
      const v = rows.get(k)?.[c] ?? 0
      // A negative cell (a report's misprint) would let later rows bring the sum back down: no early end.
      if (v < 0) return true
      sum += v
    }
    if (sum > t) return false
  }
  return true
}

/** `blanks`: rows whose empty cells are blanks the text dropped — 0 in the sums, as in the report's own arithmetic. */
function columnSumsHold(rows: Map<RequestRowKey, RequestRow>, blanks: ReadonlySet<RequestRowKey>): boolean {
  const get = (k: RequestRowKey, c: number): number | null | undefined => {
    const v = rows.get(k)?.[c]
    return v === null && blanks.has(k) ? 0 : v
  }
  for (let c = 0; c < 7; c++) {
    const total = get('handledTotal', c)
    if (total !== null && total !== undefined) {
      let sum = 0
      let known = true
      for (const k of OUTCOME_ROW_KEYS) {
        if (!rows.has(k)) continue
        const v = get(k, c)
        if (v === null || v === undefined) known = false
        else sum += v
      }
      if (known && sum !== total) return false
    }
    const a = get('received', c)
    const b = get('carriedOver', c)
    const f = get('carriedForward', c)
    if ([a, b, total, f].every((v) => typeof v === 'number') && a! + b! !== total! + f!) return false
  }
  return true
}

/** Cells on which all readings agree; null where they differ. */
function agreed(readings: RequestRow[]): RequestRow {
  const first = readings[0] ?? []
  return first.map((v, c) => (readings.every((r) => r[c] === v) ? v : null))
}

export function solveRequestsTable(parsed: ParsedRow[], notes: ExtractionNote[]): Partial<Record<RequestRowKey, RequestRow>> {
  const fixed = new Map<RequestRowKey, RequestRow>()
  const open: ParsedRow[] = []
  for (const p of parsed) {
    if (p.candidates.length === 1) fixed.set(p.key, p.candidates[0]!)
    else if (p.candidates.length > 1) open.push(p)
  }
  const result: Partial<Record<RequestRowKey, RequestRow>> = Object.fromEntries(fixed)
  if (open.length === 0) return result

  const blanks = new Set(parsed.filter((p) => p.blanks).map((p) => p.key))
  // 总计 first, then the outcome rows: counts are never negative, so a partial sum of outcomes above
  // 总计 in any column ends that branch early (the search stays small where the product of all
  // readings would run to millions).
  const rank = (k: RequestRowKey): number => (k === 'handledTotal' ? 0 : OUTCOME_ROW_KEYS.includes(k) ? 1 : 2)
  open.sort((a, b) => rank(a.key) - rank(b.key))
  const fitting: RequestRow[][] = open.map(() => [])
  const rows = new Map(fixed)
  let steps = 0
  const rec = (i: number, chosen: RequestRow[]): void => {
    if (++steps > MAX_STEPS) return
    if (i === open.length) {
      if (columnSumsHold(rows, blanks)) chosen.forEach((r, j) => fitting[j]!.push(r))
      return
    }
    for (const cand of open[i]!.candidates) {
      rows.set(open[i]!.key, cand)
      if (rank(open[i]!.key) < 2 && !outcomesWithinTotal(rows)) continue
      chosen.push(cand)
      rec(i + 1, chosen)
      chosen.pop()
    }
    rows.delete(open[i]!.key)
  }
  rec(0, [])
  // A search cut short has not seen every reading: then no reading is ruled out.
  if (steps > MAX_STEPS) for (const f of fitting) f.length = 0
  open.forEach((p, j) => {
    const readings = fitting[j]!.length ? fitting[j]! : p.candidates
    const row = agreed(readings)
    result[p.key] = row
    const unread = row.filter((v) => v === null).length
    if (p.gap) {
      notes.push({
        field: `requests.${p.key}`,
        message: `表三「${rowName(p.key)}」行少一格（空白格未印出），表内合计关系${unread > 1 ? `不能确定其中 ${unread} 格，未读取` : '确定了各数所在的列，所缺一格未读取'}。`,
      })
    } else if (unread) {
      notes.push({
        field: `requests.${p.key}`,
        message: `表三「${rowName(p.key)}」行的数字连在一起（${p.candidates.length} 种拆法），表内合计关系不能唯一确定其中 ${unread} 格，未读取。`,
      })
    }
  })
  return result
}
