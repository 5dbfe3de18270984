// A column's left rule (or a speck on it) read as a 1, glued to the heading in the cell beside it:
// 「1处理决定数量」. A heading with a number before it between the header and the first row's label
// makes section 二's small table refuse every row (its numbers may stand before their labels), so a
// header cell that is exactly one of the template's headings after such a mark is that heading.
// Only the template's own headings: a count with its unit (「1件」) or any other words keep the 1.
import { DISCLOSURE_LABELS, REQUEST_COLUMN_LABELS, REVIEW_COLUMN_LABELS } from '../../../shared/model/template-labels'

const HEADINGS = new Set<string>([
  ...[DISCLOSURE_LABELS['2019'].fields, DISCLOSURE_LABELS['2021'].fields].flatMap((f) => Object.values(f)),
  ...REVIEW_COLUMN_LABELS,
  ...REQUEST_COLUMN_LABELS,
])

/** The cell's text without a rule mark read before a template heading (「1处理决定数量」 → 「处理决定数量」). */
export function withoutHeadingSpeck(text: string): string {
  const m = /^[\s\u3000]*[1lI|!][\s\u3000]*(\S.*?)[\s\u3000]*$/.exec(text)
  return m && HEADINGS.has(m[1]!) ? m[1]! : text
}
