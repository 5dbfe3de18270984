// A speck glued to a 无 in a scanned table: the recogniser reads the 无 and the speck beside it as
// one box, 「无安店」, and the cell is neither a count nor 无. Left as words, it is no cell at all, the
// row has a cell too few and none of its cells can be placed (photocopy: table 三's row
// 「6.属于四类过程性信息」 read 无 无 无安店 无 …). In a row of counts and 无s, a cell that is 无 (or a dash)
// followed by a few characters no count cell prints — no digit, no second 无 or dash (two cells run
// together) — is that 无 or dash, when a count stands before it in the row: a label cell comes first
// and may start with 无 (「无法提供」). So is a 无 or its look-alike 元 with a rule read as 1 before it,
// anywhere in the row (「1元」 in a fax: the box ran over the cell's rule; no cell prints a count and 无
// together, no label is two characters), and, after a count, a 无 with one character before it (「面无」
// in a blurred scan), and, after a count, a 无 read alone as 元, 尼 or 允 (a fax). Like every OCR cell it is then only a 0 that the table's
// sums must prove (shared/extract/ocr-proof.ts); where they do not, it is left empty with their note.
import type { TableCell } from '../../../shared/model/document'

const COUNT = /^(?:-?\d[\d,]*(?:\.\d+)?|无|[-—–－―/／])$/
/** 无 or a dash, then one to three characters that are none of: digits, 无, dashes, spaces. */
const NONE_WITH_SPECKS = /^(无|[-—–－―/／])[^\d０-９无\-—–－―/／\s]{1,3}$/
/** One character before a 无, none of: digits, 无, dashes, spaces, 暂 (「暂无」 is words: not stated, cells.ts). */
const SPECK_THEN_NONE = /^[^\d０-９无暂\-—–－―/／\s]无$/
/** A rule the box ran over, read as 1 (or a stroke), before a 无 or its look-alike 元 (「1元」 in a fax). */
const RULE_THEN_NONE = /^[1|lI丨](?:无|元)$/
/** A 无 read alone as a character of like shape: a fax's 1-bit, half-height 无 (its strokes broken and
 *  run together) is read 元, 尼 or 允. None is a digit's shape, and no count cell prints one alone. */
const NONE_LOOKALIKE = /^[元尼允]$/
/** Other cells of the row that must be counts or 无 for the row to be a row of counts. */
const MIN_COUNTS = 3

/** The row's cells that read as 无 or a dash with specks glued on, read as the 无 or dash alone. */
export function noneWithSpecks(row: TableCell[]): void {
  const counts = row.filter((c) => COUNT.test(c.text.trim())).length
  if (counts < MIN_COUNTS) return
  const first = row.findIndex((c) => COUNT.test(c.text.trim()))
  // Not the row's total as the digit 1 (「1无」 last): a real 1 there and a real 1 before it, both
  // misread with a mark after them, read 0 and 0 and the row still adds up — nothing would prove them
  // wrong (review rv19c). A stroke (「|无」) is no digit.
  const last = row.length - 1
  row.forEach((c, k) => {
    const t = c.text.trim()
    const m = k > first ? NONE_WITH_SPECKS.exec(t) : null
    if (m) c.text = m[1]!
    else if ((RULE_THEN_NONE.test(t) && !(k === last && t.startsWith('1'))) || (k > first && (SPECK_THEN_NONE.test(t) || NONE_LOOKALIKE.test(t)))) c.text = '无'
  })
}
