// Table 三's rows put in the template's column order by the map its header gives (requests-columns.ts):
// before the sums are tried where 总计 is printed elsewhere than last, after them otherwise, and a
// refused header leaving each row only its proven 总计.
import type { RequestRow, RequestRowKey } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import { printedNames, toTemplate, type ColumnMap } from './header-columns'
import { REQUEST_HEADINGS } from './requests-columns'
import { agreedRow, layoutsTheRowsAllow } from './requests-column-agreement'

/** Rows as parsed (their readings and dashed columns), before the sums are tried on them. */
interface ParsedColumns {
  candidates: RequestRow[]
  hidden?: RequestRow[]
  dashes: number[]
  joint?: { readings: RequestRow[][] }
  byColumns?: RequestRow
}

/** Columns whose sums need them in the template's order first: 总计 printed elsewhere than last. */
const totalMoved = (map: ColumnMap): boolean => map.kind === 'labels' && map.printed[6] !== 6

const orderNote = (printed: number[]): ExtractionNote => ({ field: 'requests', message: `表三各列按表头列名对应：表头的列序为${printedNames(printed, REQUEST_HEADINGS)}，与模板不同。` })

/**
 * With 总计 printed elsewhere than last, every parsed reading is put in the template's column order
 * (by the header's labels) before the table's sums (row totals in 总计) are tried on it. (The six
 * applicant columns enter the sums alike: their order is mended after the proofs, below.)
 */
export function parsedToTemplate(parsed: ParsedColumns[], map: ColumnMap, notes: ExtractionNote[]): void {
  if (map.kind !== 'labels' || !totalMoved(map)) return
  const { printed } = map
  const seen = new Set<RequestRow[][]>()
  for (const p of parsed) {
    p.candidates = p.candidates.map((r) => toTemplate(r, printed, null))
    if (p.hidden) p.hidden = p.hidden.map((r) => toTemplate(r, printed, null))
    p.dashes = p.dashes.map((c) => printed[c] ?? c)
    if (p.byColumns) p.byColumns = toTemplate(p.byColumns, printed, null)
    if (p.joint && !seen.has(p.joint.readings)) {
      seen.add(p.joint.readings)
      p.joint.readings.forEach((reading, i) => (p.joint!.readings[i] = reading.map((r) => toTemplate(r, printed, null))))
    }
  }
  notes.push(orderNote(printed))
}

/**
 * A row's 总计 where the header cannot place the columns: the last cell, where it equals the sum of
 * the six before it. Whatever the printed order, it is then the total (were the total another cell
 * t, the last cell would be t plus the rest and t the last cell plus the rest: the rest is 0 and the
 * two are one number).
 */
function provenTotal(row: RequestRow): number | null {
  const total = row[6]
  if (row.length !== 7 || total == null || row.slice(0, 6).some((v) => v == null)) return null
  return row.slice(0, 6).reduce<number>((s, v) => s + v!, 0) === total ? total : null
}

const TOTAL_KEPT = '本行只读取总计（等于本行其余六格之和，不论各列次序如何都是总计），其余各格未读取。'
const agreedKept = (n: number): string =>
  `本行只读取总计（等于本行其余六格之和，不论各列次序如何都是总计）和 ${n} 格申请人数字（「自然人」「总计」排在五类法人或其他组织之前或之后，表内合计关系容许的各种列序读得同一个数），其余各格未读取。`

/** How a refused header's rows may still be read where the few orders it leaves open agree (requests-column-agreement.ts). */
export interface AgreementOptions {
  /** The rows are the table's printed seven columns (no 小计 or other column dropped from them). */
  sevenColumns: boolean
  /** Rows with a cell the reader doubts (a stray digit): their applicant cells are not read by agreement. */
  doubted?: ReadonlySet<RequestRowKey>
}

/**
 * The proven rows in the template's column order: applicant columns by the header's labels; a
 * header whose labels cannot be mapped leaves every row's applicant columns unread, each with the
 * reason (the 总计 is kept where the row's own sum proves it).
 */
export function rowsInTemplateOrder(rows: Partial<Record<RequestRowKey, RequestRow>>, map: ColumnMap, notes: ExtractionNote[], agreement?: AgreementOptions): Partial<Record<RequestRowKey, RequestRow>> {
  if (map.kind === 'template' || totalMoved(map)) return rows
  const out: Partial<Record<RequestRowKey, RequestRow>> = {}
  // The orders the header leaves open, less those the rows' sums rule out (总计 where no row adds up to it);
  // only in seven columns with no column of another kind named (上年总计: no order of these holds it).
  const readings = map.kind === 'refused' && map.readings && map.totalLast && agreement?.sevenColumns ? layoutsTheRowsAllow(map.readings, Object.values(rows)) : null
  for (const [k, row] of Object.entries(rows) as [RequestRowKey, RequestRow][]) {
    if (map.kind === 'labels') out[k] = toTemplate(row, map.printed, null)
    else {
      const total = map.totalLast ? provenTotal(row) : null
      const agreed = readings && total !== null && !agreement?.doubted?.has(k) ? agreedRow(row, readings) : null
      out[k] = row.map((_, i) => (i === 6 ? total : (agreed?.[i] ?? null)))
      const kept = out[k]!.slice(0, 6).filter((x) => x !== null).length
      const message = total == null ? map.message : map.message.replace(/本行未读取。$/, kept ? agreedKept(kept) : TOTAL_KEPT)
      notes.push({ field: `requests.${k}`, message })
    }
  }
  if (map.kind === 'labels') notes.push(orderNote(map.printed))
  return out
}

/** The template column of a printed column in the rows the proofs saw. */
export const provenColumn = (map: ColumnMap): ((printed: number) => number) => (map.kind === 'labels' && !totalMoved(map) ? (c) => map.printed[c] ?? c : (c) => c)
