// Year comparison: every field of the model for two or more years of one body, with the change
// between each year and the one before it in the table.
import type { Report } from '../model/report'
import { METRIC_KEYS, REQUEST_ROW_KEYS, REVIEW_COLUMNS, REVIEW_GROUPS } from '../model/report'
import type { ReportItem, YearComparison, YearComparisonRow } from './types'
import { byYear, itemAgency } from './items'
import { changeCell } from './change'
import {
  ACTIVE_FIELD_LABELS,
  ACTIVE_ITEM_LABELS,
  METRIC_LABELS,
  REQUEST_COLUMN_LABELS_EN,
  REQUEST_COLUMN_LABELS_ZH,
  REQUEST_ROW_LABELS,
  REVIEW_COLUMN_LABELS,
  REVIEW_GROUP_LABELS,
} from './labels'
import { TOTAL_COLUMN } from './figures'

export interface YearCompareOptions {
  /** Years to compare (default: every year with a report, ascending). */
  years?: number[]
  /** Table 三: every column, or only 总计 (default 'all'). */
  requestColumns?: 'all' | 'total'
}

interface FieldSpec {
  key: string
  groupZh: string
  labelZh: string
  labelEn: string
  get: (r: Report) => number | null
}

const G_METRICS = '正文所述数字'
const G_ACTIVE = '二、主动公开政府信息情况'
const G_REQUESTS = '三、收到和处理政府信息公开申请情况'
const G_REVIEW = '四、行政复议、行政诉讼情况'

function metricSpecs(): FieldSpec[] {
  return METRIC_KEYS.map((k) => ({
    key: `metrics.${k}`,
    groupZh: G_METRICS,
    labelZh: METRIC_LABELS[k]?.zh ?? k,
    labelEn: METRIC_LABELS[k]?.en ?? k,
    get: (r) => r.metrics[k],
  }))
}

/** Section 二 fields present in at least one of the reports (the two templates have different fields). */
function activeSpecs(reports: Report[]): FieldSpec[] {
  const seen = new Map<string, FieldSpec>()
  for (const r of reports) {
    const ad = r.activeDisclosure as Record<string, Record<string, number | null> | undefined>
    for (const [item, fields] of Object.entries(ad)) {
      if (!fields) continue
      for (const field of Object.keys(fields)) {
        const key = `activeDisclosure.${item}.${field}`
        if (seen.has(key)) continue
        const itemL = ACTIVE_ITEM_LABELS[item]
        const fieldL = ACTIVE_FIELD_LABELS[field]
        seen.set(key, {
          key,
          groupZh: G_ACTIVE,
          labelZh: `${(r.template === '2019' ? itemL?.zh2019 : itemL?.zh2021) ?? item} · ${fieldL?.zh ?? field}`,
          labelEn: `${itemL?.en ?? item} · ${fieldL?.en ?? field}`,
          get: (x) => {
            const v = (x.activeDisclosure as Record<string, Record<string, number | null> | undefined>)[item]?.[field]
            return v === undefined ? null : v
          },
        })
      }
    }
  }
  return [...seen.values()]
}

function requestSpecs(reports: Report[], columns: 'all' | 'total'): FieldSpec[] {
  const cols = columns === 'all' ? [0, 1, 2, 3, 4, 5, 6] : [TOTAL_COLUMN]
  const out: FieldSpec[] = []
  for (const rowKey of REQUEST_ROW_KEYS) {
    if (!reports.some((r) => r.requests.rows[rowKey])) continue
    const rl = REQUEST_ROW_LABELS[rowKey]
    for (const c of cols) {
      out.push({
        key: `requests.${rowKey}.${c}`,
        groupZh: G_REQUESTS,
        labelZh: `${rl.zh} · ${REQUEST_COLUMN_LABELS_ZH[c]}`,
        labelEn: `${rl.en} · ${REQUEST_COLUMN_LABELS_EN[c]}`,
        get: (r) => r.requests.rows[rowKey]?.[c] ?? null,
      })
    }
  }
  return out
}

function reviewSpecs(): FieldSpec[] {
  const out: FieldSpec[] = []
  for (const g of REVIEW_GROUPS) {
    REVIEW_COLUMNS.forEach((col, c) => {
      out.push({
        key: `reviewLitigation.${g}.${c}`,
        groupZh: G_REVIEW,
        labelZh: `${REVIEW_GROUP_LABELS[g].zh} · ${REVIEW_COLUMN_LABELS[col].zh}`,
        labelEn: `${REVIEW_GROUP_LABELS[g].en} · ${REVIEW_COLUMN_LABELS[col].en}`,
        get: (r) => r.reviewLitigation[g]?.[c] ?? null,
      })
    })
  }
  return out
}

export function compareYears(items: readonly ReportItem[], opts: YearCompareOptions = {}): YearComparison {
  const map = byYear(items)
  const years = (opts.years ?? [...map.keys()]).slice().sort((a, b) => a - b)
  const reports = years.map((y) => map.get(y)?.extraction.report ?? null)
  const present = reports.filter((r): r is Report => r !== null)
  const specs = [
    ...metricSpecs(),
    ...activeSpecs(present),
    ...requestSpecs(present, opts.requestColumns ?? 'all'),
    ...reviewSpecs(),
  ]
  const rows: YearComparisonRow[] = specs.map((s) => {
    const values = reports.map((r) => (r ? s.get(r) : null))
    const changes = values.slice(1).map((v, i) => changeCell(s.key, values[i] ?? null, v))
    return { key: s.key, groupZh: s.groupZh, labelZh: s.labelZh, labelEn: s.labelEn, values, changes }
  })
  const agency = [...map.values()].map(itemAgency).find((a) => a !== null) ?? null
  return { agency, years, rows }
}
