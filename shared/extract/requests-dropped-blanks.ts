// Table 三 rows read from text that drops its blank cells: which readings of a row the table's own
// way of writing zeros leaves (parseRequestsWith, requests-table.ts).
import type { ExtractionNote } from '../model/extraction'
import type { ParsedRow } from './requests-parsed-row'
import { rowName } from './requests-proof'

/**
 * A table writes its zeros one way: where a row shows a written 0 in every reading (as printed, or
 * the cut of its digits), no cell of the table was a blank the text dropped, and the readings of
 * run-together rows that need one go.
 */
export function ruleOutDroppedBlanks(parsed: ParsedRow[], notes: ExtractionNote[]): void {
  if (!parsed.some((p) => p.candidates.length > 0 && p.candidates.every((r) => r.includes(0)))) return
  for (const p of parsed) {
    if (!p.blanks) continue
    p.candidates = p.candidates.filter((r) => !r.includes(null))
    if (!p.candidates.length) notes.push({ field: `requests.${p.key}`, message: `表三「${rowName(p.key)}」行的数字连在一起，只有漏印空白格的拆法才合乎该行总计，而表内别处写出了 0，未读取。` })
  }
}

/**
 * In a table shown to drop its blank cells, a row one cell short lost a blank too: its readings are
 * those with the missing cell a dropped blank (0 in the sums, the row's total holding), read like the
 * other such rows only where the table's column identities hold. Left as it was where none holds its
 * total (the missing cell held a number).
 */
export function blanksForGaps(parsed: ParsedRow[]): void {
  for (const p of parsed) {
    if (!p.gap || !p.asBlanks?.length) continue
    p.candidates = p.asBlanks
    p.gap = false
    p.blanks = true
    p.blanksOnly = true
  }
}
