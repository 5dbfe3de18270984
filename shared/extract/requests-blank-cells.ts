// Cells printed blank in a table that keeps its empty cells (a PDF's or web page's table cell with
// nothing in it): left empty, as printed — a blank is not taken for 0. Each row read with such cells,
// and with no other note, says so (review rv17b m07b: 118 blank cells came out empty without a word).
import type { ExtractionNote } from '../model/extraction'
import type { RequestRow, RequestRowKey } from '../model/report'
import type { ParsedRow } from './requests-parsed-row'
import { rowName } from './requests-proof'

const blanks = (row: RequestRow): number => row.filter((x) => x === null).length

export function blankCellNotes(rows: Partial<Record<RequestRowKey, RequestRow>>, parsed: ParsedRow[], notes: ExtractionNote[]): ExtractionNote[] {
  const out: ExtractionNote[] = []
  for (const p of parsed) {
    const row = rows[p.key]
    // Read as printed (one reading, nothing cut or missing), its empty cells the printed blanks.
    if (!row || p.candidates.length !== 1 || p.gap || p.blanks || p.joint) continue
    const n = blanks(p.candidates[0]!)
    if (n === 0 || blanks(row) !== n || notes.some((x) => x.field === `requests.${p.key}`)) continue
    const whole = n === row.length
    out.push({ field: `requests.${p.key}`, message: whole ? `表三「${rowName(p.key)}」行各格都是空白（未印数字），留空，未当作 0。` : `表三「${rowName(p.key)}」行有 ${n} 格空白（未印数字），留空，未当作 0。` })
  }
  return out
}
