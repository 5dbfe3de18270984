// The cells of a ruled table, from its ruling lines, and the ink inside one cell. The scans'
// tables are ruled: a cell is the rectangle between two neighbouring horizontal rules that a pair
// of vertical rules both cross from top to bottom. Knowing the cell, the recogniser can be given
// exactly its content: the detector misses a thin lone "1" or "0" in a wide cell (or finds only a
// speck beside it), and a cell with no ink inside is known to be empty, not unread.
import type { GrayImage } from './gray-image'
import type { PixelRuling } from './image-rulings'

export interface CellRect {
  x0: number
  y0: number
  x1: number
  y1: number
}

/** Rules closer than this (pixels) are one line drawn twice, or a thick one. */
const SAME_LINE = 4
/** Rows and columns smaller than this (pixels) are no table cell. */
const MIN_SIDE = 12

function mergeLines(rs: PixelRuling[]): PixelRuling[] {
  const sorted = [...rs].sort((a, b) => a.at - b.at)
  const out: PixelRuling[] = []
  for (const r of sorted) {
    const last = out[out.length - 1]
    if (last && r.at - last.at <= SAME_LINE && r.from <= last.to && r.to >= last.from) {
      out[out.length - 1] = { ...last, from: Math.min(last.from, r.from), to: Math.max(last.to, r.to) }
    } else out.push(r)
  }
  return out
}

/** A table broken across pages is often printed open at the break: its rows on the new page start
 *  (or those on the old page end) with no rule across, only the column rules ending there. Where at
 *  least three column rules end level and no rule runs across there, the missing rule is put back,
 *  so the open row's cells are known too. */
function openEdges(hs: PixelRuling[], vs: PixelRuling[]): PixelRuling[] {
  const out: PixelRuling[] = []
  for (const end of ['from', 'to'] as const) {
    const sorted = [...vs].sort((a, b) => a[end] - b[end])
    for (let i = 0; i < sorted.length; ) {
      let j = i
      while (j + 1 < sorted.length && sorted[j + 1]![end] - sorted[i]![end] <= SAME_LINE) j++
      const group = sorted.slice(i, j + 1)
      i = j + 1
      if (group.length < 3) continue
      const at = group.reduce((s, v) => s + v[end], 0) / group.length
      const from = Math.min(...group.map((v) => v.at)), to = Math.max(...group.map((v) => v.at))
      // Only the table's outermost edge is open: with any rule across beyond it (above a top end,
      // below a bottom end) these are inner column rules of a header, whose rows have rules.
      const across = (h: PixelRuling): boolean => h.from <= from + SAME_LINE && h.to >= to - SAME_LINE
      const beyond = (h: PixelRuling): boolean => (end === 'from' ? h.at < at + SAME_LINE + 2 : h.at > at - SAME_LINE - 2)
      if (hs.some((h) => across(h) && beyond(h))) continue
      out.push({ dir: 'h', at, from, to })
    }
  }
  return out
}

/** Every cell bounded on all four sides by rules (or by the open edge of a table broken across
 *  pages: see openEdges). Rules may end a few pixels short of a crossing. */
export function gridCells(rulings: PixelRuling[]): CellRect[] {
  const drawn = rulings.filter((r) => r.dir === 'h')
  const hs = mergeLines([...drawn, ...openEdges(drawn, rulings.filter((r) => r.dir === 'v'))])
  const vs = rulings.filter((r) => r.dir === 'v')
  const slack = SAME_LINE + 2
  const covers = (r: PixelRuling, a: number, b: number): boolean => r.from <= a + slack && r.to >= b - slack
  const cells: CellRect[] = []
  for (let i = 0; i + 1 < hs.length; i++) {
    const top = hs[i]!
    // The next rule below that shares some length with this one closes the row.
    for (let j = i + 1; j < hs.length; j++) {
      const bottom = hs[j]!
      if (bottom.at - top.at < MIN_SIDE || bottom.from > top.to || bottom.to < top.from) continue
      const xs = mergeLines(vs.filter((v) => covers(v, top.at, bottom.at) && v.at >= Math.max(top.from, bottom.from) - slack && v.at <= Math.min(top.to, bottom.to) + slack)).map((v) => v.at)
      for (let k = 0; k + 1 < xs.length; k++) {
        const x0 = xs[k]!, x1 = xs[k + 1]!
        if (x1 - x0 >= MIN_SIDE && covers(top, x0, x1) && covers(bottom, x0, x1)) cells.push({ x0, y0: top.at, x1, y1: bottom.at })
      }
      break
    }
  }
  return cells
}

