// Table 三's column order from its grid's lowest heading cells (HTML, Word: cells with their spans),
// where the header is not the seven template words exactly (requests-grid-order.ts reads that one).
//
// The template's order may be assumed only where every column heading is recognised where the template
// puts it. On a grid each data column has one lowest heading cell (its leaf; a tall 自然人 or 总计 is the
// leaf of its column whatever stands above it). Where all seven leaves name one column each, the grid
// says which column is which, whatever the group heading over the five says (「单位」, 「组织」: review
// hr36 F6). Where a leaf names no column (群众, 公司, an invented word) or two (其他企业: 其他 and 企业),
// or two leaves name the same column, the columns' order is not proven (the sums cannot tell the five
// organisation columns apart, nor 自然人 from 其他): refused with a note naming those headings (hr36 F3, F5).
import type { SourceDocument, TableCell } from '../model/document'
import { locAt, type FlatText } from './flatten'
import { place, span, type Placed } from './table-grid'
import { toSimplifiedForMatching } from './prose-text'
import { misreadLeavesOrder } from './requests-misread-leaves'
import { REQUEST_COLUMN_LABELS } from '../model/template-labels'
import { wordsOf } from './request-column-words'

/** What a grid's header proves: a printed order (template column per printed column), or a refusal's note. */
export type GridLeafVerdict = { order: number[] } | { refused: string } | null

// Full-width digits too (「５３」): a body row printed so is no header row.
const NUMBER_CELL = /^[\d０-９,，.\s\u3000]+(?:件|个|条|项)?$/
const hasNumber = (row: readonly TableCell[]): boolean => row.some((c) => NUMBER_CELL.test(c.text.trim()) && /[\d０-９]/.test(c.text))

/** A leaf's text without spaces, bracketed notes (（件）, the template's 勾稽 note) or a trailing unit. */
const plain = (s: string): string =>
  toSimplifiedForMatching(s.replace(/（[^）]*）|\([^)]*\)|【[^】]*】/g, '').replace(/[\s\u3000]+/g, '')).replace(/[:：]$/, '')

/**
 * The words that name each column in a leaf (whole cell): the template's word (or its first piece) and
 * the other words real reports print (request-column-words.ts: 群众 / 市民 for 自然人, 公司 for 商业企业,
 * 高等院校 for 科研机构 …, the same table the header's text lines are read by).
 */
const TEMPLATE_PIECES = ['自然人', '商业', '科研', '公益', '法律']
const LEAF_WORDS: { column: number; re: RegExp }[] = [
  ...TEMPLATE_PIECES.map((piece, column) => ({ column, re: new RegExp([piece, ...wordsOf(column)].join('|')) })),
  { column: 5, re: /^其他$|^其它$/ },
  { column: 6, re: /总计|合计/ },
]

/** Headings of columns that are none of the seven (a subtotal, last year's, a change, remarks, an ordinal). */
const EXTRA = /小计|上一?年|去年|同比|增减|变化|备注|序号/

/** The columns a leaf's text names (none, one, or several). */
function namedColumns(text: string): number[] {
  return LEAF_WORDS.filter((w) => w.re.test(text)).map((w) => w.column)
}

/** 其他 as part of a longer heading (其他企业, 其他组织) names 其他 too: counted as a second column. */
const otherInside = (text: string): boolean => /其[他它]/.test(text) && !/^其[他它]$/.test(text)

/**
 * The verdict of one table's header grid; null where the grid does not show seven data columns each
 * under a leaf of its own with text (then the header's words decide, as before), or the leaves name
 * fewer than four columns (not table 三's header).
 */
