// Table 四's group order where the text keeps no positions: plain text (no cell separators, no
// -layout indent) with each group heading on a line of its own (「行政诉讼 / 行政复议 / 未经复议直接起诉 /
// 复议后起诉」, plain pdftotext of a header whose 行政复议 is two rows tall). The lines' order is the
// order the text was drawn in, not the columns': a table in the template's order and one printed
// 诉讼 first gave the same four lines (hostile review hr38 F6: 13 cells read in rotated groups).
// The table's sums prove 总计 within each group, never which group is which: a group order other than
// the template's read from such lines is unproven. Pure helper of review-columns.ts.
import { PARENT_MARK, type Hit } from './review-heading-words'

/** Every order of the three groups (printed group k = template group order[k]). */
export const ALL_GROUP_ORDERS = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]

export const STREAM_GROUPS_WHY = '的组名各占一行，文字的先后与模板不同而不表示各组所在的列（文字无位置可依）'

/** The groups' headings (行政诉讼 over two groups too) stand one to a line, or wrapped in pieces, in text with no positions. */
export function groupOrderUnshown(header: string, lines: readonly string[], groupLines: readonly Hit[][]): boolean {
  if (/[\t|]/.test(header)) return false
  // pdftotext -layout pads with ASCII spaces: an indented line's place is its column (review-columns.ts).
  if (lines.some((l) => /^ {2,}\S/.test(l) && !l.includes('\u3000'))) return false
  // Headings wrapped a piece a line, 「行政」 alone over 「复议」 or 「诉讼」 (a header that repeats each
  // group's cell over its five columns): a lone 「复议」 may be 复议后起诉's piece as well as 行政复议's
  // (hr38 F6: 「未经 … 复议」 read as 未经复议直接起诉 before 行政复议, 6 cells wrong).
  if (lines.some((l) => /(?:^|[ \u3000])行政(?=[ \u3000]|$)/.test(l))) return true
  const withHeadings = groupLines.filter((l) => l.length > 0)
  return withHeadings.length >= 2 && withHeadings.every((l) => l.length === 1) && withHeadings.some((l) => l[0]!.column !== PARENT_MARK)
}
