// A one-digit number the detector read unsurely: a blurred 7 loses its bar's ends and is read as 1
// (0.69), above the bar under which a reading is doubtful (doubt.ts), so it was kept as a clean
// number and never looked at again; the row's sums then caught it and left the row unread. Such a
// cell is read again from its own ink (cell-reread.ts). A re-read that repeats the digit is taken as
// any re-read is; another digit is taken only where two of the re-reads (at different margins) read
// that same digit surely: the cell's ink cut out with its rules painted out is a cleaner picture than
// the detector's box, but a single re-read is no proof. Otherwise the detector's reading stays.
import type { Decoded } from './ctc-decode'
import { isDoubtful } from './doubt'
import { tidyReading } from './ocr-text'

/** A lone digit read under this is looked at again. */
export const UNSURE_BELOW = 0.8
/** A re-read of another digit counts only this sure. */
export const SURE_ABOVE = 0.9
/** How many re-reads must agree on the other digit. */
const AGREEING = 2

/** The reading of a cell's one number box is a single digit 1–9 read under UNSURE_BELOW (a zero is
 *  read with low confidence as a rule, doubt.ts). */
export function isUnsureDigit(reads: Decoded[]): boolean {
  if (reads.length !== 1) return false
  const t = tidyReading(reads[0]!.text, reads[0]!.minConfidence)
  return /^[1-9]$/.test(t.text) && !t.guess && reads[0]!.minConfidence < UNSURE_BELOW
}

/** A number box whose reading the document would doubt (doubt.ts: under DOUBT_BELOW, or resting on
 *  a look-alike or a raised digit: a phone photo's 7 beside its cell's rule read "12" at 0.23, a
 *  blurred 7 read "²"). Such a reading is no guide a re-read must repeat (cell-reread.ts `agrees`):
 *  the cell is read again as an unsure digit's is, and another digit is taken only where two sure
 *  re-reads agree on it. */
export function isDoubtfulReading(read: Decoded): boolean {
  const t = tidyReading(read.text, read.minConfidence)
  return /^[\d,.]+$/.test(t.text) && isDoubtful(t.text, t.confidence, t.guess)
}

/** Of the re-reads of a cell whose detector read the digit `was`, one of another single digit that
 *  AGREEING of them read, each at least SURE_ABOVE sure; else null. */
export function sureOtherDigit(rereads: Decoded[], was: string): Decoded | null {
  const sure = rereads
    .filter((r) => r.minConfidence >= SURE_ABOVE)
    .map((r) => ({ r, t: tidyReading(r.text, 1) }))
    .filter(({ t }) => /^[0-9]$/.test(t.text) && t.text !== was && !t.guess)
  const found = sure.find(({ t }) => sure.filter((s) => s.t.text === t.text).length >= AGREEING)
  return found?.r ?? null
}
