// The notes of the rows skipped as no template rows (requests-extra-rows.ts) made true once table 三
// has been read: 「其余各行照常读取」 only where every other row was read, and a row left unread as
// perhaps a template row's label (requests-sibling-rows.ts) not also called 「未找到」.
import type { ExtractionNote } from '../model/extraction'
import type { RequestRow, RequestRowKey } from '../model/report'
import { REQUEST_ROW_KEYS } from '../model/report'
import { OTHER_HANDLING_SUBROWS } from './row-labels'

const AS_USUAL = '（其余各行照常读取）'
const SOME_UNREAD = '（其余各行另行读取，其中有未能读取的行，原因见各行的说明）'
const NOT_FOUND = '表三未找到「'

/** The template's rows for the layout found (both kinds of （六） where none was). */
function templateRows(layout: 'single' | 'split' | null): RequestRowKey[] {
  return REQUEST_ROW_KEYS.filter((k) => (layout === 'split' ? k !== 'otherHandling' : layout === 'single' ? !OTHER_HANDLING_SUBROWS.includes(k) : true))
}

/**
 * `skipped`: the notes of the skipped rows (already in `notes`); `rows`: table 三 as read (null: not
 * read). Mends `notes` in place.
 */
export function mendExtraRowNotes(notes: ExtractionNote[], skipped: ExtractionNote[], rows: Partial<Record<RequestRowKey, RequestRow>> | null, layout: 'single' | 'split' | null): void {
  if (!skipped.length) return
  const unread = templateRows(layout).some((k) => !rows?.[k] || rows[k]!.some((x) => x === null))
  // Rows whose label was a line after a 其中 row, near but not surely theirs: that note says why.
  const unsure = new Set(skipped.filter((n) => n.field.startsWith('requests.')).map((n) => n.field))
  for (let i = notes.length - 1; i >= 0; i--) {
    const n = notes[i]!
    if (unsure.has(n.field) && n.message.startsWith(NOT_FOUND) && !skipped.includes(n)) notes.splice(i, 1)
    else if (unread && skipped.includes(n) && n.message.includes(AS_USUAL)) notes[i] = { ...n, message: n.message.replace(AS_USUAL, SOME_UNREAD) }
  }
}
