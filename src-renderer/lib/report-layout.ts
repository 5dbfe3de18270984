// The report's tables laid out like the official template: which rows and columns each template
// prints, their labels (shared/model/template-labels.ts), and each cell's correction path and
// provenance key.
import type { RequestRowKey, Report, ReviewGroup } from '../../shared/model/report'
import { REQUEST_ROW_KEYS, REVIEW_GROUPS } from '../../shared/model/report'
import type { CorrectionPath } from '../../shared/model/schema'
import { DISCLOSURE_LABELS, REQUEST_ROW_GROUP, REQUEST_ROW_LABELS, requestRowsOf } from '../../shared/model/template-labels'

/** A number cell of the report, wherever it is. */
export interface CellRef {
  /** Key as the flag evidence names it (lib/evidence.ts). */
  key: string
  path: CorrectionPath
  /** Provenance entry (extraction.provenance) the value was read from. */
  provKey: string
  label: string
}

export const OUTCOME_BLOCK = '三、本年度办理结果'

export interface RequestRowLayout {
  key: RequestRowKey
  /** Label cells: [outer, group, label] with spans; null = covered by a span above. */
  outer: { text: string; rowspan: number; colspan: number } | null
  group: { text: string; rowspan: number; colspan: number } | null
  label: { text: string; colspan: number } | null
}

const TOP_LEVEL = new Set<RequestRowKey>(['received', 'carriedOver', 'carriedForward'])

/** Table 三 rows of the report's template (2019 layout for a legacy report that has the table). */
export function requestRows(report: Report): RequestRowKey[] {
  if (report.template === '2021') return requestRowsOf('2021')
  if (report.template === '2019') return requestRowsOf('2019')
  // Legacy: only the rows it has, in template order.
  return REQUEST_ROW_KEYS.filter((k) => report.requests.rows[k])
}

export function requestLayout(rows: RequestRowKey[]): RequestRowLayout[] {
  const outcomeRows = rows.filter((k) => !TOP_LEVEL.has(k))
  return rows.map((key, i) => {
    if (TOP_LEVEL.has(key)) return { key, outer: { text: REQUEST_ROW_LABELS[key], rowspan: 1, colspan: 3 }, group: null, label: null }
    const firstOutcome = outcomeRows[0] === key
    const outer = firstOutcome ? { text: OUTCOME_BLOCK, rowspan: outcomeRows.length, colspan: 1 } : null
    const g = REQUEST_ROW_GROUP[key]
    if (!g) return { key, outer, group: { text: REQUEST_ROW_LABELS[key], rowspan: 1, colspan: 2 }, label: null }
    const firstOfGroup = REQUEST_ROW_GROUP[rows[i - 1] as RequestRowKey] !== g
    const span = rows.filter((k) => REQUEST_ROW_GROUP[k] === g).length
    return { key, outer, group: firstOfGroup ? { text: g, rowspan: span, colspan: 1 } : null, label: { text: REQUEST_ROW_LABELS[key], colspan: 1 } }
  })
}

export function requestCell(row: RequestRowKey, col: number, label: string): CellRef {
  return { key: `requests.${row}.${col}`, path: ['requests', 'rows', row, col], provKey: `requests.${row}`, label }
}

export function reviewCell(group: ReviewGroup, col: number, label: string): CellRef {
  return { key: `reviewLitigation.${group}.${col}`, path: ['reviewLitigation', group, col], provKey: `reviewLitigation.${group}`, label }
}

export const REVIEW_ORDER: readonly ReviewGroup[] = REVIEW_GROUPS

/** Section 二 of the report's template: rows with their fields. */
export interface DisclosureRow {
  item: string
  label: string
  fields: { field: string; label: string }[]
}

const FIELDS_2019: Record<string, string[]> = {
  rules: ['newlyMade', 'newlyPublished', 'publishedTotal'],
  normativeDocs: ['newlyMade', 'newlyPublished', 'publishedTotal'],
  licensing: ['lastYearItems', 'change', 'decisions'],
  otherServices: ['lastYearItems', 'change', 'decisions'],
  penalties: ['lastYearItems', 'change', 'decisions'],
  enforcement: ['lastYearItems', 'change', 'decisions'],
  fees: ['lastYearItems', 'change'],
  procurement: ['projects', 'amountWanYuan'],
}
const FIELDS_2021: Record<string, string[]> = {
  rules: ['issued', 'repealed', 'inForce'],
  normativeDocs: ['issued', 'repealed', 'inForce'],
  licensing: ['decisions'],
  penalties: ['decisions'],
  enforcement: ['decisions'],
  fees: ['amountWanYuan'],
}

export function disclosureRows(report: Report): DisclosureRow[] {
  const tpl = report.template === '2021' ? '2021' : '2019'
  const labels = DISCLOSURE_LABELS[tpl]
  const fields = tpl === '2021' ? FIELDS_2021 : FIELDS_2019
  const rowLabels = labels.rows as Record<string, string>
  const fieldLabels = labels.fields as Record<string, string>
  return Object.keys(fields).map((item) => ({
    item,
    label: rowLabels[item] ?? item,
    fields: fields[item]!.map((f) => ({ field: f, label: fieldLabels[f] ?? f })),
  }))
}

export function disclosureCell(item: string, field: string, label: string): CellRef {
  return { key: `activeDisclosure.${item}.${field}`, path: ['activeDisclosure', item, field], provKey: `activeDisclosure.${item}`, label }
}

export function disclosureValue(report: Report, item: string, field: string): number | null {
  const v = (report.activeDisclosure as Record<string, Record<string, number | null> | undefined>)[item]?.[field]
  return v === undefined ? null : v
}

/** The cell key of a correction path (null for non-cell paths: agency, year, section 五 categories). */
export function cellKeyOfPath(path: CorrectionPath): string | null {
  switch (path[0]) {
    case 'metrics':
      return `metrics.${path[1]}`
    case 'requests':
      return `requests.${path[2]}.${path[3]}`
    case 'reviewLitigation':
      return `reviewLitigation.${path[1]}.${path[2]}`
    case 'activeDisclosure':
      return `activeDisclosure.${path[1]}.${path[2]}`
    default:
      return null
  }
}
