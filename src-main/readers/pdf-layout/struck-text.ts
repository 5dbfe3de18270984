// Struck-through text in a PDF: a word processor exporting a document with tracked changes shown
// (LibreOffice Writer, Word "all markup") prints the deleted text with a line through it, right
// before the new text, on the same baseline: 「40000」 struck, then 「45367」, which the text layer
// gives as 「4000045367」 (review 9 g03-tracked-prose). The line is drawn as a stroked segment or a thin
// filled rectangle (rulings.ts) across the glyphs' middle, never beyond the text it strikes. Such
// glyphs are dropped, as the HTML and DOCX readers drop <del>/<s> and w:del; the segment is no table
// ruling either. An underline (below the baseline) and a table border (reaching past the text to
// the cell's edge) are left alone.
import type { Ruling } from './rulings'
import type { PdfItem } from './text-join'

/** A strike crosses the glyphs between these shares of the font size above the baseline. */
const STRIKE_LOW = 0.15
const STRIKE_HIGH = 0.6
/** Its ends stay within the struck line's text by at most this share of the font size. */
const END_SLACK = 0.3
/** A glyph is struck when the line covers at least this share of its advance. */
const COVERED = 0.6

/** Advance weights of a piece's characters: CJK and full-width forms are twice a Latin glyph. */
function charWeights(s: string): number[] {
  return [...s].map((ch) => (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’]/.test(ch) ? 2 : 1))
}

/** The characters of `it` not covered by [from, to] (null: the piece is untouched). */
function uncovered(it: PdfItem, from: number, to: number): PdfItem[] | null {
  const chars = [...it.str]
  const weights = charWeights(it.str)
  const total = weights.reduce((a, b) => a + b, 0)
  const unit = it.w / Math.max(1, total)
  let x = it.x
  const keep: { ch: string; x: number; w: number; struck: boolean }[] = []
  for (let k = 0; k < chars.length; k++) {
    const w = weights[k]! * unit
    const cover = Math.max(0, Math.min(x + w, to) - Math.max(x, from))
    keep.push({ ch: chars[k]!, x, w, struck: w > 0 && cover >= COVERED * w && chars[k]!.trim() !== '' })
    x += w
  }
  if (!keep.some((c) => c.struck)) return null
  // The runs of characters left, each a piece of its own at its own place.
  const out: PdfItem[] = []
  let run: typeof keep = []
  const flush = (): void => {
    const text = run.map((c) => c.ch).join('')
    if (text.trim() !== '') out.push({ str: text, x: run[0]!.x, y: it.y, w: run.reduce((a, c) => a + c.w, 0), size: it.size })
    run = []
  }
  for (const c of keep) {
    if (c.struck) flush()
    else run.push(c)
  }
  flush()
  return out
}

/** The pieces a horizontal ruling strikes through: on one baseline, the ruling across their middle and not past their ends. */
function struckBy(r: Ruling, items: PdfItem[]): PdfItem[] {
  const hit = items.filter((it) => {
    const rise = r.at - it.y
    return rise >= STRIKE_LOW * it.size && rise <= STRIKE_HIGH * it.size && r.from < it.x + it.w && r.to > it.x && it.str.trim() !== ''
  })
  if (hit.length === 0) return []
  const size = Math.max(...hit.map((it) => it.size))
  // Every piece hit on one baseline (a strike belongs to one line of text).
  if (hit.some((it) => Math.abs(it.y - hit[0]!.y) > 0.3 * size)) return []
  // The whole text of that line, so that a border reaching past it (to a cell's edge) is told apart.
  const line = items.filter((it) => Math.abs(it.y - hit[0]!.y) <= 0.3 * size && it.str.trim() !== '')
  const left = Math.min(...line.map((it) => it.x))
  const right = Math.max(...line.map((it) => it.x + it.w))
  if (r.from < left - END_SLACK * size || r.to > right + END_SLACK * size) return []
  return hit
}

/**
 * The page's pieces with struck-through glyphs dropped, and its rulings without the strikes.
 * Where nothing is struck, both come back as given.
 */
export function dropStruckText(items: PdfItem[], rulings: Ruling[]): { items: PdfItem[]; rulings: Ruling[]; struck: number } {
  let pieces = items
  const kept: Ruling[] = []
  let struck = 0
  for (const r of rulings) {
    const hit = r.dir === 'h' ? struckBy(r, pieces) : []
    if (hit.length === 0) {
      kept.push(r)
      continue
    }
    const next: PdfItem[] = []
    for (const it of pieces) {
      const rest = hit.includes(it) ? uncovered(it, r.from, r.to) : null
      if (rest === null) next.push(it)
      else {
        struck++
        next.push(...rest)
      }
    }
    // A ruling that struck no glyph after all (it only grazed them) stays a ruling.
    if (next.length === pieces.length && next.every((it, k) => it === pieces[k])) kept.push(r)
    pieces = next
  }
  return { items: pieces, rulings: kept, struck }
}
