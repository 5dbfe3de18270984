// The rows a report adds after a 「其中：」 row of table 三, each naming one more part of the row above
// (「其中：当面申请 10 1 0 0 0 0 11」 / 「网络申请 26 …」 / 「信函申请 4 …」, review rv17 b01). Like the 其中 row
// they are no template row: each line right after it that holds a label, then nothing but three or more
// numbers, is blanked (one space per character, every position kept) — unless its label names a
// template row not printed elsewhere (requests-sibling-label.ts: 「上年接转申请数量」, 「总计」), which ends
// the parts and is read as that row. A label near a missing row's but not surely it is blanked too,
// with a note saying so.
import type { RequestRowKey } from '../model/report'
import { siblingLabel } from './requests-sibling-label'

/** A label not opening with a digit or an ordinal, then three or more numbers to the end of the line. */
const SIBLING = /^[ \u3000]*([^\n\d\t\uE000（(一二三四五六七八九十][^\n\d\t\uE000]{0,19}?)[ \u3000]*(?:[\t\uE000 \u3000]+[\d,，]+){3,}[ \t\u3000\uE000]*$/

export interface SiblingRows {
  text: string
  /** The labels of the parts blanked. */
  labels: string[]
  /** Lines blanked because their label is near a missing template row's but not surely it. */
  unsure: { label: string; keys: RequestRowKey[] }[]
}

/**
 * The text with the lines right after each blanked 其中 row (`blanked`: the rows' [from, to) spans) that
 * are more parts of the same row blanked too; their labels, for the note.
 */
export function blankSiblingRows(text: string, blanked: [number, number][]): SiblingRows {
  const labels: string[] = []
  const unsure: SiblingRows['unsure'] = []
  let out = text
  for (const [, to] of blanked) {
    let at = to
    while (at < out.length) {
      const start = out[at] === '\n' ? at + 1 : at
      const end = out.indexOf('\n', start) < 0 ? out.length : out.indexOf('\n', start)
      const line = out.slice(start, end)
      const m = SIBLING.exec(line)
      if (!m) break
      const named = siblingLabel(out, start, end)
      if (named.kind === 'row') break
      if (named.kind === 'unsure') unsure.push({ label: m[1]!.trim(), keys: named.keys })
      else labels.push(m[1]!.trim())
      out = out.slice(0, start) + line.replace(/[^\n]/g, ' ') + out.slice(end)
      at = end
    }
  }
  return { text: out, labels, unsure }
}
