// A scan's header leaves misread by the OCR (「自然书」 for 自然人; 「构」, the end of 法律服务机构 left
// when a seal covers the rest): leaves that name no column, every other leaf naming one column of
// its own. On a scan, a leaf is the template's heading with characters lost or misread, so its
// characters say which of the columns no other leaf takes it is: each unnamed leaf must be mostly
// characters of that column's template heading, and only one way of giving the unnamed leaves those
// columns may fit. Otherwise nothing is proven (the sums cannot tell 自然人 from 法律服务机构).
import { REQUEST_COLUMN_LABELS } from '../model/template-labels'

/** Whether most of `leaf`'s characters are characters of `label` (at least half, at least one). */
function mostlyOf(leaf: string, label: string): boolean {
  const chars = [...leaf]
  const inLabel = chars.filter((c) => label.includes(c)).length
  return inLabel >= 1 && inLabel * 2 >= chars.length
}

/** All ways of giving each of `leaves` one of `columns` (distinct) that `fits` allows. */
function matchings(leaves: number[], columns: number[], fits: (leaf: number, column: number) => boolean): number[][] {
  if (leaves.length === 0) return [[]]
  const [first, ...rest] = leaves as [number, ...number[]]
  return columns.filter((c) => fits(first, c)).flatMap((c) => matchings(rest, columns.filter((x) => x !== c), fits).map((m) => [c, ...m]))
}

/**
 * The order where each unnamed leaf (order[i] === -1) takes the one free column its characters fit, or
 * null where none or several ways fit. `order` holds each leaf's column (distinct) or -1.
 */
export function misreadLeavesOrder(leaves: readonly string[], order: readonly number[]): number[] | null {
  const unnamed = order.flatMap((c, i) => (c === -1 ? [i] : []))
  const free = REQUEST_COLUMN_LABELS.map((_, c) => c).filter((c) => !order.includes(c))
  if (unnamed.length === 0 || unnamed.length !== free.length || unnamed.length > 3) return null
  const fits = (i: number, c: number): boolean => mostlyOf(leaves[i]!, REQUEST_COLUMN_LABELS[c]!)
  const ways = matchings(unnamed, free, fits)
  if (ways.length !== 1) return null
  const out = [...order]
  unnamed.forEach((i, k) => (out[i] = ways[0]![k]!))
  return out
}
