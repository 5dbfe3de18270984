// Two prose columns side by side (a Word/WPS two-column section, a flex or column-count page): the
// pieces on one baseline in both columns are two lines, never one. A column gutter is a vertical band
// of the page that no text crosses over consecutive lines, with prose on both sides of it; the left
// column's lines are read before the right column's, within that band of lines. A table row (three
// or more gap-separated cells) is no column text: it ends the band.
import { groupLines, joinItems, splitOnGaps, type PdfItem, type PdfLine } from './text-join'

/** One band of lines set in two columns. */
export interface ColumnBand {
  /** Top of the band (its first line's baseline plus its size), in page space. */
  top: number
  /** Pieces of the left and the right column. */
  columns: [PdfItem[], PdfItem[]]
}

export interface ProseColumns {
  /** Pieces outside any two-column band (one-column text and tables). */
  single: PdfItem[]
  bands: ColumnBand[]
}

/** A gap this many font sizes wide may be a gutter (CSS column-gap and Word's spacing are ≥ 1 em). */
const GUTTER_EM = 0.9
/** Lines further apart than this many font sizes are not one band. */
const MAX_LINE_PITCH_EM = 4
/** Sentence punctuation: prose on a side, never a table's label or number cells. */
const SENTENCE_MARK = /[，。；！？,;]/
/** Text opening with a figure. */
const DIGIT_FIRST = /^\s*[0-9０-９]/

interface Span {
  x0: number
  x1: number
}

/** The widest part of `g` no piece of the line covers, or null when none is `minWidth` wide. */
function freePart(g: Span, items: readonly PdfItem[], minWidth: number): Span | null {
  const covered = items
    .map((it) => ({ x0: it.x, x1: it.x + it.w }))
    .filter((s) => s.x1 > g.x0 && s.x0 < g.x1)
    .sort((a, b) => a.x0 - b.x0)
  let best: Span | null = null
  let from = g.x0
  for (const s of [...covered, { x0: g.x1, x1: g.x1 }]) {
    if (s.x0 > from && (!best || s.x0 - from > best.x1 - best.x0)) best = { x0: from, x1: s.x0 }
    from = Math.max(from, s.x1)
  }
  return best && best.x1 - best.x0 >= minWidth ? best : null
}

/** The gutter of a line of exactly two gap-separated parts: the gap between them. */
function seedGap(segs: PdfItem[][]): Span | null {
  if (segs.length !== 2) return null
  const x0 = Math.max(...segs[0]!.map((it) => it.x + it.w))
  const x1 = Math.min(...segs[1]!.map((it) => it.x))
  return x1 > x0 ? { x0, x1 } : null
}

/** Where a line's text right of the gutter starts, or null when it has none. */
function rightStart(line: PdfLine, g: Span): number | null {
  const xs = line.items.filter((it) => it.x >= g.x1 - 0.5).map((it) => it.x)
  return xs.length > 0 ? Math.min(...xs) : null
}

/**
 * Lines from `at` outward (step ±1) that leave part of the gutter free; the gutter narrowed to it.
 * The right column's lines start where the seed's does (or a two-character indent off it): another
 * start is another layout (a second column set, a table). A line on one side only is taken while it
 * follows at the band's own line pitch (a heading or table after the columns sits further off).
 */
function grow(lines: PdfLine[], segs: PdfItem[][][], taken: Set<number>, at: number, step: 1 | -1, gutter: Span, start: number): { end: number; gutter: Span } {
  let end = at
  let g = gutter
  let pitch = Infinity
  for (let k = at + step; k >= 0 && k < lines.length; k += step) {
    if (taken.has(k) || segs[k]!.length > 2) break
    const prev = lines[k - step]!
    const line = lines[k]!
    const size = Math.max(prev.size, line.size)
    const gap = Math.abs(prev.y - line.y)
    if (gap > MAX_LINE_PITCH_EM * size) break
    const free = freePart(g, line.items, GUTTER_EM * line.size)
    if (!free) break
    const x = rightStart(line, free)
    const twoSided = x !== null && line.items.some((it) => it.x + it.w <= free.x0 + 0.5)
    if (x !== null && ![0, 2, -2].some((indent) => Math.abs(x - (start + indent * line.size)) <= 0.3 * line.size)) break
    if (!twoSided && gap > 1.3 * Math.min(pitch, 2 * size)) break
    if (twoSided) pitch = Math.min(pitch, gap)
    g = free
    end = k
  }
  return { end, gutter: g }
}

