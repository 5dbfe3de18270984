// Where a header line's cells are known (a table's cells joined by tabs, a pipe table), a heading's
// cell says which column it heads. The template's order (or the organisations-first order) may be
// assumed for a header whose words are not all recognised only where every recognised heading stands
// in its own cell of that order: 科研机构 in the second cell beside an unknown 「企业」 in the third
// (review hr35 W1) puts the two columns the other way round, and the sums cannot tell (the five
// organisation columns are interchangeable in every sum).
import { withoutTemplateNote, type HeadingHit } from './header-columns'

const withoutNotes = (line: string): string => line.replace(/（[^）]*）|\([^)]*\)/g, '')
const SEPARATOR = /[\t|]/g

/** The cells of a line split by tabs or pipes: start offsets and texts. */
function cellsOf(line: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = []
  let start = 0
  for (const m of line.matchAll(SEPARATOR)) {
    out.push({ start, text: line.slice(start, m.index) })
    start = m.index + 1
  }
  out.push({ start, text: line.slice(start) })
  return out
}

/**
 * A line of the header whose recognised headings do not stand `expected` apart (expected[p] = the
 * template column printed p-th): the texts of its cells no heading was recognised in, for the note
 * ('' where every cell was recognised). Null where every judged line fits. Only lines with cell
 * separators, no heading of a higher level (`group`), and at least five cells from the first heading
 * on (a row of column headings, not 「自然人 | 总计」 beside a merged cell) are judged.
 */
export function displacedHeadings(header: string, hits: readonly HeadingHit[], expected: readonly number[], group: number): string[] | null {
  const lines = withoutTemplateNote(header).split('\n').map(withoutNotes)
  for (const [n, line] of lines.entries()) {
    const on = hits.filter((h) => h.line === n)
    if (on.length < 2 || on.some((h) => h.column === group) || !/[\t|]/.test(line)) continue
    const cells = cellsOf(line)
    const cellOf = (h: HeadingHit): number => cells.filter((c) => c.start <= h.at).length - 1
    const first = Math.min(...on.map(cellOf))
    if (cells.length - first < 5) continue
    const fits = on.every((a) => on.every((b) => cellOf(b) - cellOf(a) === expected.indexOf(b.column) - expected.indexOf(a.column)))
    if (fits) continue
    const used = new Set(on.map(cellOf))
    return cells.flatMap((c, i) => (i > first && !used.has(i) && c.text.trim() !== '' ? [c.text.trim()] : []))
  }
  return null
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
