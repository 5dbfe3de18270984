// （六）其他处理's sub-row 「其他」 printed unnumbered and first, on the heading's own line (「（六）其他处理 |
// 其他 | 0 1 0 …」, then 「申请人无正当理由逾期不补正…」 and 「…收费通知…」 below, review rv17 a02). The loose
// 其他 of row-labels.ts is looked for only after the sub-rows before it in the template's order; here it
// stands before them. Taken only where the heading and both other sub-rows are found and nothing but
// white space or cell separators stands between the heading and 其他: the heading spans its sub-rows,
// and the first of them is printed beside it.
import type { RequestRowKey } from '../model/report'

interface LabelHit {
  key: RequestRowKey
  start: number
  end: number
}

const OTHER_BESIDE_HEADING = /^[\s\u3000\t\uE000|｜]*其[\s\u3000]*[他它](?![\s\u3000]*[法处])/

export function otherBesideHeading(hits: LabelHit[], masked: string): LabelHit[] {
  if (hits.some((h) => h.key === 'otherHandling.other')) return hits
  const heading = hits.find((h) => h.key === 'otherHandling')
  const later = hits.filter((h) => h.key === 'otherHandling.noCorrection' || h.key === 'otherHandling.feeUnpaid')
  if (!heading || later.length < 2 || later.some((h) => h.start < heading.end)) return hits
  const m = OTHER_BESIDE_HEADING.exec(masked.slice(heading.end, Math.min(...later.map((h) => h.start))))
  if (!m) return hits
  const end = heading.end + m[0].length
  const hit: LabelHit = { key: 'otherHandling.other', start: end - m[0].replace(/^[\s\u3000\t\uE000|｜]*/, '').length, end }
  return [...hits, hit].sort((a, b) => a.start - b.start)
}
