// Text printed turned a quarter on the page (a wide table rotated 90° onto a portrait page): its
// glyphs run down or up the page, so its lines are no lines of the layout here, and the table's
// rulings, upright on the page, cross its glyphs as a strike would. Such text never counts as struck;
// a page whose turned text holds a table's worth of figures is not read but named in a note.
import type { PdfItem } from './text-join'

/** A page with at least this many digits in turned text holds a turned table (a label or stamp set
 *  on its side has none or few). */
const TURNED_TABLE_DIGITS = 10

/** Text whose baseline runs nearer the page's vertical than its horizontal (matrix [a b c d e f]). */
export function isTurned(transform: readonly number[]): boolean {
  const [a = 0, b = 0] = transform
  return Math.abs(b) > Math.abs(a)
}

/** The turned pieces hold a table's figures: the page's turned text is left unread with a note. */
export function turnedTable(turned: readonly PdfItem[]): boolean {
  let digits = 0
  for (const it of turned) digits += (it.str.match(/[0-9\uff10-\uff19]/g) ?? []).length
  return digits >= TURNED_TABLE_DIGITS
}

/** The note naming the pages whose text is printed turned 90° (a table set across the page). */
export function turnedTextNote(pages: readonly number[]): string {
  return `第 ${pages.join('、')} 页的文字旋转 90° 印刷（如横过来印的表格），该页的表格和数字未读取：这些表格会显示为缺失，请对照原文核实`
}
