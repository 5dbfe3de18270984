// Where a header line's cells are known (a table's cells joined by tabs, a pipe table), a heading's
// cell says which column it heads. The template's order (or the organisations-first order) may be
// assumed for a header whose words are not all recognised only where every recognised heading stands
// in its own cell of that order: 科研机构 in the second cell beside an unknown 「企业」 in the third
// (review hr35 W1) puts the two columns the other way round, and the sums cannot tell (the five
// organisation columns are interchangeable in every sum). pdftotext -layout's lines set their cells
// apart by runs of spaces (t436): there an empty cell leaves no trace, so two recognised headings may
// stand fewer cells apart than their columns, never more.
import { withoutTemplateNote, type HeadingHit } from './header-columns'
import { cellsOf, CELL_SEPARATOR, CELL_SPACES, ORG_COLUMNS, TEMPLATE_HEADING_CHARS, withoutHeadingNotes } from './header-line-cells'

const withoutNotes = withoutHeadingNotes
const ORGS = ORG_COLUMNS

const TEMPLATE_CHARS = TEMPLATE_HEADING_CHARS
/** A cell of words no heading holds (a heading the reader knows no word of). */
const unknownText = (t: string): boolean => /[\u4e00-\u9fff]/.test(t) && !TEMPLATE_CHARS.test(t.replace(/[\s\u3000]/g, ''))
/** A row-label heading over the label column (项目, 类别 …): no column of numbers. */
const LABEL_CELL = /^(?:项目|項目|类别|類別|类型|名称|内容)$/
/** Letters set apart by spaces (「自  然  人」): most cells one character; no cells of headings. */
const letterSpaced = (cells: readonly { text: string }[]): boolean => cells.filter((c) => c.text.trim().length === 1).length * 2 > cells.length

/**
 * A line of the header whose recognised headings do not stand `expected` apart (expected[p] = the
 * template column printed p-th): the texts of its cells no heading was recognised in, for the note
 * ('' where every cell was recognised). Null where every judged line fits. Only lines with cells (tabs,
 * pipes, or runs of spaces not parting single letters), no heading of a higher level (`group`), and at
 * least five cells from the first heading on (a row of column headings, not 「自然人 | 总计」 beside a
 * merged cell) are judged.
 */
export function displacedHeadings(header: string, hits: readonly HeadingHit[], expected: readonly number[], group: number): string[] | null {
  const lines = withoutTemplateNote(header).split('\n').map(withoutNotes)
  // The top level of a two-level header: 法人或其他组织 where the organisations stand.
  const top = expected.filter((c, i) => !ORGS.includes(c) || !ORGS.includes(expected[i - 1] ?? -1)).map((c) => (ORGS.includes(c) ? group : c))
  for (const [n, line] of lines.entries()) {
    const on = hits.filter((h) => h.line === n)
    const tabbed = /[\t|]/.test(line)
    const grouped = on.some((h) => h.column === group)
    const words = groupInOtherWords(line, tabbed, on, group)
    if (words !== null) {
      if (words.moved(top)) return [words.text]
      continue
    }
    // A line of the top level is judged only where spaces set its cells (a merged cell of a grid spans
    // several of them), and only where it holds no organisation heading (which level is it?).
    if (on.length < 2 || (grouped && (tabbed || on.some((h) => ORGS.includes(h.column))))) continue
    const order = grouped ? top : expected
    const cells = cellsOf(line, tabbed ? CELL_SEPARATOR : CELL_SPACES)
    if (!tabbed && (cells.length < 2 || letterSpaced(cells))) continue
    const cellOf = (h: HeadingHit): number => cells.filter((c) => c.start <= h.at).length - 1
    const first = Math.min(...on.map(cellOf))
    if (cells.length - first < (grouped ? 3 : 5)) continue
    const used = new Set(on.map(cellOf))
    const unknown = cells.flatMap((c, i) => (i > first && !used.has(i) && c.text.trim() !== '' ? [c.text.trim()] : []))
    const apart = (a: HeadingHit, b: HeadingHit): number => order.indexOf(b.column) - order.indexOf(a.column)
    // Space-set cells: neighbouring headings more cells apart than their columns (or in the other order),
    // and only beside a cell of words no heading holds (a wrapped heading's pieces hold cells of their own).
    // (There a cell before the first heading counts too: 「群众  科研机构  商业企业 …」.)
    const strange = cells.flatMap((c, i) => (!used.has(i) && unknownText(c.text) && !LABEL_CELL.test(c.text.trim()) ? [c.text.trim()] : []))
    const fits = tabbed
      ? on.every((a) => on.every((b) => cellOf(b) - cellOf(a) === apart(a, b)))
      : strange.length === 0 || on.slice(1).every((b, i) => cellOf(b) - cellOf(on[i]!) <= apart(on[i]!, b))
    if (fits && !(strange.length && movedInWholeRow(cells, on, cellOf, grouped ? top : expected))) continue
    return tabbed ? unknown : strange
  }
  return null
}