export function gridLeafVerdict(rows: readonly TableCell[][], { blanksForSpans = false, scanned = false }: { blanksForSpans?: boolean; scanned?: boolean } = {}): GridLeafVerdict {
  const body = rows.findIndex(hasNumber)
  if (body <= 0) return null
  const { placed, width } = place(rows.slice(0, body))
  const first = width - REQUEST_COLUMN_LABELS.length
  if (first < 1) return null
  const cellLeaf = (c: number): Placed | undefined => placed.filter((p) => p.col <= c && c < p.col + span(p)).sort((a, b) => b.row - a.row)[0]
  const leafOf = blanksForSpans ? (c: number) => pipeLeaf(placed, c) : cellLeaf
  // More than seven data columns (a 小计 of the five, 自然人 left of the last seven): not this shape.
  for (let c = 0; c < first; c++) {
    const leaf = leafOf(c)
    if (leaf && span(leaf) === 1 && (namedColumns(plain(leaf.cell.text)).length || EXTRA.test(plain(leaf.cell.text)))) return null
  }
  // A pipe table whose column holds two cells naming columns (a header printed twice): the words decide.
  if (blanksForSpans && placed.some((p) => p.col >= first && namedColumns(plain(p.cell.text)).length && pipeLeaf(placed, p.col) !== p)) return null
  const leaves: string[] = []
  for (let c = first; c < width; c++) {
    const leaf = leafOf(c)
    if (!leaf || span(leaf) !== 1) return null
    const text = plain(leaf.cell.text)
    // An empty leaf, or a column of another kind (小计, 上年总计, 同比): the header's words decide, as before.
    if (!text || EXTRA.test(text)) return null
    leaves.push(text)
  }
  const named = leaves.map((t) => [...new Set([...namedColumns(t), ...(otherInside(t) ? [5] : [])])])
  const sure = named.filter((n) => n.length === 1).map((n) => n[0]!)
  if (new Set(sure).size < 4) return null
  const order = named.map((n) => (n.length === 1 ? n[0]! : -1))
  if (!order.includes(-1) && new Set(order).size === order.length) return { order }
  // A leaf naming two columns (其他企业: 其他 and 企业) where every other leaf names one column, all different,
  // and one of its two is named by no other leaf: the header's own words place it (企业 … 其他企业: 其他).
  const left = named.map((n) => (n.length > 1 ? n.filter((c) => !sure.includes(c)) : n))
  const byElimination = left.map((n) => (n.length === 1 ? n[0]! : -1))
  if (new Set(sure).size === sure.length && !byElimination.includes(-1) && new Set(byElimination).size === byElimination.length) return { order: byElimination }
  // A scan's leaves misread or cut by a seal (「自然书」, 「构」): their characters place them (requests-misread-leaves.ts).
  if (scanned && new Set(sure).size === sure.length) {
    const misread = misreadLeavesOrder(leaves, order)
    if (misread) return { order: misread }
  }
  // One leaf named by no word, every other leaf its template column's (a scan's 「白然人」, a heading in
  // other words in its place): the grid shows nothing against the template's order; the header's words
  // decide, as before.
  if (named.filter((n) => n.length === 0).length === 1 && named.every((n, i) => n.length === 0 || (n.length === 1 && n[0] === i))) return null
  const odd = leaves.filter((_, i) => named[i]!.length !== 1 || order.indexOf(order[i]!) !== i || order.lastIndexOf(order[i]!) !== i)
  return { refused: `表三表头的列名${odd.map((t) => `「${t}」`).join('')}认不出或可指两类申请人（各列名不能逐一对应到模板的七列），各列的先后无法证实，各列数字属于哪一类申请人无法确定，本行未读取。` }
}

/**
 * A pipe table's leaf (markdown, a text converter's `| a | b |` rows): it has no spans, so a merged
 * cell's other places print empty. A column's leaf is its lowest cell with text (a tall 自然人 prints
 * in its top row, blanks below). A cell with text whose right neighbour is empty while that neighbour's
 * column has text lower down heads a group (法人或其他组织 over the five): no leaf of its own column
 * (its leaf was printed empty), so undefined (the header's words decide, as before).
 */
function pipeLeaf(placed: readonly Placed[], c: number): Placed | undefined {
  const text = (r: number, col: number): string => placed.find((p) => p.row === r && p.col === col)?.cell.text.trim() ?? ''
  const leaf = placed.filter((p) => p.col === c && p.cell.text.trim() !== '').sort((a, b) => b.row - a.row)[0]
  if (!leaf) return undefined
  const below = (col: number): boolean => placed.some((p) => p.col === col && p.row > leaf.row && p.cell.text.trim() !== '')
  return text(leaf.row, c + 1) === '' && below(c + 1) ? undefined : leaf
}

/** The verdict of the tables between `from` and `to` in the flat text: a refusal wins; orders must agree. */
export function gridLeafVerdictIn(doc: SourceDocument, flat: FlatText, from: number, to: number): GridLeafVerdict {
  const [a, b] = [locAt(flat, from).block, locAt(flat, Math.max(from, to - 1)).block]
  // Plain text's tables are pipe rows (text-document.ts): a merged cell's other places print empty.
  const blanksForSpans = doc.format === 'text'
  const scanned = doc.ocr !== undefined
  const verdicts = doc.blocks.slice(a, b + 1).flatMap((block) => (block.kind === 'table' ? [gridLeafVerdict(block.rows, { blanksForSpans, scanned })] : [])).filter((v) => v !== null)
  const refused = verdicts.find((v) => 'refused' in v)
  if (refused) return refused
  const orders = verdicts.flatMap((v) => ('order' in v ? [v.order] : []))
  return orders.length && orders.every((o) => o.join() === orders[0]!.join()) ? { order: orders[0]! } : null
}
