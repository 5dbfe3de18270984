// A 备注 (remarks) column at the right of every table (hostile review rv20a, issue 10): the header
// rows get one 备注 cell spanning them, a caption across the table one column more, and each data row a
// remark — 「无」, 「—」 or 「/」 in every row that has a blank cell (the trigger: the remark was read as a
// 0 cell and the row shifted one column), else one of those, 「已办结」 or nothing. Blank cells come from
// the model (withRemarksBlanks): table 三 one row with 自然人 blank and one row blank throughout, table
// 四 one cell blank, section 二 one one-cell row blank. Their gold is null (a blank is never 0). Forced by
// tests/variants/remarks-column.test.ts in every format, not drawn in the suite.
import type { IRBlock, IRCell, IRDoc } from './ir'
import type { Cells, VariantModel } from './model'
import { pick, seeded } from './rng'

const TRIGGERS = ['无', '—', '/'] as const
const OTHERS = [...TRIGGERS, '已办结', ''] as const

const width = (row: IRCell[]): number => row.reduce((n, x) => n + (x.colSpan ?? 1), 0)
const blankAt = (cells: Cells, at: readonly number[]): Cells => cells.map((v, i) => (at.includes(i) ? null : v))

/** The model with a few cells blank: where a remark beside them used to shift the row. */
export function withRemarksBlanks(m: VariantModel, seed: number): VariantModel {
  const rand = seeded(seed * 31 + 7)
  const rows = m.requests.map(([k]) => k)
  // 自然人 blank in one row, a second row blank throughout (never the same row).
  const natural = rows[Math.floor(rand() * rows.length)]!
  const others = rows.filter((k) => k !== natural)
  const allBlank = others[Math.floor(rand() * others.length)]!
  const requests = m.requests.map(([k, c]): [typeof k, Cells] => [k, k === natural ? blankAt(c, [0]) : k === allBlank ? c.map(() => null) : c])
  const reviewCell = Math.floor(rand() * 15)
  const review = m.review && {
    review: blankAt(m.review.review, [reviewCell]),
    litigationDirect: blankAt(m.review.litigationDirect, [reviewCell - 5]),
    litigationAfterReview: blankAt(m.review.litigationAfterReview, [reviewCell - 10]),
  }
  const single = m.disclosure.filter(([, f]) => f.length === 1).map(([k]) => k)
  const blank2 = single.length ? pick(rand, single) : null
  const disclosure = m.disclosure.map(([k, f]): (typeof m.disclosure)[number] => [k, k === blank2 ? f.map(([n]) => [n, null]) : f])
  return { ...m, requests, review, disclosure }
}

/**
 * `continued`: the table goes on from the one before it (cut by a page break, its header not repeated):
 * its remarks stand under the heading printed over the first part, none of its own.
 */
function withRemarks(rows: IRCell[][], rand: () => number, continued: boolean): IRCell[][] {
  const found = rows.findIndex((r) => r.some((x) => x.num))
  const firstData = found < 0 ? rows.length : found
  const w = Math.max(...rows.map(width))
  const caption = (row: IRCell[]): boolean => row.length === 1 && (row[0]!.colSpan ?? 1) === w && !row[0]!.num
  const headFrom = continued ? -1 : rows.findIndex((r) => !caption(r))
  return rows.map((row, i): IRCell[] => {
    if (caption(row)) return [{ ...row[0]!, colSpan: w + 1 }]
    if (i < firstData && i >= headFrom && headFrom >= 0) return i === headFrom ? [...row, { text: '备注', ...(firstData - headFrom > 1 ? { rowSpan: firstData - headFrom } : {}) }] : row
    if (!row.some((x) => x.num)) {
      // A header row again (section 二's next small table in one table): its own 备注 heading.
      return row.some((x) => x.text.includes('信息内容')) ? [...row, { text: '备注' }] : [...row, { text: '' }]
    }
    const blank = row.some((x) => x.num && x.text === '')
    return [...row, { text: blank ? pick(rand, TRIGGERS) : pick(rand, OTHERS) }]
  })
}

/** The document with a 备注 column at the right of every table. */
export function applyRemarksColumn(doc: IRDoc, seed: number): IRDoc {
  const rand = seeded(seed * 53 + 11)
  let prev: IRCell[][] | null = null
  return doc.map((b): IRBlock => {
    if (b.kind === 'para') prev = null
    if (b.kind !== 'table') return b
    // After a page break only, a table of the same width goes on from the one before.
    const continued = prev !== null && Math.max(...prev.map(width)) === Math.max(...b.rows.map(width))
    prev = b.rows
    return { ...b, rows: withRemarks(b.rows, rand, continued) }
  })
}

export const remarksColumnRuleTags = (): string[] => ['remarks-column']
