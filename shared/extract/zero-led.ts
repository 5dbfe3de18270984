// A number printed with a leading zero (「03」「07」): no count is printed so. In a report it is a 0 cell
// with a footnote mark glued on as a plain digit (pdftotext plain / -raw flattens a raised mark; a
// LibreOffice PDF of a web page prints the mark's span on the baseline). Used by table 三
// (requests-zero-led.ts) and section 二 (active-disclosure.ts), which leave such a cell unread.
import { normalizeDigits } from './cells'

/** Whether `printed` (a cell's text as printed) is digits led by a 0: 「03」, not 「0」, 「0.5」 or 「0,003」. */
export function isZeroLed(printed: string): boolean {
  return /^0\d+$/.test(normalizeDigits(printed.trim()))
}
