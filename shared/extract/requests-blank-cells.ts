// Cells printed blank in a table that keeps its empty cells (a PDF's or web page's table cell with
// nothing in it): left empty, as printed — a blank is not taken for 0. Each row read with such cells,
// and with no other note, says so (review rv17b m07b: 118 blank cells came out empty without a word).
// In text that drops its blank cells (a row's numbers fewer than its cells), a row whose numbers the
// reader placed keeps its other cells empty the same way; it says so too (issue 10: under a
// 备注 column a lone 「－」 is taken out as a possible remark, and 上年结转 「16 － － － － － 16」 kept
// five cells empty without a word).
import type { ExtractionNote } from '../model/extraction'
import type { RequestRow, RequestRowKey } from '../model/report'
import type { ParsedRow } from './requests-parsed-row'
import { rowName } from './requests-proof'

const blanks = (row: RequestRow): number => row.filter((x) => x === null).length

export function blankCellNotes(rows: Partial<Record<RequestRowKey, RequestRow>>, parsed: ParsedRow[], notes: ExtractionNote[]): ExtractionNote[] {
  const out: ExtractionNote[] = []
  for (const p of parsed) {
    const row = rows[p.key]
    if (row && p.blanks) {
      const note = droppedBlankNote(p, row, notes)
      if (note) out.push(note)
      continue
    }
    // Read as printed (one reading, nothing cut or missing), its empty cells the printed blanks.
    if (!row || p.candidates.length !== 1 || p.gap || p.blanks || p.joint) continue
    const n = blanks(p.candidates[0]!)
    if (n === 0 || blanks(row) !== n || notes.some((x) => x.field === `requests.${p.key}`)) continue
    const whole = n === row.length
    out.push({ field: `requests.${p.key}`, message: whole ? `表三「${rowName(p.key)}」行各格都是空白（未印数字），留空，未当作 0。` : `表三「${rowName(p.key)}」行有 ${n} 格空白（未印数字），留空，未当作 0。` })
  }
  return out
}

/** A row read from text that drops its blanks, some cells read and the rest empty, with no note yet. */
function droppedBlankNote(p: ParsedRow, row: RequestRow, notes: ExtractionNote[]): ExtractionNote | null {
  const n = blanks(row)
  if (n === 0 || n === row.length || notes.some((x) => x.field === `requests.${p.key}`)) return null
  const printed = p.underRemarks ? '未印数字（文本不留空格；备注栏下单独的「－」「无」也可能是备注，不当作数字）' : '未印数字（文本不留空格）'
  return { field: `requests.${p.key}`, message: `表三「${rowName(p.key)}」行有 ${n} 格${printed}，留空，未当作 0。` }
}
