// The rows a report adds after a 「其中：」 row of table 三, each naming one more part of the row above
// (「其中：当面申请 10 1 0 0 0 0 11」 / 「网络申请 26 …」 / 「信函申请 4 …」, review rv17 b01). Like the 其中 row
// they are no template row: each line right after it that holds a label naming no template row, then
// nothing but three or more numbers, is blanked (one space per character, every position kept).
import { findLabels } from './requests-labels'

/** A label without digits or an ordinal, then three or more numbers to the end of the line. */
const SIBLING = /^[ \u3000]*([^\n\d\t\uE000（(一二三四五六七八九十]{1,20}?)[ \u3000]*(?:[\t\uE000 \u3000]+[\d,，]+){3,}[ \t\u3000\uE000]*$/

/**
 * The text with the lines right after each blanked 其中 row (`blanked`: the rows' [from, to) spans) that
 * are more parts of the same row blanked too; their labels, for the note.
 */
export function blankSiblingRows(text: string, blanked: [number, number][]): { text: string; labels: string[] } {
  const labels: string[] = []
  let out = text
  for (const [, to] of blanked) {
    let at = to
    while (at < out.length) {
      const start = out[at] === '\n' ? at + 1 : at
      const end = out.indexOf('\n', start) < 0 ? out.length : out.indexOf('\n', start)
      const line = out.slice(start, end)
      const m = SIBLING.exec(line)
      if (!m || findLabels(line).length > 0) break
      labels.push(m[1]!.trim())
      out = out.slice(0, start) + line.replace(/[^\n]/g, ' ') + out.slice(end)
      at = end
    }
  }
  return { text: out, labels }
}
