// A table 三 whose header names 自然人 but no 其他 column, or no 总计 (合计) column: six data columns, not
// the template's seven. Which template column each printed cell is cannot be told from the row: rows one
// cell short were read with the missing cell put where the table's sums held, and every row shifted the
// same way keeps every column sum (review hr34 W3: 总计 read as 其他, numbers one column right). The
// table is left unread with a note.
import type { ExtractionNote } from '../model/extraction'
import { fuzzy } from './row-labels'

const NATURAL = new RegExp(`${fuzzy('自然人')}|${fuzzy('个人')}`)
/** 其他 as a column heading, not the 其他 of 法人或其他组织. */
const OTHER = new RegExp(`${fuzzy('其他')}(?![ \\u3000]*组[ \\u3000]*织)`)
const TOTAL = new RegExp(`${fuzzy('总计')}|${fuzzy('合计')}`)

/**
 * The note for a header (the text before the first row label) that names 自然人 but lacks 其他 or 总计, else
 * null. `firstRow` is the text from the first row's label to the second's: a header wrapped in print
 * (pdftotext of narrow cells) sets its last headings there, among the first row's numbers. `totalCutOff`:
 * the reader found the table running past the page's right edge, so a missing 总计 is explained.
 */
export function missingColumnNote(header: string, firstRow = '', totalCutOff = false): ExtractionNote | null {
  if (!NATURAL.test(header)) return null
  const names = header + firstRow
  const missing = [OTHER.test(names) ? null : '其他', TOTAL.test(names) || totalCutOff ? null : '总计'].filter((x) => x !== null)
  if (missing.length === 0) return null
  return { field: 'requests', message: `表三表头未列出「${missing.join('」「')}」栏，只印出其余各栏，各数字属于模板的哪一栏不能确定，整张表未读取。` }
}
