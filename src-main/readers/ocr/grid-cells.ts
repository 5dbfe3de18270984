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
  /** Ink found only at the fainter grey and wider than one glyph (see cellInk): a reading of it is
   *  taken only where it repeats the detector's digits, or is one digit with its unit. */
  wide?: boolean
}

/** Rules closer than this (pixels) are one line drawn twice, or a thick one. */
const SAME_LINE = 4
/** Rows and columns smaller than this (pixels) are no table cell. */
const MIN_SIDE = 12

/** Rules drawn along one line merged into one. Pieces of a line that do not meet each other may both
 *  meet a longer one found a pixel or two lower (a narrow table's bottom rule drawn over the wider
 *  table's top rule below it, found as 814[477-590], 814[291-394] and 816[93-795]): each is merged
 *  with any line at its height it meets, not only the last one, and merged lines that now meet are
 *  merged again. Left apart, the short piece closed the row above on its own and its cells were lost. */
function mergeLines(rs: PixelRuling[]): PixelRuling[] {
  const sorted = [...rs].sort((a, b) => a.at - b.at)
  const meet = (a: PixelRuling, b: PixelRuling): boolean => Math.abs(a.at - b.at) <= SAME_LINE && a.from <= b.to && a.to >= b.from
  let out: PixelRuling[] = []
  for (const r of sorted) {
    const k = out.findIndex((o) => meet(o, r))
    if (k >= 0) out[k] = joined(out[k]!, r)
    else out.push(r)
  }
  for (let merged = true; merged; ) {
    merged = false
    const next: PixelRuling[] = []
    for (const r of out) {
      const k = next.findIndex((o) => meet(o, r))
      if (k >= 0) (next[k] = joined(next[k]!, r)), (merged = true)
      else next.push(r)
    }
    out = next
  }
  return out
}

/** Two rules of one line as one, lying where the longer lies. A blurred column rule is also found
 *  as a short piece a few pixels off it (its blur's edge): the line placed at the piece (the lower
 *  `at`, met first) put the cell's edge inside the rule's blur, and the cell's ink then took in the
 *  rule — a blurred 7 beside its rule read as "1" (eval-scans blur, table 三's 总计 column). */
function joined(a: PixelRuling, b: PixelRuling): PixelRuling {
  const at = b.to - b.from > a.to - a.from ? b.at : a.at
  return { ...a, at, from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) }
}

/** A table broken across pages is often printed open at the break: its rows on the new page start
 *  (or those on the old page end) with no rule across, only the column rules ending there. Where at
 *  least three column rules end level and no rule runs across there, the missing rule is put back,
 *  so the open row's cells are known too. */
export function openEdges(hs: PixelRuling[], vs: PixelRuling[]): PixelRuling[] {
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
      // And only a ruled table's edge: some rule across meets these column rules. The strokes of a
      // line of prose end level too, and made hundreds of glyph-sized cells to re-read per page.
      const meets = (h: PixelRuling): boolean => group.some((v) => h.at >= v.from - SAME_LINE - 2 && h.at <= v.to + SAME_LINE + 2)
      if (!hs.some((h) => across(h) && meets(h))) continue
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
      const before = cells.length
      for (let k = 0; k + 1 < xs.length; k++) {
        const x0 = xs[k]!, x1 = xs[k + 1]!
        if (x1 - x0 >= MIN_SIDE && covers(top, x0, x1) && covers(bottom, x0, x1)) cells.push({ x0, y0: top.at, x1, y1: bottom.at })
      }
      // A short line that closes no cell is no row's bottom: a blurred line of a label's words found
      // as a rule inside the row (eval-scans blur, 3.补正后申请内容仍不明确 [789–868] 22 px under
      // the row's top) hid the row's real bottom rule, and none of its cells formed.
      if (cells.length > before) break
    }
  }
  return cells
}

/** Darker than this is ink. */
export const INK = 120
/** Pixels kept off the rules, each side (a rule is up to ~4 px thick and may lean by one). */
const INSET = 4

/** The bounding box of the ink inside a cell (rules and specks left out), or null for an empty
 *  cell. A pixel counts only with at least 4 of its 8 neighbours dark too (a speck of up to 2×2
 *  pixels never does, a stroke does), and only pieces at least 0.4 of a glyph's height (`glyph`,
 *  pixels) count as print. */
