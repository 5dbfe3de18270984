// Pieces every briefing slide uses: the deck handle, the slide heading, the footnote.
import type PptxGenJS from 'pptxgenjs'
import { COLORS, SLIDE_W, type DeckFonts } from './pptx-style'

export interface Deck {
  pptx: PptxGenJS
  fonts: DeckFonts
}

/** A slide with its heading at the top; `titleZh` is also the slide's name in the outline. */
export function addTitledSlide(deck: Deck, titleZh: string, subtitle?: string): PptxGenJS.Slide {
  const slide = deck.pptx.addSlide()
  slide.addText(titleZh, {
    x: 0.5,
    y: 0.3,
    w: SLIDE_W - 1,
    h: 0.7,
    fontFace: deck.fonts.zh,
    fontSize: 26,
    bold: true,
    color: COLORS.title,
    objectName: 'title',
  })
  slide.addShape(deck.pptx.ShapeType.line, {
    x: 0.5,
    y: 1.02,
    w: SLIDE_W - 1,
    h: 0,
    line: { color: COLORS.rule, width: 1.5 },
  })
  if (subtitle) {
    slide.addText(subtitle, {
      x: 0.5,
      y: 1.08,
      w: SLIDE_W - 1,
      h: 0.4,
      fontFace: deck.fonts.zh,
      fontSize: 13,
      color: COLORS.muted,
    })
  }
  return slide
}

export function addFootnote(deck: Deck, slide: PptxGenJS.Slide, text: string): void {
  slide.addText(text, {
    x: 0.5,
    y: 6.85,
    w: SLIDE_W - 1,
    h: 0.45,
    fontFace: deck.fonts.zh,
    fontSize: 10,
    color: COLORS.muted,
    valign: 'top',
  })
}

/** pptxgenjs writes series names unescaped into the embedded workbook's table: keep them plain. */
export function safeName(s: string): string {
  return s.replace(/&/g, '＆').replace(/</g, '＜').replace(/>/g, '＞').replace(/"/g, '“').replace(/'/g, '’')
}

/** Names made unique (the embedded workbook's table columns must differ). */
export function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>()
  return names.map((n) => {
    const base = safeName(n) || '系列'
    const k = seen.get(base) ?? 0
    seen.set(base, k + 1)
    return k === 0 ? base : `${base}（${k + 1}）`
  })
}

/** Splits a list into pages of at most `size` (at least one page, possibly empty). */
export function pages<T>(list: readonly T[], size: number): T[][] {
  if (list.length === 0) return [[]]
  const out: T[][] = []
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size))
  return out
}
