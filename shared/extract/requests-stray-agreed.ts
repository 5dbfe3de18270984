// A table-三 row whose digits split more than one way is read where every splitting gives a cell the
// same value (requests-solve.ts agreed). Where no identity of the table checked the row, that agreement
// is proof only if the row's digits are all there. A narrow letter-spaced cell may wrap part of the
// row's numbers onto a line above its label (text-only OFD: 「４４ １ ５４」 over 「一、本年新收… ７６ ３ ２ ６」):
// those digits are left over as strays, and every splitting of what remains may agree on a wrong cell
// (总计 read 6 for 546). So where bare numbers no row took stand right above the row's first line or
// right below its last, such a row is left unread, with a note quoting them.
import type { RequestRow, RequestRowKey } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import type { ParsedRow } from './requests-parsed-row'
import { rowName, type RowHow } from './requests-proof'
import { bareLinesAfter, bareLinesBefore, type Taken } from './requests-stray-beside'

type Rows = Partial<Record<RequestRowKey, RequestRow>>

/** The note of such a row (`strays`: the bare-number lines beside it, as printed). */
export const agreedBesideStraysNote = (k: RequestRowKey, strays: readonly string[]): string =>
  `表三「${rowName(k)}」行的数字有多种拆法，表内合计关系无法核对，而紧挨此行另有单独成行、未归入任何一行的数字（${strays.join('、')}），可能是此行折行印出的数字，各种拆法一致也不能证明，未读取。`

/**
 * Rows read from several candidate splittings that no identity of the whole table held with (not in
 * `holding`), beside bare-number lines no row took: emptied (and dropped from `how`), with a note.
 */
export function unreadAgreedRowsBesideStrays(rows: Rows, how: Partial<Record<RequestRowKey, RowHow>>, parsed: readonly ParsedRow[], holding: ReadonlySet<RequestRowKey>, text: string, notes: ExtractionNote[]): Rows {
  let out = rows
  const taken: Taken = (pos) => parsed.some((s) => pos >= s.cellsStart && pos < s.cellsEnd)
  for (const p of parsed) {
    const row = out[p.key]
    if (p.candidates.length < 2 || holding.has(p.key) || !row || row.every((x) => x === null)) continue
    const first = Math.min(p.labelStart ?? p.cellsStart, p.cellsStart)
    const strays = [...bareLinesBefore(text, first, taken), ...bareLinesAfter(text, p.cellsEnd, taken)]
    if (strays.length === 0) continue
    out = { ...out, [p.key]: row.map(() => null) }
    delete how[p.key]
    notes.push({ field: `requests.${p.key}`, message: agreedBesideStraysNote(p.key, strays) })
  }
  return out
}
