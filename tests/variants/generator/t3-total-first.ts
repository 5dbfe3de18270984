// Rule: table 三 printed 总计 first, then 法人或其他组织 over its five columns, then 自然人 (a two-level
// header: 总计 | 法人或其他组织 | 自然人 over 商业企业 … 其他), as some reports print it (hostile review hr34 W4).
// Run together by a crawler (「申请人情况总计法人或其他组织自然人商业企业…」), a row with a number in 总计 and
// in one applicant column adds up whether 总计 is read first or last: only the header tells. Applied to a
// flat header of the template's seven columns (else the document is left as it is). Forced in
// tests/variants/t3-total-first.test.ts, not drawn.
import { REQUEST_COLUMN_LABELS } from '../../../shared/model/template-labels'
import type { IRCell, IRDoc } from './ir'
import { toTraditional } from './labels'

/** The template column printed at each position: 总计, the five organisation columns, 自然人. */
const PRINTED = [6, 1, 2, 3, 4, 5, 0]

export function applyTotalFirst(doc: IRDoc, on: boolean | undefined): IRDoc {
  if (!on) return doc
  const first = doc.find((b) => b.kind === 'table' && b.part === 'requests')
  if (first?.kind !== 'table') return doc
  const head = first.rows[0]!
  const headings = head.slice(-7).map((c) => c.text).join('|')
  // A copy converted to traditional characters prints its headings so (labels.ts toTraditional).
  const trad = headings === REQUEST_COLUMN_LABELS.map(toTraditional).join('|')
  if (!trad && headings !== REQUEST_COLUMN_LABELS.join('|')) return doc
  const word = (t: string): string => (trad ? toTraditional(t) : t)
  const nums = (r: IRCell[]): IRCell[] => r.filter((c) => c.num)
  const permuted = (r: IRCell[]): IRCell[] => (nums(r).length === 7 ? [...r.filter((c) => !c.num), ...PRINTED.map((i) => nums(r)[i]!)] : r)
  const top: IRCell[] = [{ ...head[0]!, rowSpan: 3 }, { text: word('申请人情况'), colSpan: 7 }]
  const middle: IRCell[] = [{ text: word('总计'), rowSpan: 2 }, { text: word('法人或其他组织'), colSpan: 5 }, { text: word('自然人'), rowSpan: 2 }]
  const sub: IRCell[] = PRINTED.slice(1, 6).map((i) => ({ text: word(REQUEST_COLUMN_LABELS[i]!) }))
  // Every part of the table (a page break splits it into tables of its own) in the header's order.
  return doc.map((b) => {
    if (b.kind !== 'table' || b.part !== 'requests') return b
    const body = b === first ? b.rows.slice(1) : b.rows
    return { ...b, rows: [...(b === first ? [top, middle, sub] : []), ...body.map(permuted)] }
  })
}

export function totalFirstRuleTags(on: boolean | undefined): string[] {
  return on ? ['t3:total-first-orgs-natural'] : []
}
