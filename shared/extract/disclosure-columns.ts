// Section 二's three-column rows (规章, 规范性文件) in the column order their header prints: some
// reports put 本年新公开数量 before 本年新制作数量, or 现行有效件数 before 本年废止件数. Section 二 has
// no sums to tell, so only the header's words can: all three found → their order; some found and
// out of the template's order → the rows stay unread; none found → the template's order.
import { fuzzy } from './row-labels'
type DisclosureLayout = '2019' | '2021'

/** The three column headings per template, in the template's order (as the model's fields). */
const HEADINGS: Record<DisclosureLayout, RegExp[]> = {
  '2019': [new RegExp(fuzzy('新制作')), new RegExp(fuzzy('新公开')), new RegExp(fuzzy('公开总数'))],
  '2021': [new RegExp(fuzzy('制发件数')), new RegExp(fuzzy('废止件数')), new RegExp(fuzzy('现行有效'))],
}

/**
 * For each printed column, the template column it holds (e.g. [1, 0, 2]); null where the header
 * shows an order it cannot place (some headings missing and the others out of order).
 */
export function disclosureColumnOrder(header: string, layout: DisclosureLayout): number[] | null {
  const at = HEADINGS[layout].map((re) => re.exec(header)?.index ?? -1)
  const found = at.map((p, i) => ({ p, i })).filter((x) => x.p >= 0)
  const printed = found.slice().sort((a, b) => a.p - b.p).map((x) => x.i)
  const inOrder = printed.every((c, j) => j === 0 || c > printed[j - 1]!)
  if (found.length === 3) return printed
  return inOrder ? [0, 1, 2] : null
}

/** A row's cells as printed, put in the template's order. */
export function toTemplateColumns<T>(cells: T[], printed: number[]): T[] {
  const out = cells.slice()
  printed.forEach((template, j) => (out[template] = cells[j]!))
  return out
}
