// Overprinted text: Word, WPS and OFD producers fake a bold face by drawing the same text twice a
// fraction of a millimetre apart, a whole run at a time or glyph by glyph (pdf.js then hands over
// pieces such as 「3」「35」「56」「6」 for 356). The copies are one printed text; joined they would
// read 356 as 356356 or 335566 (rv18x o13).
import { isCjk, type PdfItem } from './text-join'

/** A glyph is a copy of an equal glyph this close to it, in glyph widths (a fake bold's offset is
 *  well under a tenth of a glyph; the two 0s of 「100」, or equal numbers in neighbouring cells, are
 *  a glyph's width or more apart). */
const MAX_SHIFT_GLYPHS = 0.3
/** Pieces overlapping by more than this share of a glyph may be copies of each other (producers'
 *  kerning makes neighbouring pieces touch or overlap a little). */
const MIN_OVERLAP_GLYPHS = 0.25
/** Pieces on one baseline within this share of the font size. */
const MAX_RISE_EM = 0.15

interface Glyph {
  ch: string
  x: number
  w: number
}

/** A piece's glyphs, its width shared out as CJK a full em, others half (pdf.js gives no per-glyph places). */
function glyphsOf(it: PdfItem): Glyph[] {
  const chars = [...it.str]
  const weights = chars.map((ch) => (isCjk(ch) ? 2 : 1))
  const total = weights.reduce((a, b) => a + b, 0) || 1
  const out: Glyph[] = []
  let x = it.x
  chars.forEach((ch, i) => {
    const w = (it.w * weights[i]!) / total
    out.push({ ch, x, w })
    x += w
  })
  return out
}

function glyphWidth(it: PdfItem): number {
  return it.w / Math.max(1, [...it.str].length)
}

/** Overlapping pieces of one baseline → one piece where some glyphs are copies; null if none is. */
function mergedCopies(cluster: PdfItem[]): PdfItem | null {
  const glyphs = cluster.flatMap(glyphsOf).sort((a, b) => a.x - b.x)
  const kept: Glyph[] = []
  for (const g of glyphs) {
    // Kept glyphs are in x order: look back only over those that could be this one's copy.
    let copy = false
    for (let k = kept.length - 1; k >= 0 && kept[k]!.x > g.x - g.w; k--) {
      const o = kept[k]!
      if (o.ch === g.ch && Math.abs(o.x - g.x) < MAX_SHIFT_GLYPHS * Math.min(o.w, g.w)) copy = true
    }
    if (!copy) kept.push(g)
  }
  if (kept.length === glyphs.length || kept.length === 0) return null
  const first = cluster[0]!
  const x = kept[0]!.x
  const right = Math.max(...kept.map((g) => g.x + g.w))
  return { ...first, str: kept.map((g) => g.ch).join(''), x, w: right - x }
}

/** The pieces with overprinted copies printed once (in place of the first piece of each overprint). */
export function dropOverprints(items: readonly PdfItem[]): PdfItem[] {
  const order = items.map((_, i) => i).sort((i, j) => items[j]!.y - items[i]!.y || items[i]!.x - items[j]!.x)
  const replace = new Map<number, PdfItem | null>()
  for (let a = 0; a < order.length; ) {
    // One band of pieces on (nearly) one baseline, left to right.
    const top = items[order[a]!]!
    let b = a + 1
    while (b < order.length && top.y - items[order[b]!]!.y <= MAX_RISE_EM * top.size) b++
    const band = order.slice(a, b).sort((i, j) => items[i]!.x - items[j]!.x)
    a = b
    let cluster: number[] = []
    let right = -Infinity
    const close = (): void => {
      if (cluster.length > 1) {
        const merged = mergedCopies(cluster.map((i) => items[i]!))
        if (merged) {
          const [head, ...rest] = [...cluster].sort((i, j) => i - j)
          replace.set(head!, merged)
          for (const i of rest) replace.set(i, null)
        }
      }
      cluster = []
      right = -Infinity
    }
    for (const i of band) {
      const it = items[i]!
      const sameSize = cluster.length === 0 || Math.abs(items[cluster[0]!]!.size - it.size) <= 0.1 * it.size
      if (!(sameSize && it.x < right - MIN_OVERLAP_GLYPHS * glyphWidth(it))) close()
      cluster.push(i)
      right = Math.max(right, it.x + it.w)
    }
    close()
  }
  if (replace.size === 0) return [...items]
  const out: PdfItem[] = []
  items.forEach((it, i) => {
    const r = replace.get(i)
    if (r === undefined) out.push(it)
    else if (r) out.push(r)
  })
  return out
}
