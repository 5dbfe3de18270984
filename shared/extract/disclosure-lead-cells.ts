// Section 二: numbers standing between a small table's header and its first label that could not be
// shared out as a value-first table (disclosure-row-order.ts valueFirstTables). They show that this
// table prints cells before labels, at least in part (LibreOffice's PDF read by plain pdftotext sets
// a three-cell row's top-aligned cells before the label and the 增/减 cell after it), so the numbers
// after a label may be the next row's: the table's rows are left unread, each with a note.
import type { ExtractionNote } from '../model/extraction'
import { isBlankCell, type CellToken } from './cells'
import { rowName, type PlacedRow } from './disclosure-row-order'
import { fuzzy } from './row-labels'

const TABLE_HEADER = new RegExp(fuzzy('信息内容'), 'g')

/** The rows with the rows of such tables emptied (and notes pushed for them). */
export function unplacedLeadTables<R extends PlacedRow>(text: string, rows: R[], tokens: CellToken[], notes: ExtractionNote[]): R[] {
  const headers = [...text.matchAll(TABLE_HEADER)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
  const out = rows.map((r) => ({ ...r }))
  headers.forEach((h, hi) => {
    const segEnd = headers[hi + 1]?.start ?? text.length
    const seg = out.filter((r) => r.hit.start > h.end && r.hit.start < segEnd)
    if (seg.length === 0) return
    const lead = tokens.filter((t) => t.start >= h.end && t.start < seg[0]!.hit.start && !isBlankCell(t))
    if (lead.length === 0) return
    // Shared out as a value-first table: the first row holds the lead numbers as its own.
    if (lead.every((t) => seg[0]!.own.includes(t))) return
    const printed = lead.map((t) => text.slice(t.start, t.end)).join(' ')
    for (const r of seg) {
      if (r.own.length === 0) continue
      notes.push({ field: `activeDisclosure.${r.hit.spec.key}`, message: `表二「${rowName(r.hit.spec.key)}」所在小表的表头与第一行行名之间印有数字（${printed}），各行的数字有的印在行名之前、有的在后，不能确定各数属于哪一行，未读取。` })
      r.own = []
    }
  })
  return out
}