/**
 * The top level of a two-level header with its group heading in words the reader does not take for it
 * (「单位  自然人  总计」, 「组织  自然人  总计」; hostile review hr36 F6): a space-set line of three cells,
 * two of them headings other than the organisations' and their group's, the third words. Its cells are the
 * top level's three columns: `moved` says whether a heading stands in another cell than `top` puts it.
 */
function groupInOtherWords(line: string, tabbed: boolean, on: readonly HeadingHit[], group: number): { text: string; moved: (top: readonly number[]) => boolean } | null {
  if (tabbed || on.length !== 2 || on.some((h) => ORGS.includes(h.column) || h.column === group)) return null
  const cells = cellsOf(line, CELL_SPACES)
  if (cells.length !== 3) return null
  const cellOf = (h: HeadingHit): number => cells.filter((c) => c.start <= h.at).length - 1
  const used = new Set(on.map(cellOf))
  if (used.size !== 2) return null
  const rest = cells.find((c, i) => !used.has(i))!.text.trim()
  if (!/[\u4e00-\u9fff]/.test(rest) || LABEL_CELL.test(rest)) return null
  return { text: rest, moved: (top) => on.some((h) => cellOf(h) !== top.indexOf(h.column)) }
}

/**
 * A line of headings and unknown words as many cells wide as its level has columns (seven, the five
 * organisations of a two-level header, or its top level's three): every heading's cell is its own
 * column's, counted from the line's first. 「科研机构  社会公益组织  法律服务机构  其他  公司」 keeps its
 * recognised headings' gaps, but puts 科研机构 in 商业企业's cell.
 */
function movedInWholeRow(cells: readonly { text: string }[], on: readonly HeadingHit[], cellOf: (h: HeadingHit) => number, order: readonly number[]): boolean {
  const held = cells.flatMap((c, i) => (on.some((h) => cellOf(h) === i) || unknownText(c.text) ? [i] : []))
  const start = Math.min(...held)
  const width = Math.max(...held) - start + 1
  const level = on.every((h) => ORGS.includes(h.column)) && width === ORGS.length ? order.filter((c) => ORGS.includes(c)) : order
  return width === level.length && on.some((h) => cellOf(h) - start !== level.indexOf(h.column))
}

/**
 * Two header lines with cell separators that print the same headings in different orders (a header
 * repeated with its columns moved, one copy of it wrong): no order is proven. The texts of the two
 * lines' headings' columns, or null where every pair of lines agrees.
 */
export function headerLinesDisagree(header: string, hits: readonly HeadingHit[]): [number[], number[]] | null {
  const lines = withoutTemplateNote(header).split('\n')
  const rows = [...new Set(hits.map((h) => h.line))]
    .filter((n) => /[\t|]/.test(lines[n] ?? ''))
    .map((n) => hits.filter((h) => h.line === n).map((h) => h.column))
    .filter((cols) => cols.length >= 2)
  for (const [i, a] of rows.entries()) {
    for (const b of rows.slice(i + 1)) {
      const shared = a.filter((c) => b.includes(c))
      if (shared.join() !== b.filter((c) => a.includes(c)).join()) return [a, b]
    }
  }
  return null
}
