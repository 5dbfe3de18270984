// Random plausible tables 三 and 四 printed run together (crawled text that lost its cell borders),
// with or without one slip: one cell off by a small amount, so the report's own sums fail once.
// Sizes like real reports: mostly zeros and small numbers, some tens, a few hundreds.
import type { RequestRow, RequestRowKey } from '../../../shared/model/report'
import { REVIEW_COLUMN_LABELS, REVIEW_GROUP_LABELS, requestRowsOf } from '../../../shared/model/template-labels'
import { chance, type Rand } from '../generator/rng'
import { crawledRequests } from '../../support/crawled-requests'

/** A count as reports print them: 0 half the time, a digit, sometimes tens, rarely hundreds. */
export function drawCount(rand: Rand, scale = 1): number {
  const r = rand()
  if (r < 0.5) return 0
  if (r < 0.85) return 1 + Math.floor(rand() * 9 * scale)
  if (r < 0.97) return 10 + Math.floor(rand() * 90)
  return 100 + Math.floor(rand() * 400)
}

/** One cell off: mostly by 1–3, a fifth of the time by 4–40 (never below 0, never unchanged). */
export function slipCell(rand: Rand, v: number): number {
  const d = chance(rand, 0.8) ? 1 + Math.floor(rand() * 3) : 4 + Math.floor(rand() * 37)
  return v >= d && chance(rand, 0.5) ? v - d : v + d
}

/** How the crawler prints a count: every cell written, or zero cells blank and dropped. */
export type ZeroStyle = 'zeros' | 'blanks'
const print = (v: number, style: ZeroStyle): string => (v === 0 && style === 'blanks' ? '' : String(v))

/** Table 四: three groups of 维持 纠正 其他 尚未审结 总计; `slip` puts one cell off. */
export function drawReview(rand: Rand, slip: boolean): number[] {
  const cells: number[] = []
  for (let g = 0; g < 3; g++) {
    const busy = chance(rand, 0.6)
    const four = [0, 1, 2, 3].map(() => (busy ? drawCount(rand) : 0))
    cells.push(...four, four.reduce((a, b) => a + b, 0))
  }
  if (slip) {
    const i = Math.floor(rand() * cells.length)
    cells[i] = slipCell(rand, cells[i]!)
  }
  return cells
}

const REVIEW_HEAD = (() => {
  const five = REVIEW_COLUMN_LABELS.join('')
  return `${REVIEW_GROUP_LABELS.review}行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉${five}${five}`
})()

/** Table 四 as a crawler prints it: the header's words, then every cell's digits with nothing between. */
export function printReview(cells: number[], style: ZeroStyle): string {
  return `${REVIEW_HEAD}${cells.map((v) => print(v, style)).join('')}\n五、存在的主要问题`
}

export type DrawnRequests = Partial<Record<RequestRowKey, RequestRow>>
const OUTCOMES = requestRowsOf('2021').filter((k) => !['received', 'carriedOver', 'handledTotal', 'carriedForward'].includes(k))

/**
 * Table 三 (2021 template) whose identities hold: each row's six applicant columns add up to 总计,
 * （七）总计 = the outcome rows, 一 + 二 = （七） + 四. Most outcome rows are all zero.
 */
export function drawRequests(rand: Rand, slip: boolean): DrawnRequests {
  const rows: DrawnRequests = {}
  const col = (k: RequestRowKey, c: number): number => rows[k]?.[c] ?? 0
  const withTotal = (six: number[]): RequestRow => [...six, six.reduce((a, b) => a + b, 0)]
  const zero = [0, 0, 0, 0, 0, 0]
  for (const k of OUTCOMES) {
    const busy = k === 'granted' ? 0.9 : chance(rand, 0.5) ? 0.15 : 0.05
    rows[k] = withTotal(chance(rand, busy) ? zero.map((_, c) => (c === 0 || chance(rand, 0.4) ? drawCount(rand) : 0)) : zero)
  }
  const handled = zero.map((_, c) => OUTCOMES.reduce((a, k) => a + col(k, c), 0))
  rows.handledTotal = withTotal(handled)
  rows.carriedForward = withTotal(zero.map(() => (chance(rand, 0.2) ? drawCount(rand) : 0)))
  const over = zero.map((_, c) => (chance(rand, 0.2) ? Math.min(drawCount(rand), handled[c]! + col('carriedForward', c)) : 0))
  rows.carriedOver = withTotal(over)
  rows.received = withTotal(zero.map((_, c) => handled[c]! + col('carriedForward', c) - over[c]!))
  if (slip) {
    const keys = Object.keys(rows) as RequestRowKey[]
    const k = keys[Math.floor(rand() * keys.length)]!
    const c = Math.floor(rand() * 7)
    const row = rows[k]!.slice() as number[]
    row[c] = slipCell(rand, row[c]!)
    rows[k] = row as RequestRow
  }
  return rows
}

/** Table 三 as a crawler prints it: each label, then its cells' digits with nothing between. */
export function printRequests(rows: DrawnRequests, style: ZeroStyle): string {
  return crawledRequests(rows, (v) => print(v, style))
}
