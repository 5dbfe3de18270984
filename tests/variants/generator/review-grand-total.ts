// Rule: table 四 with a grand-total column after its fifteen cells (「行政复议 | 行政诉讼 | 合计」, the grand
// total the sum of the three groups' 总计; hostile review hr37 L2). Applied to the one-row shapes (the
// header's first row holding 行政复议, a last row of fifteen numbers); else the document is left as it is.
// The gold stays: the grand total is no cell of the template. Forced in tests, not drawn.
import type { IRBlock, IRCell, IRDoc } from './ir'

const isTable4 = (b: IRBlock): b is Extract<IRBlock, { kind: 'table' }> => b.kind === 'table' && (b.rows[0]?.[0]?.text ?? '') === '行政复议'
const value = (c: IRCell): number => Number(c.text.replace(/[０-９]/g, (x) => String(x.charCodeAt(0) - 0xff10)).replace(/[^\d]/g, '') || 0)

/** Table 四 with the grand-total column headed `word` (合计, 总计). */
export function applyReviewGrandTotal(doc: IRDoc, word: string | undefined): IRDoc {
  if (!word) return doc
  return doc.map((b) => {
    if (!isTable4(b) || b.rows.length < 2) return b
    const last = b.rows[b.rows.length - 1]!
    const nums = last.filter((c) => c.num)
    if (nums.length !== 15 || last.length !== 15) return b
    const total = value(nums[4]!) + value(nums[9]!) + value(nums[14]!)
    const rows = b.rows.map((r, i) => (i === 0 ? [...r, { text: word, rowSpan: b.rows.length - 1 }] : i === b.rows.length - 1 ? [...r, { text: String(total), num: true }] : r))
    return { ...b, rows }
  })
}

export const reviewGrandTotalTags = (word: string | undefined): string[] => (word ? [`t4:grand-total:${word}`] : [])
