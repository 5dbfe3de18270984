// A second table 三 with the same row labels in the zone (last year's table printed beside this
// year's, review 10 R10-6): in plain pdftotext the two tables' lines interleave, and a run of numbers
// placed by position, or by the table's sums, may be the other table's row — every row of either
// table adds up across, and the column sums of a half-read table prove little. Only rows whose cells
// follow their own label stand; the rest are left empty with a note.
import type { RequestRow, RequestRowKey } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import { rowName, type RowHow } from './requests-proof'

type Rows = Partial<Record<RequestRowKey, RequestRow>>

export function unreadPlacedRowsBesideSecondTable(rows: Rows, how: Partial<Record<RequestRowKey, RowHow>>, notes: ExtractionNote[]): Rows {
  const out: Rows = { ...rows }
  for (const k of Object.keys(rows) as RequestRowKey[]) {
    if (how[k] !== 'sums' || !rows[k]!.some((x) => x !== null)) continue
    out[k] = rows[k]!.map(() => null)
    delete how[k]
    notes.push({ field: `requests.${k}`, message: `表三旁另有一张行名相同的表（如上年数据），「${rowName(k)}」行的数字未紧随其行名，可能属于另一张表，未读取。` })
  }
  return out
}
