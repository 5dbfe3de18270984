// One OFD page's graphic objects → positioned text pieces and ruling lines in the PDF layout's page
// space (points, y growing upwards), so the shared pdf-layout code lays them out into lines and
// table cells. OFD is in millimetres with y growing downwards; an object's points go through its
// CTM and then its Boundary's origin.
import { pushSegment, pushThinRect, type Ruling } from '../pdf-layout/rulings'
import type { PdfItem } from '../pdf-layout/text-join'
import { childrenNamed, numbers, type XmlElement } from './ofd-xml'
import { subPathsOf } from './path-rulings'
import { estimatedAdvance, glyphsOf, type Glyph } from './text-code'
import { foldRadicals } from '../../../shared/text/radicals'
import { foldDashGlyphs } from '../../../shared/text/dash-glyphs'

const PT_PER_MM = 72 / 25.4
/** A one-line text object's box up to this tall (mm) is taken as the line's box. */
const MAX_LINE_BOX_MM = 12
/** A one-line box's right edge is the last glyph's right only this far from its left, in ems (no
 *  glyph is wider than its em; a hair more for rounded box figures). */
const MAX_BOX_EM = 1.02
/** Nesting of PageBlocks deeper than this is not followed. */
const MAX_DEPTH = 16

type Matrix = [number, number, number, number, number, number]

export interface PageObjects {
  items: PdfItem[]
  rulings: Ruling[]
  images: number
}

export interface PageFrame {
  /** Page box in millimetres: origin and size. */
  x: number
  y: number
  width: number
  height: number
}

function matrixOf(s: string | undefined): Matrix {
  const m = numbers(s)
  return m.length === 6 && m.every(Number.isFinite) ? (m as Matrix) : [1, 0, 0, 1, 0, 0]
}

function boxOf(s: string | undefined): [number, number, number, number] {
  const b = numbers(s)
  return b.length === 4 && b.every(Number.isFinite) ? (b as [number, number, number, number]) : [0, 0, 0, 0]
}

/** An object's point → page millimetres (y down). */
function placer(el: XmlElement): (x: number, y: number) => [number, number] {
  const [bx, by] = boxOf(el.attrs.Boundary)
  const m = matrixOf(el.attrs.CTM)
  return (x, y) => [bx + m[0] * x + m[2] * y + m[4], by + m[1] * x + m[3] * y + m[5]]
}