/** The pieces of the page split into one-column text and two-column bands. */
export function proseColumns(items: PdfItem[]): ProseColumns {
  const lines = groupLines(items)
  const segs = lines.map((l) => splitOnGaps(l.items, GUTTER_EM))
  const taken = new Set<number>()
  const bands: ColumnBand[] = []
  for (let i = 0; i < lines.length; i++) {
    if (taken.has(i)) continue
    const seed = seedGap(segs[i]!)
    if (!seed || seed.x1 - seed.x0 < GUTTER_EM * lines[i]!.size) continue
    const up = grow(lines, segs, taken, i, -1, seed, seed.x1)
    const down = grow(lines, segs, taken, i, 1, up.gutter, seed.x1)
    const mid = (down.gutter.x0 + down.gutter.x1) / 2
    const band = lines.slice(up.end, down.end + 1)
    // Every line of the band is checked against the final (narrowest) gutter.
    if (band.some((l) => l.items.some((it) => it.x < down.gutter.x1 && it.x + it.w > down.gutter.x0))) continue
    const left = band.flatMap((l) => l.items.filter((it) => it.x + it.w / 2 < mid))
    const right = band.flatMap((l) => l.items.filter((it) => it.x + it.w / 2 >= mid))
    // A band of one line reorders nothing: it is read along the line (a label | value row alone).
    if (band.length < 2 || !isProse(left) || !isProse(right) || isLabelValueRows(band, mid)) continue
    for (let k = up.end; k <= down.end; k++) taken.add(k)
    bands.push({ top: band[0]!.y + band[0]!.size, columns: [left, right] })
  }
  const inBand = new Set([...taken].flatMap((k) => lines[k]!.items))
  return { single: items.filter((it) => !inBand.has(it)), bands }
}

/**
 * Lines with text on both sides whose right sides all open with a digit are rows of a label and its
 * figure (「本年度，收到政府信息公开申请 | 29件，均已按时答复。」), read along the line, not two
 * columns: a column of prose does not open every line with a number. Two or more such lines are
 * rows where each right side ends its sentence (review rv18c: a column's lines wrap mid-sentence), unless
 * a later line's left side opens with a figure too (the column's words wrapped onto it).
 * One alone is columns only when a line on one side only below it carries a sentence on or opens with
 * a figure (「全年主动公开政府信息 | 96条…」 over 「12748条」); a heading under a row is neither.
 */
function isLabelValueRows(band: PdfLine[], mid: number): boolean {
  const sides = band.map((l) => {
    const left = l.items.filter((it) => it.x + it.w / 2 < mid)
    const right = l.items.filter((it) => it.x + it.w / 2 >= mid).sort((a, b) => a.x - b.x)
    return { twoSided: left.length > 0 && right.length > 0, text: joinItems([...left, ...right]), right: joinItems(right) }
  })
  const rows = sides.filter((s) => s.twoSided)
  if (rows.length === 0 || !rows.every((s) => DIGIT_FIRST.test(s.right))) return false
  // A label never opens with a number: a left side that does is the column's words wrapped onto it.
  if (rows.slice(1).some((s) => DIGIT_FIRST.test(s.text))) return false
  // Each row is its own sentence; a column's lines wrap mid-sentence (「12个乡镇完成标准化建设，」 is no row's end).
  if (rows.length >= 2) return rows.every((s) => SENTENCE_END.test(s.right))
  const at = sides.findIndex((s) => s.twoSided)
  return !sides.slice(at + 1).some((s) => SENTENCE_MARK.test(s.text) || DIGIT_FIRST.test(s.text))
}

/** A side that ends its sentence. */
const SENTENCE_END = /[。！？!?；;][”’」）)]*\s*$/

/** Text of a column side that reads as sentences. */
function isProse(side: PdfItem[]): boolean {
  if (side.length === 0) return false
  return groupLines(side).some((l) => SENTENCE_MARK.test(joinItems(l.items)))
}
