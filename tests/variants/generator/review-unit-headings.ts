// Rule: table 四's result headings printed with their unit, 「结果维持（件）」 … 「总计（件）」 (hostile review
// hr37 L4: in plain text, a cell a line, the data row after 「总计（件）」 was not found). Header only; the
// gold stays. Forced in tests, not drawn.
import type { IRBlock, IRDoc } from './ir'

const RESULT = /^(?:结果维持|结果纠正|其他结果|尚未审结|总计)$/
const isTable4 = (b: IRBlock): b is Extract<IRBlock, { kind: 'table' }> => b.kind === 'table' && (b.rows[0]?.[0]?.text ?? '') === '行政复议'

export function applyReviewUnitHeadings(doc: IRDoc, on: boolean | undefined): IRDoc {
  if (!on) return doc
  let changed = false
  const out = doc.map((b) => {
    if (!isTable4(b)) return b
    const rows = b.rows.map((r) => r.map((c) => (!c.num && RESULT.test(c.text.replace(/\n/g, '')) ? ((changed = true), { ...c, text: `${c.text}（件）` }) : c)))
    return { ...b, rows }
  })
  return changed ? out : doc
}

export const reviewUnitHeadingsTags = (on: boolean | undefined): string[] => (on ? ['t4:unit-headings'] : [])
