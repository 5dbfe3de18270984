// Rule family: table 四 — its two-level header as the template prints it, on one line, wrapped
// inside narrow cells, split from its data row by a page break, or one group per row.
import { REVIEW_COLUMN_LABELS } from '../../../shared/model/template-labels'
import type { IRBlock, IRCell } from './ir'
import type { Cells, VariantModel } from './model'
import { printNumber, type NumberRule } from './numbers'
import { chance, pick, type Rand } from './rng'

export const SHAPES4 = ['two-level', 'one-line', 'wrapped', 'split-pages', 'group-rows'] as const
/**
 * 'vertical' and 'separate' come from new-user reports (drawn in new-user.ts, rendered by newUserTable4);
 * 'stacked' from a spreadsheet's print (review rv25 H11, S01): drawn by {@link drawStacked}.
 */
export type Table4Shape = (typeof SHAPES4)[number] | 'vertical' | 'separate-litigation-first' | 'separate-review-first' | StackedShape
export type StackedShape = 'stacked-review-first' | 'stacked-litigation-first'

/**
 * Table 四 as ONE ten-column table holding two blocks one above the other (review rv25: a spreadsheet
 * printed by Calc, an HTML table saved as DOCX): 行政复议's heading, results and five numbers in the first
 * five columns (the rest blank), a blank row, then 行政诉讼's two groups and their ten. Forced in every
 * format by tests/variants/t4-stacked.test.ts, and drawn at random (p 0.04) in the formats that keep a
 * table's cells. Out of the draw in session 25 (p 0), back since t4s26: beside Chinese-numeral cells a row
 * led by a numeral (kept as a word: it may be a 序号) was no row to the reader, and the other block's row
 * was read as the row of fifteen (numeral-cells.test.ts, yunxi-gov_2024 markdown 1001061); beside a remarks
 * column a blank cell among a block's numbers was dropped with the other block's blank columns (remarks-
 * column.test.ts, pingtan 2019 html 880306: a blank read 0). Both left unread with a note (review-stacked.ts).
 */
export function drawStacked(rand: Rand, format: string, p = 0.04): StackedShape | undefined {
  if (!['html', 'docx', 'pdf', 'markdown'].includes(format) || !chance(rand, p)) return undefined
  return pick(rand, ['stacked-review-first', 'stacked-litigation-first'] as const)
}

export function drawTable4(rand: Rand): Table4Shape {
  return chance(rand, 0.35) ? 'two-level' : pick(rand, SHAPES4)
}

const FIVE = [...REVIEW_COLUMN_LABELS]
const wrapWord = (w: string): string => (w.length > 2 ? `${w.slice(0, 2)}\n${w.slice(2)}` : `${w[0]}\n${w.slice(1)}`)

/**
 * pdftotext of a real report prints the tall 总计 header cell among the data row's numbers, before
 * the last one. Drawn from its own stream; only in the plain pdftotext shape, where it was seen.
 */
export function drawTotalAmongData(rand: Rand, format: string): boolean {
  return format === 'text-plain' && chance(rand, 0.4)
}

