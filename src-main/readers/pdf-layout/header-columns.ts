// An unruled row of numbers without a label (table 四: one row of 15 cells under a two-level
// header) whose cells wrap differently (「12 件」 over 「（件）」 beside 「7 件（件）」 on one line):
// its numbers come out on two or more lines, the higher ones first, not in the columns' order.
// Here such a run of number lines becomes one line, each number under the header column its cell
// lies in, left to right — only where every column takes exactly one number and every number lies
// under exactly one column. Otherwise the lines stay as they are.
import type { PdfItem, PdfLine } from './text-join'
import { isCount, isUnit } from './row-cells'

/** Number lines this many font sizes apart or less are one row's. */
const ROW_GAP_EM = 1.5
/** Header lines looked at above the numbers. */
const HEADER_LINES = 6
/** A unit this near after a number (in font sizes) is printed in its cell. */
const UNIT_GAP_EM = 0.3

interface Span {
  x0: number
  x1: number
}

const numbersOnly = (l: PdfLine): boolean => l.items.every((it) => isCount(it) || isUnit(it))
const hasCount = (l: PdfLine): boolean => l.items.some(isCount)
const overlaps = (a: Span, b: Span): boolean => a.x0 < b.x1 && b.x0 < a.x1
const span = (it: PdfItem): Span => ({ x0: it.x, x1: it.x + it.w })

/** The header's columns: words no lower word lies under two of, merged where they overlap (a word wrapped in its cell). */
function headerColumns(header: PdfLine[]): Span[] {
  const words = header.flatMap((l, at) => l.items.map((it) => ({ s: span(it), at })))
  const leaves = words.filter((w) => words.filter((o) => o.at > w.at && overlaps(o.s, w.s)).length < 2)
  const cols: Span[] = []
  for (const w of [...leaves].sort((a, b) => a.s.x0 - b.s.x0)) {
    const last = cols[cols.length - 1]
    if (last && overlaps(last, w.s)) last.x1 = Math.max(last.x1, w.s.x1)
    else cols.push({ ...w.s })
  }
  return cols
}

/** The run's numbers, one per column left to right, or null where positions do not prove it. */
function byColumns(run: PdfLine[], cols: Span[]): PdfItem[] | null {
  const cells = run.flatMap((l) =>
    l.items.flatMap((it, k) => {
      if (!isCount(it)) return []
      // The cell's extent on its line: the number and the units printed right after it.
      let x1 = it.x + it.w
      for (const u of l.items.slice(k + 1)) {
        if (!isUnit(u) || u.x - x1 > UNIT_GAP_EM * u.size) break
        x1 = u.x + u.w
      }
      return [{ it, s: { x0: it.x, x1 } }]
    }),
  )
  if (cells.length !== cols.length) return null
  const taken: (PdfItem | undefined)[] = cols.map(() => undefined)
  for (const c of cells) {
    const under = cols.map((col, k) => ({ k, o: Math.min(col.x1, c.s.x1) - Math.max(col.x0, c.s.x0) })).filter((u) => u.o > 0)
    if (under.length !== 1 || taken[under[0]!.k]) return null
    taken[under[0]!.k] = c.it
  }
  return taken as PdfItem[]
}

/** Lines (top to bottom) with each label-less row of numbers spread over lines rebuilt as one line by its header's columns. */
export function rowsByHeader(lines: PdfLine[]): PdfLine[] {
  const out: PdfLine[] = []
  let i = 0
  while (i < lines.length) {
    const first = lines[i]!
    if (!numbersOnly(first) || !hasCount(first)) {
      out.push(first)
      i++
      continue
    }
    // The run: number lines (and lines of units alone) each within ROW_GAP_EM of the one above.
    let j = i + 1
    while (j < lines.length && numbersOnly(lines[j]!) && lines[j - 1]!.y - lines[j]!.y <= ROW_GAP_EM * first.size) j++
    const run = lines.slice(i, j)
    const counted = run.filter(hasCount)
    let rebuilt: PdfItem[] | null = null
    if (counted.length >= 2) {
      const header: PdfLine[] = []
      for (let h = i - 1; h >= 0 && header.length < HEADER_LINES && !lines[h]!.items.some(isCount); h--) header.unshift(lines[h]!)
      if (header.length) rebuilt = byColumns(run, headerColumns(header))
    }
    if (!rebuilt) {
      out.push(first)
      i++
      continue
    }
    out.push({ items: rebuilt, x0: Math.min(...rebuilt.map((it) => it.x)), x1: Math.max(...rebuilt.map((it) => it.x + it.w)), y: counted[0]!.y, size: first.size })
    i = j
  }
  return out
}