/** Glyph runs → pieces. A run breaks where the step to the next glyph is wider than the glyph. */
function textPieces(el: XmlElement, frame: PageFrame, out: PdfItem[]): void {
  const size = Number(el.attrs.Size)
  if (!Number.isFinite(size) || size <= 0) return
  const m = matrixOf(el.attrs.CTM)
  const xScale = Math.hypot(m[0], m[1]) || 1
  const em = size * (Math.hypot(m[2], m[3]) || 1)
  const [bx, by, bw, bh] = boxOf(el.attrs.Boundary)
  const place = placer(el)
  const glyphs: Glyph[] = []
  let prev = { x: 0, y: 0 }
  for (const code of childrenNamed(el, 'TextCode')) {
    const gs = glyphsOf(code.text, code.attrs, prev, size)
    glyphs.push(...gs)
    const last = gs[gs.length - 1]
    if (last) prev = { x: last.x + last.advance, y: last.y }
  }
  if (glyphs.length === 0) return
  // One line of text in a box about its height: the box's middle is the line's middle, whatever
  // the font size or baseline each producer writes (numbers and labels then share a line).
  const oneLine = glyphs.every((g) => Math.abs(g.y - glyphs[0]!.y) < 0.01)
  // (A box much taller than a line, e.g. the whole page, says nothing about the line: baseline then.)
  const centred = oneLine && bh > 0 && bh <= Math.max(3 * em, MAX_LINE_BOX_MM)
  const toPt = (x: number, y: number): [number, number] => [(x - frame.x) * PT_PER_MM, (frame.height - (y - frame.y)) * PT_PER_MM]
  let run: { str: string; x: number; y: number; right: number } | null = null
  const flush = (): void => {
    // Radicals folded here, as the PDF reader does its pieces: the layout's label patterns (一、 （三）
    // 小计) must see 「⼀、」 as 一、, or no row of an unruled table is known by its label; a zero 「⸺」 as 「——」 (dash-glyphs.ts).
    if (run && run.str.trim()) out.push({ str: foldDashGlyphs(foldRadicals(run.str)), x: run.x, y: run.y, w: Math.max(0, run.right - run.x), size: em * PT_PER_MM })
    run = null
  }
  let last: { ch: string; px: number; py: number } | null = null
  glyphs.forEach((g, i) => {
    const [px, py] = place(g.x, g.y)
    const est = estimatedAdvance(g.ch, em)
    // A glyph drawn again on itself (a fake bold, glyph by glyph) is printed once.
    const copy = last !== null && last.ch === g.ch && Math.abs(last.px - px) < 0.3 * est && Math.abs(last.py - py) < 0.15 * em
    last = { ch: g.ch, px, py }
    const step = g.advance * xScale
    const isLast = i === glyphs.length - 1
    // The last glyph ends at the box's right edge where that is plausible: up to an em (digits set
    // on an em grid have em-wide boxes); a wider box is padding (some producers pad every one-glyph
    // object by millimetres), not the glyph's width.
    const boxRight = bx + bw
    const breaks = g.given && step > Math.max(1.05 * em, 1.6 * est)
    const width = isLast && oneLine && boxRight > px && boxRight - px <= MAX_BOX_EM * em ? boxRight - px : g.given && !breaks ? step : est
    const [x, yBase] = toPt(px, py)
    const y = centred ? (frame.height - (by + bh / 2 - frame.y)) * PT_PER_MM - 0.3 * em * PT_PER_MM : yBase
    if (copy && run) {
      run.right = Math.max(run.right, x + width * PT_PER_MM)
      return
    }
    if (run && Math.abs(run.y - y) < 0.01 && x >= run.right - 0.5 && x - run.right < 0.3 * em * PT_PER_MM) {
      run.str += g.ch
      run.right = x + width * PT_PER_MM
    } else {
      flush()
      run = { str: g.ch, x, y, right: x + width * PT_PER_MM }
    }
    if (breaks) flush()
  })
  flush()
}

function pathRulings(el: XmlElement, frame: PageFrame, out: Ruling[]): void {
  const data = childrenNamed(el, 'AbbreviatedData')[0]?.text
  if (!data) return
  const stroke = el.attrs.Stroke !== 'false'
  const fill = el.attrs.Fill === 'true'
  const place = placer(el)
  for (const sp of subPathsOf(data, 100_000)) {
    const pts = sp.pts.map(([x, y]) => {
      const [px, py] = place(x, y)
      return [(px - frame.x) * PT_PER_MM, (frame.height - (py - frame.y)) * PT_PER_MM] as [number, number]
    })
    if (stroke) {
      for (let k = 1; k < pts.length; k++) pushSegment(out, pts[k - 1]!, pts[k]!)
      if (sp.closed && pts.length > 2) pushSegment(out, pts[pts.length - 1]!, pts[0]!)
    }
    if (fill) pushThinRect(out, pts)
  }
}

/** Walk a page (or template) content element, adding its text pieces, rulings and image count. */
export function collectObjects(content: XmlElement | undefined, frame: PageFrame, into: PageObjects, depth = 0): void {
  if (!content || depth > MAX_DEPTH) return
  for (const el of content.children) {
    switch (el.name) {
      case 'Layer':
      case 'PageBlock':
        collectObjects(el, frame, into, depth + 1)
        break
      case 'TextObject':
        textPieces(el, frame, into.items)
        break
      case 'PathObject':
        pathRulings(el, frame, into.rulings)
        break
      case 'ImageObject':
        into.images++
        break
    }
  }
}
