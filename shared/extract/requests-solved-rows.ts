// Table 三 after its runs are read: the solve (rows of several readings, rows placed by the sums), the
// proofs of each row's place, and the guards that leave a read row unread where what the text shows
// does not prove it (strays beside it, broken numbers, a second table, shifted columns…). Each guard
// is its own module; this file only runs them in their order. Part of requests-table.ts's parse.
import type { RequestRowKey } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import { solveRequestsTable } from './requests-solve'
import { proveRequestRows, unreadContradictedDashes } from './requests-proof'
import type { repeatedLabels } from './requests-labels'
import type { Event } from './requests-events'
import { WIDTH } from './requests-run'
import type { requestColumnMap } from './requests-columns'
import { provenColumn, rowsInTemplateOrder } from './requests-column-apply'
import { findStrayDigitCells, unreadStrayDigitCells, withoutStrayDigits } from './requests-stray-digit'
import { rowsBesideStrays } from './requests-stray-rows'
import { unreadFailingWrappedRows } from './requests-wrapped-rest'
import { unreadPlacedRowsBesideSecondTable } from './requests-second-table'
import { unreadPlacedRowsBesideNumerals } from './requests-numeral-rows'
import { unreadImpossibleCounts } from './requests-count-cells'
import { checkedRowsBesideCutTotal } from './requests-cut-total'
import { unreadRowsWithBrokenNumbers, type BrokenNumbers } from './broken-numbers'
import { unreadFailingZeroLedRows } from './requests-zero-led'
import { unreadShiftedRuns } from './requests-shifted-run'
import { unreadRowsAmidHeading } from './requests-heading-amid-cells'
import { unreadFailingRowsAmongDroppedBlanks } from './requests-short-rows'
import { unreadMovedDigits, findMovedDigits } from './requests-moved-digit'
import { refuseShiftedColumns } from './requests-column-guard'
import type { ParsedRow } from './requests-parsed-row'

/** The note of a row placed by its position (no label of its own): dropped where the row ends unread. */
export const POSITION_NOTE = '行未见行名，按其位置读取。'

/** What the run loop of requests-table.ts found, for the solve and the guards after it. */
export interface RunsRead {
  parsed: ParsedRow[]
  notes: ExtractionNote[]
  text: string
  brokenRows: BrokenNumbers['unproven']
  zeroLed: [RequestRowKey, string][]
  shifted: RequestRowKey[][]
  blanksDropped: boolean
  pageNumberLines: [number, number][]
  repeated: ReturnType<typeof repeatedLabels>
  columnMap: ReturnType<typeof requestColumnMap>
  width: number
  printed: Event[]
  lastColumnCut: boolean
  /** Row totals the report states in a sentence before the table (requests-prose-totals.ts). */
  proseTotals: Partial<Record<RequestRowKey, number>>
}

/** The table's rows as proven (template column order), and how each was read; notes added to `notes`. */
export function solvedAndGuardedRows({ parsed, notes, text, brokenRows, zeroLed, shifted, blanksDropped, pageNumberLines, repeated, columnMap, width, printed, lastColumnCut, proseTotals }: RunsRead): ReturnType<typeof proveRequestRows> {
  const holding = new Set<RequestRowKey>()
  // Row totals stated before the table confirm a 总计 every reading gives (requests-prose-totals.ts).
  const solved = solveRequestsTable(parsed, notes, holding, proseTotals)
  // A row placed after the last of several bare labels, in a table where every identity holds with it: proven there.
  for (const p of parsed) if (p.afterLastLabels && holding.has(p.key)) p.placement = 'solved'
  // A footnote mark or hidden digit glued onto a cell (1202 for 120) is left empty, not blamed on the
  // report; the row checks (placement proofs, dashes) see its row without the stray digit.
  const strays = findStrayDigitCells(solved, new Set(parsed.filter((p) => p.candidates.length > 1 || p.blanks).map((p) => p.key)))
  // Cells the solver left open are unknown in the sums that prove positions (not blanks, not 0).
  const open = new Set(parsed.flatMap((p) => (solved[p.key] ?? []).flatMap((x, c) => (x === null && p.candidates.some((r) => r[c] !== null) ? [`${p.key}:${c}`] : []))))
  const proved = proveRequestRows(withoutStrayDigits(solved, strays), parsed, notes, open, new Set(strays.map((s) => s.key)))
  // Rows beside bare digits no row took: read only where the digits are proven theirs or proven not (requests-stray-rows.ts).
  proved.rows = rowsBesideStrays(proved.rows, proved.how, parsed, text, pageNumberLines, notes)
  proved.rows = unreadFailingWrappedRows(proved.rows, proved.how, parsed, text, notes)
  if (blanksDropped) proved.rows = unreadFailingRowsAmongDroppedBlanks(proved.rows, proved.how, notes, parsed, pageNumberLines)
  proved.rows = unreadShiftedRuns(unreadFailingZeroLedRows(unreadRowsWithBrokenNumbers(proved.rows, proved.how, parsed, brokenRows, notes), proved.how, zeroLed, notes), proved.how, shifted, notes)
  proved.rows = unreadRowsAmidHeading(proved.rows, proved.how, parsed, text, notes)
  // Two tables with the same labels in one zone (last year's beside this year's): only rows read
  // right after their own label stand; the sums cannot tell which table a placed run is from.
  if (new Set(repeated.map((r) => r.key)).size >= 2) proved.rows = unreadPlacedRowsBesideSecondTable(proved.rows, proved.how, notes)
  proved.rows = rowsInTemplateOrder(unreadContradictedDashes(proved.rows, parsed, notes), columnMap, notes, { sevenColumns: width === WIDTH, doubted: new Set(strays.map((s) => s.key)) })
  proved.rows = unreadMovedDigits(unreadStrayDigitCells(proved.rows, strays, notes, provenColumn(columnMap)), findMovedDigits(withoutStrayDigits(solved, strays), strays, parsed), notes, provenColumn(columnMap))
  proved.rows = refuseShiftedColumns(proved.rows, notes, rowsInTemplateOrder(withoutStrayDigits(solved, strays), columnMap, []))
  proved.rows = unreadPlacedRowsBesideNumerals(proved.rows, proved.how, parsed, printed, notes)
  proved.rows = unreadImpossibleCounts(proved.rows, notes)
  // A row placed by position that the sums did not prove was not read after all: its note says so, not this one.
  const unread = (k: string): boolean => !proved.rows[k as RequestRowKey]?.some((x) => x !== null)
  for (let i = notes.length - 1; i >= 0; i--) if (notes[i]!.message.endsWith(POSITION_NOTE) && unread(notes[i]!.field.slice('requests.'.length))) notes.splice(i, 1)
  // The table runs past the page's right edge: rows whose seventh cell cannot be 总计, and a 总计
  // read empty, each say so (requests-cut-total.ts).
  if (lastColumnCut) proved.rows = checkedRowsBesideCutTotal(proved.rows, notes)
  return proved
}