export function cellInk(img: GrayImage, cell: CellRect, glyph: number): CellRect | null {
  const x0 = Math.max(1, Math.ceil(cell.x0 + INSET)), x1 = Math.min(img.width - 1, Math.floor(cell.x1 - INSET))
  const y0 = Math.max(1, Math.ceil(cell.y0 + INSET)), y1 = Math.min(img.height - 1, Math.floor(cell.y1 - INSET))
  const w = x1 - x0, h = y1 - y0
  if (w < 4 || h < 4) return null
  const all = pieces(img, x0, y0, w, h, 4)
  const tall = all.filter((q) => q.y1 - q.y0 + 1 >= 0.4 * glyph)
  // Faint thin print: strokes one pixel wide (their pixels have two or three dark neighbours),
  // glyphs in short bits. Where no whole glyph is found, bits of some size away from the crop's
  // edge (a bit at the edge is rule) count together, when together they are 0.4 of a glyph high (a
  // lone speck pixel has no dark neighbour; a speck of a few pixels is too small). Beside whole
  // glyphs only the bits of a broken digit on their line are added (withBrokenDigits): other bits
  // widen the crop into its rules (read as brackets); a reading that leaves ink beside it unread is
  // refused by its width instead (fillsInk in cell-reread.ts).
  const keep = tall.length > 0 ? tall : pieces(img, x0, y0, w, h, 2).filter((q) => q.count >= THIN_PIECE && q.x0 > 0 && q.y0 > 0 && q.x1 < w - 1 && q.y1 < h - 1)
  if (keep.length === 0) return null
  let u = union(keep)
  if (tall.length === 0 && u.y1 - u.y0 + 1 < 0.4 * glyph) return null
  // Serif print at 200 dpi has hairline strokes greyer than INK: of a faint 无 only its upright
  // strokes are found, a sliver the recogniser reads as 1 or not at all. A sliver is looked at
  // again at a fainter grey; the wider ink found there is taken when it is one glyph's size (no
  // wider: a number's faint digits found this way were read short, 398 as 98) and clear of the
  // cell's rules (a 1 stays a sliver at any grey).
  // At 150 dpi the sliver may be a bit of a number or of a count with its unit (「396」, 「0件」: the
  // upright of a 0 or 9 alone darker than INK); its faint ink, up to WIDE_INK glyphs, is taken
  // marked `wide`, and its reading must then repeat the detector's digits or be one digit with its
  // unit (cell-reread.ts): a reading of the sliver alone fails every check and the number is lost.
  let wide = false, faintTaken = false
  if (tall.length > 0 && u.x1 - u.x0 + 1 < 0.5 * glyph) {
    const faint = pieces(img, x0, y0, w, h, 4, FAINT_INK).filter((q) => q.y1 - q.y0 + 1 >= 0.4 * glyph)
    const f = faint.length > 0 ? union(faint) : null
    if (f && f.x1 - f.x0 > u.x1 - u.x0 && f.x1 - f.x0 + 1 <= WIDE_INK * glyph && f.y1 - f.y0 + 1 <= 1.3 * glyph && f.x0 > 0 && f.x1 < w - 1 && f.y0 > 0 && f.y1 < h - 1) {
      wide = f.x1 - f.x0 + 1 > 1.3 * glyph
      u = f
      faintTaken = true
    }
  }
  if (tall.length > 0 && !faintTaken && u.x1 - u.x0 + 1 >= 0.5 * glyph) u = withBrokenDigits(u, all, w, h, glyph)
  return { x0: u.x0 + x0, y0: u.y0 + y0, x1: u.x1 + x0 + 1, y1: u.y1 + y0 + 1, ...(wide ? { wide } : {}) }
}

/** Nearest a bit of a broken digit lies to the print beside it, in glyphs (a serif 3's hairline
 *  joints lost: its two bowls start ~0.4 of a glyph past the 5 before it; of a 5 only its bowl's foot,
 *  ~0.5 past the 3 before it). */
const BIT_GAP = 0.6
/** Smallest a bit of a broken digit is (its height or width), in glyphs. */
const BIT_SIZE = 0.3

/** The whole glyphs' ink with the bits of broken digits beside it on their line. A serif digit whose
 *  hairlines are greyer than INK falls into bits each under 0.4 of a glyph high (a 3's two bowls):
 *  left out, the crop ended inside the number ("153" cut after its 5), and the reading placed on the
 *  narrow ink was doubted by its own ink count (digit-ink.ts). Bits at the crop's edge are rule, bits
 *  above or below the line or further off than BIT_GAP are no part of it. */
function withBrokenDigits(u: Piece, all: Piece[], w: number, h: number, glyph: number): Piece {
  const bits = all.filter((q) => q.count >= THIN_PIECE && Math.max(q.y1 - q.y0, q.x1 - q.x0) + 1 >= BIT_SIZE * glyph && q.x0 > 0 && q.y0 > 0 && q.x1 < w - 1 && q.y1 < h - 1)
  const slack = 0.15 * glyph
  let out = u
  for (let grown = true; grown; ) {
    grown = false
    for (const q of bits) {
      if (q.x0 >= out.x0 && q.x1 <= out.x1) continue
      const gap = Math.max(q.x0 - out.x1, out.x0 - q.x1)
      if (gap > BIT_GAP * glyph || q.y0 < out.y0 - slack || q.y1 > out.y1 + slack) continue
      out = union([out, q])
      grown = true
    }
  }
  return out
}

