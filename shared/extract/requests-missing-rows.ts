// The notes of table 三's rows that were read nowhere: a label the reader was unsure of, a row of the
// template not found at all, or no row found in the table. A missing number always has a note.
import type { ExtractionNote } from '../model/extraction'
import { REQUEST_ROW_KEYS, type RequestRow, type RequestRowKey } from '../model/report'
import { OTHER_HANDLING_SUBROWS } from './row-labels'
import { rowName } from './requests-proof'
import { unsureLabels } from './requests-labels'
import { unsureLabelNotes } from './requests-unsure-labels'

/** Adds to `notes` a note for each template row (of the （六） layout found) neither read nor noted. */
export function pushMissingRowNotes(rows: Partial<Record<RequestRowKey, RequestRow>>, foundLayout: 'split' | 'single' | null, anyParsed: boolean, text: string, notes: ExtractionNote[]): void {
  // Also where no row was read but some said why (a row's cells that could not be placed): the rest say so too.
  if (anyParsed || notes.some((n) => n.field.startsWith('requests.'))) {
    const want = REQUEST_ROW_KEYS.filter((k) => (foundLayout === 'split' ? k !== 'otherHandling' : foundLayout === 'single' ? !OTHER_HANDLING_SUBROWS.includes(k) : true))
    notes.push(...unsureLabelNotes(unsureLabels(text).filter((u) => want.includes(u.key) && !rows[u.key]?.some((x) => x !== null))))
    for (const k of want) {
      if (!rows[k] && !notes.some((n) => n.field === `requests.${k}`)) notes.push({ field: `requests.${k}`, message: `表三未找到「${rowName(k)}」行，未读取。` })
    }
  } else if (!notes.length) notes.push({ field: 'requests', message: '表三未找到任何行名，未读取。' })
}
