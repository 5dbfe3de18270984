// Table 三 printed with an extra 小计 column (the subtotal of the five 法人或其他组织 columns), eight
// cells a row. The template has no such column, so it is left out — at the place the rows' own sums
// show: 小计 = the five cells beside it, and 总计 = 自然人 + 小计.
import type { RequestRow } from '../model/report'
import { fuzzy } from './row-labels'
import type { SumRule } from './digit-split'
import type { ExtractionNote } from '../model/extraction'
import type { ParsedRow } from './requests-parsed-row'
import { rowName } from './requests-proof'

/** The header of a table with a 小计 column. */
export const SUBTOTAL_HEADER = new RegExp(fuzzy('小计'))

/** Where 小计 may stand: after the five organisation columns, or before them. */
const PLACES: { at: number; parts: number[] }[] = [
  { at: 6, parts: [1, 2, 3, 4, 5] },
  { at: 1, parts: [2, 3, 4, 5, 6] },
]

const v = (x: number | null | undefined): number => x ?? 0

function fits(row: RequestRow, place: { at: number; parts: number[] }): boolean {
  const sub = place.parts.reduce((a, c) => a + v(row[c]), 0)
  return v(row[place.at]) === sub && v(row[0]) + sub === v(row[7])
}

export const withoutColumn = (row: RequestRow, at: number): RequestRow => row.filter((_, c) => c !== at)

/** Where the header prints 小计: after the first organisation column's heading (6) or before it (1). */
export function subtotalPlaceInHeader(header: string): number | null {
  const sub = header.search(SUBTOTAL_HEADER)
  const firstOrg = header.search(new RegExp(fuzzy('商业企业')))
  if (sub < 0 || firstOrg < 0) return null
  return sub > firstOrg ? 6 : 1
}

/**
 * The column of 小计 in rows of eight cells: a place that fits every row that fits any place (a row
 * with the report's own wrong sum fits none and does not vote) — the header's place where several
 * fit; null when no row decides, the rows contradict the header, or two places fit all and would
 * read some row differently.
 */
export function subtotalColumn(rows: RequestRow[], headerPlace: number | null): number | null {
  const deciding = rows.filter((r) => r.length === 8 && PLACES.some((p) => fits(r, p)))
  if (deciding.length === 0) return null
  const ok = PLACES.filter((p) => deciding.every((r) => fits(r, p))).map((p) => p.at)
  if (headerPlace !== null) return ok.includes(headerPlace) ? headerPlace : null
  if (ok.length === 0) return null
  const at = ok[0]!
  const same = ok.every((p) => rows.every((r) => JSON.stringify(withoutColumn(r, p)) === JSON.stringify(withoutColumn(r, at))))
  return same ? at : null
}

/** The sums of an eight-cell row with 小计 at `at`: for splitting run-together digits. */
export function subtotalRules(at: number): SumRule[] {
  const place = PLACES.find((p) => p.at === at)!
  return [
    { parts: place.parts, total: place.at },
    { parts: [0, place.at], total: 7 },
  ]
}

/** Leaves the 小计 column out of eight-cell rows where the sums place it; else the rows stay unread. */
/** `underRemarks`: the header names a remarks column (a dash may then be a row's remark). */
export function dropSubtotalColumn(parsed: ParsedRow[], headerPlace: number | null, notes: ExtractionNote[], underRemarks = false): void {
  const at = subtotalColumn(
    parsed.flatMap((p) => p.candidates),
    headerPlace,
  )
  const joint = new Map<RequestRow[][], RequestRow[][]>()
  for (const p of parsed) {
    if (at === null) {
      p.candidates = []
      notes.push({ field: `requests.${p.key}`, message: `表三多出「小计」列，各行合计关系不能确定其位置，「${rowName(p.key)}」行未读取。` })
      continue
    }
    // Under a remarks column, a row failing its own 小计/总计 with a dash among its cells: the dash may be
    // the row's remark (run together with the cells), not a 0, and each cell one place off. (Elsewhere
    // a failing sum is the report's own slip, read as printed.)
    const place = PLACES.find((q) => q.at === at)!
    if (underRemarks && p.dashes.length && p.candidates.some((r) => r.length === 8 && !fits(r, place))) {
      p.candidates = []
      notes.push({ field: `requests.${p.key}`, message: `表三「${rowName(p.key)}」行的数字与其小计、总计不符，行内的「—」「/」可能是备注而不是 0，各数所在的列不能确定，未读取。` })
      continue
    }
    p.candidates = p.candidates.map((r) => withoutColumn(r, at))
    if (p.hidden) p.hidden = p.hidden.map((r) => withoutColumn(r, at))
    p.dashes = p.dashes.filter((c) => c !== at).map((c) => (c > at ? c - 1 : c))
    // Rows cut from one run together share their readings: the column goes from those too (once, so they stay shared).
    if (p.joint) {
      const readings = p.joint.readings
      if (!joint.has(readings)) joint.set(readings, readings.map((rows) => rows.map((r) => withoutColumn(r, at))))
      p.joint = { readings: joint.get(readings)!, index: p.joint.index }
    }
  }
}
