// A scanned page that carries someone else's OCR text (a copier, Adobe 「识别文本」, ABBYY, 扫描全能王,
// ocrmypdf): the page picture is what was printed; the text over it is invisible (text render mode 3, or
// 7). (Some tools draw it first and cover it with the picture; that is not told from a see-through overlay.) Its digits are that tool's guesses (8→3, 1→l, dropped
// digits), proven by nothing: such a page is read as a scan, never by that layer. Found from the page's
// operator list alone (no picture decoded), in one pass.
import { multiply, type OpsTable } from './rulings'
import type { PictureOps } from './picture-area'

type Matrix = [number, number, number, number, number, number]

export interface TextShowOps {
  setTextRenderingMode: number
  showText: number
  showSpacedText: number
  nextLineShowText: number
  nextLineSetSpacingShowText: number
}

export type HiddenLayerOps = Pick<OpsTable, 'save' | 'restore' | 'transform'> & PictureOps & TextShowOps & { paintFormXObjectBegin?: number; paintFormXObjectEnd?: number }

export interface TextVisibility {
  /** Glyphs shown on the page. */
  glyphs: number
  /** …of them invisible (render mode 3 or 7). */
  hidden: number
  /** …of them visible but painted before a picture that covers the page (under it). */
  covered: number
}

/** Render modes that paint nothing (3: invisible; 7: clip only). */
const INVISIBLE_MODES = new Set([3, 7])

/** The glyphs of one text-showing operator (numbers in the array are spacings). */
function glyphCount(fn: number, args: unknown, OPS: TextShowOps): number {
  const a = args as unknown[] | undefined
  const list = fn === OPS.nextLineSetSpacingShowText ? a?.[2] : a?.[0]
  if (!Array.isArray(list)) return 0
  let n = 0
  for (const g of list) if (typeof g !== 'number' && g !== null) n++
  return n
}

/** How the page's text is shown: visible, invisible, or under a picture covering `coverArea` or more (square points). */
export function textVisibility(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, OPS: HiddenLayerOps, coverArea: number): TextVisibility {
  let ctm: Matrix = [1, 0, 0, 1, 0, 0]
  let mode = 0
  const stack: { ctm: Matrix; mode: number }[] = []
  const paints = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintJpegXObject ?? -1])
  const shows = new Set([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText])
  let glyphs = 0
  let hidden = 0
  // Visible glyphs shown since the last picture covering the page: covered when another such picture follows.
  let visibleSinceCover = 0
  let covered = 0
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!
    if (fn === OPS.save) stack.push({ ctm, mode })
    else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) ({ ctm, mode } = stack.pop() ?? { ctm, mode })
    else if (fn === OPS.paintFormXObjectBegin) {
      // A form (where some tools put the page picture or the OCR text) keeps its state to itself.
      stack.push({ ctm, mode })
      const t = (argsArray[i] as unknown[])?.[0] as ArrayLike<number> | null | undefined
      if (t && t.length === 6) ctm = multiply([t[0]!, t[1]!, t[2]!, t[3]!, t[4]!, t[5]!], ctm)
    }
    else if (fn === OPS.transform) {
      const t = argsArray[i] as number[]
      ctm = multiply([t[0]!, t[1]!, t[2]!, t[3]!, t[4]!, t[5]!], ctm)
    } else if (fn === OPS.setTextRenderingMode) mode = Number((argsArray[i] as unknown[])?.[0] ?? 0)
    else if (shows.has(fn)) {
      const n = glyphCount(fn, argsArray[i], OPS)
      glyphs += n
      if (INVISIBLE_MODES.has(mode)) hidden += n
      else visibleSinceCover += n
    } else if (paints.has(fn) && Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]) >= coverArea) {
      covered += visibleSinceCover
      visibleSinceCover = 0
    }
  }
  return { glyphs, hidden, covered }
}

/** Share of a page's glyphs that must be unseen for its text to count as a layer over the picture
 *  (a visible page number or a typed date beside an invisible OCR layer does not make it a text page). */
const UNSEEN_MIN_SHARE = 0.8

/**
 * Is the page's text a layer no reader sees? Only invisible glyphs count. Text painted before a picture
 * covering the page (`covered`) is not taken for a hidden layer: a born-digital page with a see-through
 * full-page overlay (a 「受控文件」 watermark, an e-seal layer added by a PDF tool) paints the same way, and
 * the operator list does not say whether a picture is see-through (hostile review hr29 S1: such a PDF was
 * refused as a scan whose OCR found no report). The covered count is kept for the import's figures.
 */
export function isUnseenLayer(v: TextVisibility): boolean {
  return v.glyphs > 0 && v.hidden >= v.glyphs * UNSEEN_MIN_SHARE
}
