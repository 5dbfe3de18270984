// The rows of a report read by OCR, for checking against the scan: those with a number left out
// (OCR could not vouch for it) first, then those placed by the table's sums, then the rest, each in
// page order. Pure: built from the stored extraction.
import type { Extraction } from '../../shared/model/extraction'
import type { RequestRowKey, ReviewGroup } from '../../shared/model/report'
import { REQUEST_ROW_LABELS, REVIEW_GROUP_LABELS } from '../../shared/model/template-labels'
import { disclosureCell, disclosureRows, requestCell, reviewCell, type CellRef } from './report-layout'

export type ScanRowState = 'unverified' | 'sums' | 'checked'

export interface ScanRow {
  field: string
  label: string
  state: ScanRowState
  page: number
  cell: CellRef
}

const RANK: Record<ScanRowState, number> = { unverified: 0, sums: 1, checked: 2 }

/** The row's name as the template prints it, and the cell its first number is in. */
function cellOf(field: string, ex: Extraction): { label: string; cell: CellRef } | null {
  const [table, ...rest] = field.split('.')
  const key = rest.join('.')
  if (table === 'requests') {
    const label = REQUEST_ROW_LABELS[key as RequestRowKey] ?? key
    return { label, cell: requestCell(key as RequestRowKey, 0, label) }
  }
  if (table === 'reviewLitigation') {
    const label = `表四 · ${REVIEW_GROUP_LABELS[key as ReviewGroup] ?? key}`
    return { label, cell: reviewCell(key as ReviewGroup, 0, label) }
  }
  if (table === 'activeDisclosure') {
    const row = disclosureRows(ex.report).find((r) => r.item === key)
    return row?.fields[0] ? { label: row.label, cell: disclosureCell(key, row.fields[0].field, `${row.label} · ${row.fields[0].label}`) } : null
  }
  return null
}

export function scanRows(ex: Extraction): ScanRow[] {
  const noted = new Set(ex.notes.map((n) => n.field))
  const rows: (ScanRow & { y: number })[] = []
  for (const [field, p] of Object.entries(ex.provenance)) {
    const scan = p.loc.scan
    if (!scan) continue
    const found = cellOf(field, ex)
    if (!found) continue
    const { label, cell } = found
    const state: ScanRowState = noted.has(field) ? 'unverified' : p.how === 'sums' ? 'sums' : 'checked'
    rows.push({ field, label, state, page: scan.page, y: scan.y, cell })
  }
  rows.sort((a, b) => RANK[a.state] - RANK[b.state] || a.page - b.page || a.y - b.y)
  return rows.map(({ y: _y, ...r }) => r)
}