/** A dash printed for none (－, —): the cell's only print is one flat stroke near its middle,
 *  at least half a glyph long and three times longer than thick. Found from the ink's shape, not
 *  read: a recogniser's lone dash may be a thin 1, a stroke lying flat cannot be. */
export function cellDash(img: GrayImage, cell: CellRect, glyph: number): CellRect | null {
  const x0 = Math.max(1, Math.ceil(cell.x0 + INSET)), x1 = Math.min(img.width - 1, Math.floor(cell.x1 - INSET))
  const y0 = Math.max(1, Math.ceil(cell.y0 + INSET)), y1 = Math.min(img.height - 1, Math.floor(cell.y1 - INSET))
  const w = x1 - x0, h = y1 - y0
  if (w < 4 || h < 4) return null
  // A thin dash on grey, JPEG-worn paper is darker than INK only along its core (a 1-pixel sliver
  // shorter than half a glyph): where no dash is found at INK, the cell is looked at again at a
  // fainter grey. The shape test is the same, so a faint digit is no more a dash than before.
  for (const ink of [INK, FAINT_DASH]) {
    const all = pieces(img, x0, y0, w, h, 2, ink).filter((q) => q.count >= THIN_PIECE)
    if (all.length !== 1) continue
    const q = all[0]!
    const qw = q.x1 - q.x0 + 1, qh = q.y1 - q.y0 + 1, mid = (q.y0 + q.y1) / 2
    if (qw < 0.5 * glyph || qw < 3 * qh || qh > 0.25 * glyph || mid < 0.25 * h || mid > 0.75 * h) continue
    if (q.x0 === 0 || q.x1 === w - 1) continue
    return { x0: q.x0 + x0, y0: q.y0 + y0, x1: q.x1 + x0 + 1, y1: q.y1 + y0 + 1 }
  }
  return null
}

/** The fainter grey a sliver of ink is looked at again (see cellInk). */
const FAINT_INK = 165
/** Widest faint ink taken around a sliver, in glyphs (four digits of a number; more than one glyph
 *  only as `wide`: see cellInk). */
const WIDE_INK = 2.5

/** The fainter grey a dash is looked for at where none is found at INK (see cellDash). */
const FAINT_DASH = 170

/** Pixels a bit of broken print must have to count (a speck of noise has fewer). */
export const THIN_PIECE = 8

export interface Piece {
  x0: number
  y0: number
  x1: number
  y1: number
  count: number
}

function union(ps: Piece[]): Piece {
  return { x0: Math.min(...ps.map((q) => q.x0)), y0: Math.min(...ps.map((q) => q.y0)), x1: Math.max(...ps.map((q) => q.x1)), y1: Math.max(...ps.map((q) => q.y1)), count: 0 }
}

/** Connected pieces of ink pixels (darker than `ink`, INK unless told, with at least `neighbours` of their 8
 *  neighbours dark too) in the w × h crop at (x0, y0), in crop coordinates. */
export function pieces(img: GrayImage, x0: number, y0: number, w: number, h: number, neighbours: number, ink = INK): Piece[] {
  const d = img.data, W = img.width
  const core = new Uint8Array(w * h)
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const p = (y + y0) * W + x + x0
      if (d[p]! >= ink) continue
      let n = 0
      for (const q of [p - W - 1, p - W, p - W + 1, p - 1, p + 1, p + W - 1, p + W, p + W + 1]) if (d[q]! < ink) n++
      if (n >= neighbours) core[y * w + x] = 1
    }
  }
  const seen = new Uint8Array(w * h)
  const stack: number[] = []
  const out: Piece[] = []
  for (let s = 0; s < w * h; s++) {
    if (!core[s] || seen[s]) continue
    const q: Piece = { x0: w, y0: h, x1: -1, y1: -1, count: 0 }
    stack.push(s)
    seen[s] = 1
    while (stack.length) {
      const p = stack.pop()!
      q.count++
      const px = p % w, py = (p - px) / w
      q.x0 = Math.min(q.x0, px), q.x1 = Math.max(q.x1, px), q.y0 = Math.min(q.y0, py), q.y1 = Math.max(q.y1, py)
      for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [-1, -1], [1, -1], [-1, 1]] as const) {
        const nx = px + dx, ny = py + dy
        if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue
        const k = ny * w + nx
        if (core[k] && !seen[k]) (seen[k] = 1), stack.push(k)
      }
    }
    out.push(q)
  }
  return out
}
