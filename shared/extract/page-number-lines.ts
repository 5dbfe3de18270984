// A number standing alone on the last line before a page break: the page's own number (a footer
// printed as a bare 「6」) or the last cell of a table row set one cell per line. Which one it is the
// text does not say, so it proves no cell: a row that needs it to be complete is not proven by it.
import type { FlatText } from './flatten'

/**
 * Offsets (relative to `from`) in [from, to) where a new page starts, by the source lines' pages; not
 * the pages in `marked` (their break was marked by a page-number line of its own).
 */
export function pageStartsIn(flat: FlatText, from: number, to: number, marked: readonly number[] = []): number[] {
  const out: number[] = []
  let last: number | undefined
  // Lines before the first page break of a text file carry no page: they are on page 1.
  for (const s of flat.spans) {
    const page = s.loc.page ?? 1
    if (s.start >= to) break
    if (last !== undefined && page !== last && s.start > from && !marked.includes(page)) out.push(s.start - from)
    last = page
  }
  return out
}

/** A line that is only a number of one to three digits (as a bare page number is printed). */
const BARE_NUMBER_LINE = /^[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*$/

/** The [start, end) of each bare-number line that is the last line with content before a page start. */
export function numbersBeforePageBreaks(text: string, pageStarts: number[]): [number, number][] {
  const out: [number, number][] = []
  for (const at of pageStarts) {
    // The last non-empty line before the page start.
    let end = at
    while (end > 0 && /[\s\f]/.test(text[end - 1]!)) end--
    const start = text.lastIndexOf('\n', end - 1) + 1
    if (end > start && BARE_NUMBER_LINE.test(text.slice(start, end))) out.push([start, end])
  }
  return out
}

/**
 * A row's tokens with a number that may be a page number (see above): left out where the row reads
 * only without it; kept where the row reads only with it and the table leaves no cell blank (then the
 * row has no place for a missing cell); either way where both readings agree. Otherwise the row is
 * not proven: `unsure` names the number (before: 「规章 1 11」 and the footer 「6」 read as 1 | 11 | 6).
 */
export function rowBesidePageNumber<T extends { start: number; value: number | null; digits: string }>(
  own: T[],
  lines: [number, number][],
  read: (tokens: T[]) => (number | null)[] | null,
  noBlanks: boolean,
  /** Whether the number stands as the row's own cells do (one cell per line, in the label's column); default yes. */
  likeACell: (doubtful: T, others: T[]) => boolean = () => true,
): { tokens: T[] } | { unsure: T } {
  const doubtful = own.filter((t) => lines.some(([s, e]) => t.start >= s && t.start < e))
  if (doubtful.length === 0) return { tokens: own }
  const without = own.filter((t) => !doubtful.includes(t))
  const withIt = read(own)
  const withoutIt = without.some((t) => t.digits !== '') ? read(without) : null
  if (withoutIt && !withIt) return { tokens: without }
  // Needed to complete the row: only where the row prints one cell per line as the number stands
  // (before: 「行政事业性收费 4」 and a centred page number 「3」 read 4 | 3).
  if (withIt && !withoutIt && noBlanks && likeACell(doubtful[0]!, without)) return { tokens: own }
  if (withIt && withoutIt && withIt.join('|') === withoutIt.join('|')) return { tokens: own }
  if (!withIt && !withoutIt) return { tokens: own }
  return { unsure: doubtful[0]! }
}

const lineStartOf = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1
const indentAt = (text: string, at: number): number => /^[ \t\u3000]*/.exec(text.slice(lineStartOf(text, at)))![0].length

/**
 * A bare number laid out as a row's cells are in a one-cell-per-line table: each of the row's other
 * cells on a line of its own, not on the label's line, and the number no further in than the label
 * (a page number is centred; a cell of such a table starts where the label does).
 */
export function laidOutAsCell(text: string, labelStart: number, doubtful: { start: number }, others: { start: number; digits: string }[]): boolean {
  const labelLine = lineStartOf(text, labelStart)
  const printed = others.filter((t) => t.digits !== '')
  const lines = printed.map((t) => lineStartOf(text, t.start))
  if (lines.some((l, i) => l === labelLine || lines.indexOf(l) !== i)) return false
  return indentAt(text, doubtful.start) <= indentAt(text, labelStart) + 2
}