export function table4Blocks(m: VariantModel, shape: Table4Shape, numbers: NumberRule, pageBreak: IRBlock, totalAmongData = false, countUnits = false): IRBlock[] {
  const r = m.review!
  const withUnit = (s: string): string => (countUnits && /\d$/.test(s) ? `${s}件` : s)
  const nums = (cells: Cells): IRCell[] => cells.map((v) => ({ text: withUnit(printNumber(numbers, v)), num: true }))
  if (shape === 'vertical' || shape.startsWith('separate')) return newUserTable4(m, shape, nums)
  if (shape.startsWith('stacked')) return stackedTable4(m, shape === 'stacked-review-first', nums)
  const data = [...nums(r.review), ...nums(r.litigationDirect), ...nums(r.litigationAfterReview)]
  if (totalAmongData && shape !== 'group-rows') data.splice(data.length - 1, 0, { text: '总计' })
  const words = (wrap: boolean): IRCell[] => FIVE.map((w) => ({ text: wrap ? wrapWord(w) : w }))
  if (shape === 'group-rows') {
    return [
      {
        kind: 'table',
        rows: [
          [{ text: '项目' }, ...words(false)],
          [{ text: '行政复议' }, ...nums(r.review)],
          [{ text: '行政诉讼（未经复议直接起诉）' }, ...nums(r.litigationDirect)],
          [{ text: '行政诉讼（复议后起诉）' }, ...nums(r.litigationAfterReview)],
        ],
      },
    ]
  }
  if (shape === 'one-line') {
    return [{ kind: 'table', rows: [[{ text: '行政复议', colSpan: 5 }, { text: '行政诉讼 未经复议直接起诉 复议后起诉', colSpan: 10 }], [...words(false), ...words(false), ...words(false)], data] }]
  }
  const wrap = shape === 'wrapped'
  const head: IRCell[][] = [
    [{ text: '行政复议', colSpan: 5 }, { text: '行政诉讼', colSpan: 10 }],
    [...words(wrap), { text: wrap ? '未经复议\n直接起诉' : '未经复议直接起诉', colSpan: 5 }, { text: '复议后起诉', colSpan: 5 }],
    [{ text: '', colSpan: 5 }, ...words(wrap), ...words(wrap)],
  ]
  if (shape === 'split-pages') return [{ kind: 'table', rows: head }, pageBreak, { kind: 'table', rows: [data] }]
  return [{ kind: 'table', rows: [...head, data] }]
}

/**
 * Shapes of new-user reports: one result per line under each group (group | result | count), or two
 * separate tables under their own sub-headings (行政诉讼's 10 cells, 行政复议's 5), in either order.
 */
function newUserTable4(m: VariantModel, shape: Table4Shape, nums: (c: Cells) => IRCell[]): IRBlock[] {
  const r = m.review!
  if (shape === 'vertical') {
    const group = (name: string, cells: Cells): IRCell[][] => nums(cells).map((c, i) => [...(i === 0 ? [{ text: name, rowSpan: 5 }] : []), { text: FIVE[i]! }, c])
    return [{ kind: 'table', rows: [[{ text: '项目', colSpan: 2 }, { text: '件数' }], ...group('行政复议', r.review), ...group('行政诉讼（未经复议直接起诉）', r.litigationDirect), ...group('行政诉讼（复议后起诉）', r.litigationAfterReview)] }]
  }
  const words = (): IRCell[] => FIVE.map((w) => ({ text: w }))
  const litigation: IRBlock = { kind: 'table', rows: [[{ text: '未经复议直接起诉', colSpan: 5 }, { text: '复议后起诉', colSpan: 5 }], [...words(), ...words()], [...nums(r.litigationDirect), ...nums(r.litigationAfterReview)]] }
  const review: IRBlock = { kind: 'table', rows: [words(), nums(r.review)] }
  const first = shape === 'separate-litigation-first'
  return [
    { kind: 'para', text: `（一）${first ? '行政诉讼' : '行政复议'}情况` },
    first ? litigation : review,
    { kind: 'para', text: `（二）${first ? '行政复议' : '行政诉讼'}情况` },
    first ? review : litigation,
  ]
}

/** The two blocks stacked in one table of ten columns (see {@link drawStacked}). */
function stackedTable4(m: VariantModel, reviewFirst: boolean, nums: (c: Cells) => IRCell[]): IRBlock[] {
  const r = m.review!
  const blank = (n: number): IRCell[] => Array.from({ length: n }, () => ({ text: '' }))
  const words = (): IRCell[] => FIVE.map((w) => ({ text: w }))
  const review: IRCell[][] = [[{ text: '行政复议', colSpan: 5 }, ...blank(5)], [...words(), ...blank(5)], [...nums(r.review), ...blank(5)]]
  const litigation: IRCell[][] = [
    [{ text: '行政诉讼', colSpan: 10 }],
    [{ text: '未经复议直接起诉', colSpan: 5 }, { text: '复议后起诉', colSpan: 5 }],
    [...words(), ...words()],
    [...nums(r.litigationDirect), ...nums(r.litigationAfterReview)],
  ]
  return [{ kind: 'table', rows: reviewFirst ? [...review, blank(10), ...litigation] : [...litigation, blank(10), ...review] }]
}

export function table4RuleTags(shape: Table4Shape, totalAmongData = false): string[] {
  return [`t4:${shape}`, ...(totalAmongData && shape !== 'group-rows' ? ['t4:total-among-data'] : [])]
}
