// Several bodies in one year: one row per body, the headline figures as columns.
import type { BodyComparison, CategorySeries, FieldDef, ReportItem } from './types'
import { OUTCOME_GROUPS, outcomeTotal } from './figures'
import { HEADLINE_FIELDS } from './headline'
import { ofYearByBody } from './items'

export function compareBodies(
  items: readonly ReportItem[],
  year: number,
  fields: readonly FieldDef[] = HEADLINE_FIELDS,
): BodyComparison {
  const rows: BodyComparison['rows'] = []
  // One row per series (two towns of one name are two rows, named apart).
  for (const { name, item } of ofYearByBody(items, year)) rows.push({ itemId: item.id, agency: name, values: fields.map((f) => f.get(item)) })
  return { year, fields: fields.map(({ get: _get, ...rest }) => rest), rows }
}

/** Figures drawn for several bodies in one year (same numbers as the table). */
const BODY_CHART_FIELDS = ['requestsReceived', 'activeDisclosureItems', 'hotlineCalls', 'reviewTotal', 'litigationTotal']

export function buildBodySeries(items: readonly ReportItem[], year: number): CategorySeries[] {
  const rows = ofYearByBody(items, year)
  const picked = rows.map((r) => r.item)
  const categories = rows.map((r) => r.name)
  const note = `数据来源：各机关 ${year} 年政府信息公开工作年度报告；未载明的显示为空缺。`
  const noteEn = `Source: each body's ${year} government information disclosure annual report; figures not stated are left blank.`
  const out: CategorySeries[] = []
  for (const key of BODY_CHART_FIELDS) {
    const f = HEADLINE_FIELDS.find((x) => x.key === key)
    if (!f) continue
    out.push({
      id: f.key,
      titleZh: `${f.labelZh}（${year} 年各机关）`,
      titleEn: `${f.labelEn} (${year}, by body)`,
      unitZh: f.unitZh,
      chart: 'bar',
      year,
      categories,
      datasets: [{ key: f.key, labelZh: f.labelZh, labelEn: f.labelEn, values: picked.map((i) => f.get(i)) }],
      sourceNote: note,
      sourceNoteEn: noteEn,
    })
  }
  out.push({
    id: 'outcomes',
    titleZh: `申请办理结果（${year} 年各机关）`,
    titleEn: `Outcomes of requests (${year}, by body)`,
    unitZh: '件',
    chart: 'stackedBar',
    year,
    categories,
    datasets: OUTCOME_GROUPS.map((g) => ({
      key: g.key,
      labelZh: g.labelZh,
      labelEn: g.labelEn,
      values: picked.map((i) => outcomeTotal(i.extraction.report, g.key)),
    })),
    sourceNote: note,
    sourceNoteEn: noteEn,
  })
  return out
}
