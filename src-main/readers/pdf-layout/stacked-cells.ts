// A number wrapped in a narrow cell of a table without grid lines: the cell's lines stand one above
// and one below its row's line, centred on it (Chromium wraps full-width digits anywhere: 「２１」 in the
// 总计 column prints 「２」 half a line above the row and 「１」 half a line below; 「74件」 prints 「74」
// over 「件」). Read line by line, the row lacked that cell and its neighbours got a loose digit: 「１」
// was taken as the row's seventh number, and a total of 21 was read 1. Here the two pieces are put
// back on the row as one cell, in reading order (top line first), where nothing else can own them.
import { splitOnGaps, joinItems, type PdfItem, type PdfLine } from './text-join'
import { isCount } from './row-cells'

/** The head of a wrapped number: digits (with thousands commas). */
const HEAD = /^[\d\uff10-\uff19][\d\uff10-\uff19,，]*$/
/** Its rest: more digits and/or the cell's unit. */
const REST = /^(?:[\d\uff10-\uff19,，]+(?:件|个)?|件|个)$/
/** A row line holds at least this many count cells. */
const MIN_ROW_CELLS = 3

interface Seg {
  items: PdfItem[]
  text: string
  x0: number
  x1: number
}

function segsOf(l: PdfLine): Seg[] {
  return splitOnGaps(l.items, 0.3).map((items) => ({ items, text: joinItems(items).replace(/\s+/g, ''), x0: Math.min(...items.map((it) => it.x)), x1: Math.max(...items.map((it) => it.x + it.w)) }))
}

const overlaps = (a: { x0: number; x1: number }, b: { x0: number; x1: number }, size: number): boolean => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.3 * size

/** Lines (top to bottom) with each wrapped number cell put back on its row's line. */
export function stackedCells(lines: PdfLine[]): PdfLine[] {
  const segs = lines.map(segsOf)
  const isRow = segs.map((s) => s.filter((g) => g.items.every(isCount)).length >= MIN_ROW_CELLS)
  const taken = new Set<PdfItem>()
  const added = new Map<number, PdfItem[]>()
  const nearestRow = (from: number, step: 1 | -1): number => {
    for (let k = from + step; k >= 0 && k < lines.length; k += step) if (isRow[k]) return k
    return -1
  }
  for (let r = 1; r + 1 < lines.length; r++) {
    if (!isRow[r] || isRow[r - 1] || isRow[r + 1]) continue
    const row = lines[r]!, above = lines[r - 1]!, below = lines[r + 1]!
    const size = row.size
    const dA = above.y - row.y, dB = row.y - below.y
    // Both pieces half a line or so from the row, as far above as below: one cell centred on it.
    if (dA < 0.2 * size || dA > 1.0 * size || dB < 0.2 * size || dB > 1.0 * size || Math.abs(dA - dB) > 0.3 * size) continue
    for (const a of segs[r - 1]!) {
      if (!HEAD.test(a.text) || a.items.some((it) => taken.has(it))) continue
      const b = segs[r + 1]!.find((g) => REST.test(g.text) && overlaps(a, g, size) && !g.items.some((it) => taken.has(it)))
      if (!b) continue
      const span = { x0: Math.min(a.x0, b.x0), x1: Math.max(a.x1, b.x1) }
      // The row has no cell of its own in that column…
      if (segs[r]!.some((g) => overlaps(g, span, size))) continue
      // …the column is one of the table's (another row has a number there)…
      if (!segs.some((s, k) => isRow[k] && k !== r && s.some((g) => g.items.every(isCount) && overlaps(g, span, size)))) continue
      // …and the rows next to it have theirs, so neither piece can be the rest of a neighbour's cell.
      const up = nearestRow(r, -1), down = nearestRow(r, 1)
      const full = (k: number): boolean => k < 0 || Math.abs(lines[k]!.y - row.y) > 3 * size || segs[k]!.some((g) => overlaps(g, span, size))
      if (!full(up) || !full(down)) continue
      for (const it of [...a.items, ...b.items]) taken.add(it)
      added.set(r, [...(added.get(r) ?? []), { str: a.text + b.text, x: span.x0, w: span.x1 - span.x0, y: row.y, size: row.size }])
    }
  }
  if (!taken.size) return lines
  const out: PdfLine[] = []
  lines.forEach((l, k) => {
    const items = [...l.items.filter((it) => !taken.has(it)), ...(added.get(k) ?? [])].sort((p, q) => p.x - q.x)
    if (!items.length) return
    out.push({ ...l, items, x0: Math.min(...items.map((it) => it.x)), x1: Math.max(...items.map((it) => it.x + it.w)) })
  })
  return out
}