/** Darker than this is ink. */
const INK = 120
/** Pixels kept off the rules, each side (a rule is up to ~4 px thick and may lean by one). */
const INSET = 4

/** The bounding box of the ink inside a cell (rules and specks left out), or null for an empty
 *  cell. A pixel counts only with at least 4 of its 8 neighbours dark too (a speck of up to 2×2
 *  pixels never does, a stroke does), and only pieces at least 0.4 of a glyph's height (`glyph`,
 *  pixels) count as print. */
export function cellInk(img: GrayImage, cell: CellRect, glyph: number): CellRect | null {
  // Faint thin print (a worn copy in a light serif face) has strokes one pixel wide, whose pixels
  // have only two or three dark neighbours: where no print is found, it is sought again counting
  // those, and its strokes break into short pieces: then pieces of a few pixels count together, and
  // together they must be 0.4 of a glyph high (a lone speck pixel still has no dark neighbour).
  return inkWith(img, cell, glyph, 4, false) ?? inkWith(img, cell, glyph, 2, true)
}

/** Pixels a piece of broken thin print must have to count (a speck of noise has fewer). */
const THIN_PIECE = 8

function inkWith(img: GrayImage, cell: CellRect, glyph: number, neighbours: number, pieces: boolean): CellRect | null {
  const x0 = Math.max(1, Math.ceil(cell.x0 + INSET)), x1 = Math.min(img.width - 1, Math.floor(cell.x1 - INSET))
  const y0 = Math.max(1, Math.ceil(cell.y0 + INSET)), y1 = Math.min(img.height - 1, Math.floor(cell.y1 - INSET))
  const w = x1 - x0, h = y1 - y0
  if (w < 4 || h < 4) return null
  const d = img.data, W = img.width
  const core = new Uint8Array(w * h)
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const p = (y + y0) * W + x + x0
      if (d[p]! >= INK) continue
      let n = 0
      for (const q of [p - W - 1, p - W, p - W + 1, p - 1, p + 1, p + W - 1, p + W, p + W + 1]) if (d[q]! < INK) n++
      if (n >= neighbours) core[y * w + x] = 1
    }
  }
  // Connected pieces of core pixels.
  const seen = new Uint8Array(w * h)
  const stack: number[] = []
  let bx0 = w, by0 = h, bx1 = -1, by1 = -1
  for (let s = 0; s < w * h; s++) {
    if (!core[s] || seen[s]) continue
    let px0 = w, py0 = h, px1 = -1, py1 = -1, count = 0
    stack.push(s)
    seen[s] = 1
    while (stack.length) {
      const p = stack.pop()!
      count++
      const px = p % w, py = (p - px) / w
      px0 = Math.min(px0, px), px1 = Math.max(px1, px), py0 = Math.min(py0, py), py1 = Math.max(py1, py)
      for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [-1, -1], [1, -1], [-1, 1]] as const) {
        const nx = px + dx, ny = py + dy
        if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue
        const q = ny * w + nx
        if (core[q] && !seen[q]) (seen[q] = 1), stack.push(q)
      }
    }
    if (pieces ? count < THIN_PIECE : py1 - py0 + 1 < 0.4 * glyph) continue
    bx0 = Math.min(bx0, px0), bx1 = Math.max(bx1, px1), by0 = Math.min(by0, py0), by1 = Math.max(by1, py1)
  }
  if (bx1 < 0 || (pieces && by1 - by0 + 1 < 0.4 * glyph)) return null
  return { x0: bx0 + x0, y0: by0 + y0, x1: bx1 + x0 + 1, y1: by1 + y0 + 1 }
}
