// A table-三 row whose numbers have header words among them (review rv26 F5, F6): plain pdftotext of a
// table whose header cells are tall or nested prints the first row's label, then some of its numbers,
// then the organisation headings, then the rest of its numbers — in the order the PDF drew them, not
// the columns' order. The row still adds up to its total (a sum does not see the order), so only its
// 总计 is kept (where the six cells before it add up to it); the other cells stay empty, with a note.
import type { ExtractionNote } from '../model/extraction'
import type { RequestRow, RequestRowKey } from '../model/report'
import type { ParsedRow } from './requests-parsed-row'
import { rowName, rowSumHolds } from './requests-proof'

/**
 * The header's applicant headings, whole or as the first piece a wrapped cell prints. Not 申请人情况: the
 * cell over them all, whose place among a row's numbers says nothing of their order (review 9b r11).
 */
const HEADING_WORD = /自然人|法人或其他|其他组织|商业企|科研机|社会公|公益组|法律服|服务机/

type Rows = Partial<Record<RequestRowKey, RequestRow>>

/** Rows whose cells stand around a header word: all but a proven 总计 emptied, each with a note. */
export function unreadRowsAmidHeading(rows: Rows, how: Partial<Record<RequestRowKey, unknown>>, parsed: readonly ParsedRow[], text: string, notes: ExtractionNote[]): Rows {
  let out = rows
  for (const p of parsed) {
    const row = out[p.key]
    if (!row || row.every((x) => x === null) || p.cellsEnd <= p.cellsStart) continue
    if (!HEADING_WORD.test(text.slice(p.cellsStart, p.cellsEnd).replace(/[\s\u3000]+/g, ''))) continue
    const total = row.length === 7 && row.every((x) => x !== null) && rowSumHolds(row) ? row[6]! : null
    out = { ...out, [p.key]: row.map((_, c) => (c === 6 ? total : null)) }
    if (total === null) delete how[p.key]
    notes.push({
      field: `requests.${p.key}`,
      message: `表三「${rowName(p.key)}」行的数字之间夹有表头的列名（PDF 文字流的次序），各数字的先后不表示列序，${total === null ? '本行未读取' : '只读取总计（等于本行其余六格之和），其余各格未读取'}。`,
    })
  }
  return out
}
