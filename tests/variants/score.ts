// Scores one variant's extraction against its model: every cell is right, wrong (a number that is
// not the model's: the one thing never allowed), or unread (null) — and an unread cell must have a
// note saying why ("silent" counts those that have none).
import type { Extraction } from '../../shared/model/extraction'
import type { Variant } from './generator/variant'
import { expectedValue } from './generator/numbers'

export interface VariantScore {
  right: number
  wrong: number
  unread: number
  /** Unread cells without any note on their row or table. */
  silent: number
  misses: string[]
}

/** Per table: whether any of its cells was read (a table-wide note then explains no single cell). */
function tableReadAny(ex: Extraction): Record<string, boolean> {
  const nums = (x: unknown): boolean => (Array.isArray(x) ? x.some(nums) : x !== null && typeof x === 'object' ? Object.values(x).some(nums) : typeof x === 'number')
  const r = ex.report
  return { requests: nums(r.requests.rows), reviewLitigation: nums(r.reviewLitigation), activeDisclosure: nums(r.activeDisclosure) }
}

export function scoreVariant(v: Variant, ex: Extraction): VariantScore {
  const s: VariantScore = { right: 0, wrong: 0, unread: 0, silent: 0, misses: [] }
  // A cell's note must name its row (or a sub-row under it); a note on the whole table counts only
  // where nothing of that table was read (one note per row is what a user needs to see why).
  const readAny = tableReadAny(ex)
  const noted = (field: string, table: string): boolean =>
    ex.notes.some((n) => n.field === field || n.field.startsWith(`${field}.`) || ((n.field === table || n.field === `section.${table}`) && !readAny[table]))
  const cell = (path: string, field: string, table: string, want: number | null, got: number | null | undefined): void => {
    const w = expectedValue(v.choices.numbers, want)
    const g = got ?? null
    if (g === w) s.right++
    else if (g === null) {
      s.unread++
      if (!noted(field, table)) {
        s.silent++
        s.misses.push(`缺(无说明) ${path}: 应为 ${w}`)
      } else s.misses.push(`缺 ${path}: 应为 ${w}`)
    } else {
      s.wrong++
      s.misses.push(`错 ${path}: 应为 ${w}，读到 ${g}`)
    }
  }
  const rows = ex.report.requests.rows as Record<string, (number | null)[] | undefined>
  for (const [k, cells] of v.model.requests) cells.forEach((want, i) => cell(`requests.${k}[${i}]`, `requests.${k}`, 'requests', want, rows[k]?.[i]))

  const rl = ex.report.reviewLitigation
  for (const g of ['review', 'litigationDirect', 'litigationAfterReview'] as const) {
    const want = v.model.review?.[g] ?? null
    const got = rl[g]
    if (want === null) {
      if (got?.some((x) => x !== null)) {
        s.wrong += 5
        s.misses.push(`错 reviewLitigation.${g}: 表四不存在，读到 ${JSON.stringify(got)}`)
      }
      continue
    }
    want.forEach((w, i) => cell(`reviewLitigation.${g}[${i}]`, `reviewLitigation.${g}`, 'reviewLitigation', w, got?.[i]))
  }

  const ad = ex.report.activeDisclosure as Record<string, Record<string, number | null> | undefined>
  for (const [row, fields] of v.model.disclosure) {
    for (const [f, want] of fields) cell(`activeDisclosure.${row}.${f}`, `activeDisclosure.${row}`, 'activeDisclosure', want, ad[row]?.[f])
  }
  return s
}
