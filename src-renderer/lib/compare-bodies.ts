// Several bodies of one year side by side, every field of the model: one column per body, and the
// change of each body against the first (the baseline the user put first).
import type { ReportItem, YearComparisonRow } from '../../shared/series/types'
import { compareYears } from '../../shared/series/year-compare'
import { changeCell } from '../../shared/series/change'

export interface BodiesFieldComparison {
  year: number
  /** Column heads: the bodies' names. */
  agencies: string[]
  itemIds: string[]
  /** changes[i] compares body i + 1 with body 0. */
  rows: YearComparisonRow[]
}

export function compareBodiesAllFields(bodies: { agency: string; items: readonly ReportItem[] }[], year: number): BodiesFieldComparison {
  const present = bodies.map((b) => ({ agency: b.agency, item: b.items.find((i) => i.extraction.report.year === year) })).filter((b) => b.item)
  const perBody = present.map((b) => compareYears([b.item!], { years: [year] }))
  const order: string[] = []
  const meta = new Map<string, Omit<YearComparisonRow, 'values' | 'changes'>>()
  for (const c of perBody) {
    for (const row of c.rows) {
      if (!meta.has(row.key)) {
        order.push(row.key)
        meta.set(row.key, { key: row.key, groupZh: row.groupZh, labelZh: row.labelZh, labelEn: row.labelEn })
      }
    }
  }
  const lookup = perBody.map((c) => new Map(c.rows.map((r) => [r.key, r.values[0] ?? null])))
  const rows = order.map((key): YearComparisonRow => {
    const values = lookup.map((m) => m.get(key) ?? null)
    const base = values[0] ?? null
    return { ...meta.get(key)!, values, changes: values.slice(1).map((v) => changeCell(key, base, v)) }
  })
  return { year, agencies: present.map((b) => b.agency), itemIds: present.map((b) => b.item!.id), rows }
}
