// A scanned page that carries someone else's OCR text (a copier, Adobe 「识别文本」, ABBYY, 扫描全能王,
// ocrmypdf): the page picture is what was printed; the text over it is invisible (text render mode 3, or
// 7), or visible but painted first and covered by an opaque page picture ("image over text" PDFs). Its
// digits are that tool's guesses (8→3, 1→l, dropped digits), proven by nothing: such a page is read as a
// scan, never by that layer. Found from the page's operator list, plus, for a picture painted over the
// text, whether that picture is opaque (picture-opacity.ts: a watermark with an alpha channel is not).
import { multiply, type OpsTable } from './rulings'
import type { PictureOps } from './picture-area'
import { boxUnder, coveredArea, EVERYWHERE, intersect, type Box } from './cover-box'

type Matrix = [number, number, number, number, number, number]

export interface TextShowOps {
  setTextRenderingMode: number
  showText: number
  showSpacedText: number
  nextLineShowText: number
  nextLineSetSpacingShowText: number
}

export type HiddenLayerOps = Pick<OpsTable, 'save' | 'restore' | 'transform'> & PictureOps & TextShowOps & {
  paintFormXObjectBegin?: number
  paintFormXObjectEnd?: number
  setGState?: number
  beginGroup?: number
  endGroup?: number
  constructPath?: number
  clip?: number
  eoClip?: number
}

/** Is the picture painted with these arguments (an image id, or an inline image's data) opaque? */
export type PictureOpacity = (args: unknown) => boolean

export interface TextVisibility {
  /** Glyphs shown on the page. */
  glyphs: number
  /** …of them invisible (render mode 3 or 7). */
  hidden: number
  /** …of them visible but painted before an opaque picture that covers the page (under it). */
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

/** The graphics state the walk keeps: a picture painted with constant alpha, a soft mask, a blend mode
 *  (each set apart by ExtGState entries) or inside a soft-masked group lets what is under it show. */
interface WalkState {
  ctm: Matrix
  mode: number
  alpha: boolean
  softMask: boolean
  blend: boolean
  group: boolean
  /** The form or group being painted was itself painted see-through: whatever its content sets
   *  (`/G3 gs` with ca 1 inside it) multiplies that, never resets it (hostile review hr30 UL1). */
  inherited: boolean
  /** The bounding box of the current clip, in page space. */
  clip: Box
}

/** The state after one ExtGState entry (pdf.js: [key, value]); other keys change nothing here. */
function withEntry(st: WalkState, entry: unknown): WalkState {
  if (!Array.isArray(entry)) return st
  const [key, value] = entry as [unknown, unknown]
  if (key === 'ca') return { ...st, alpha: typeof value === 'number' && value < 1 }
  if (key === 'SMask') return { ...st, softMask: Boolean(value) }
  if (key === 'BM') return { ...st, blend: value !== 'source-over' && value !== 'Normal' }
  return st
}

const seeThrough = (st: WalkState): boolean => st.inherited || st.alpha || st.softMask || st.blend || st.group

const toMatrix = (t: ArrayLike<number>): Matrix => [t[0]!, t[1]!, t[2]!, t[3]!, t[4]!, t[5]!]

/** Entering a form or a group: it keeps its state to itself, inherits the transparency it is painted
 *  with, and (a form) is clipped to its bounding box. */
function entered(st: WalkState, matrix: ArrayLike<number> | null | undefined, bbox: ArrayLike<number> | null | undefined): WalkState {
  const ctm = matrix && matrix.length === 6 ? multiply(toMatrix(matrix), st.ctm) : st.ctm
  const clip = bbox && bbox.length === 4 ? intersect(st.clip, boxUnder(ctm, bbox[0]!, bbox[1]!, bbox[2]!, bbox[3]!)) : st.clip
  return { ...st, ctm, clip, inherited: seeThrough(st) }
}

/**
 * How the page's text is shown: visible, invisible, or under a picture covering `coverArea` or more
 * (square points) of the page box `pageBox` inside the current clip, painted opaque (its graphics state
 * has no transparency, and `opaque` says the picture itself has no alpha). Without `opaque`, no picture
 * is taken for opaque.
 */
export function textVisibility(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, OPS: HiddenLayerOps, coverArea: number, opaque: PictureOpacity = () => false, pageBox: Box = EVERYWHERE): TextVisibility {
  let st: WalkState = { ctm: [1, 0, 0, 1, 0, 0], mode: 0, alpha: false, softMask: false, blend: false, group: false, inherited: false, clip: EVERYWHERE }
  const stack: WalkState[] = []
  const paints = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintJpegXObject ?? -1])
  const shows = new Set([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText])
  // pdf.js lists W / W* before the path they clip to (constructPath, at the path's painting operator).
  let clipPending = false
  let glyphs = 0
  let hidden = 0
  // Visible glyphs shown since the last opaque picture covering the page: covered when another such picture follows.
  let visibleSinceCover = 0
  let covered = 0
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!
    if (fn === OPS.save) stack.push(st)
    else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd || fn === OPS.endGroup) st = stack.pop() ?? st
    else if (fn === OPS.paintFormXObjectBegin) {
      // A form (where some tools put the page picture or the OCR text).
      stack.push(st)
      const a = argsArray[i] as unknown[] | null
      st = entered(st, a?.[0] as ArrayLike<number> | null, a?.[1] as ArrayLike<number> | null)
    } else if (fn === OPS.beginGroup) {
      stack.push(st)
      const group = (argsArray[i] as unknown[])?.[0] as { smask?: unknown; matrix?: ArrayLike<number> | null; bbox?: ArrayLike<number> | null } | undefined
      st = { ...entered(st, group?.matrix, group?.bbox), group: st.group || Boolean(group?.smask) }
    } else if (fn === OPS.transform) st = { ...st, ctm: multiply(toMatrix(argsArray[i] as number[]), st.ctm) }
    else if (fn === OPS.setTextRenderingMode) st = { ...st, mode: Number((argsArray[i] as unknown[])?.[0] ?? 0) }
    else if (fn === OPS.setGState) {
      const entries = (argsArray[i] as unknown[])?.[0]
      for (const e of Array.isArray(entries) ? entries : []) st = withEntry(st, e)
    } else if (fn === OPS.clip || fn === OPS.eoClip) clipPending = true
    else if (fn === OPS.constructPath) {
      const mm = (argsArray[i] as unknown[] | null)?.[2] as ArrayLike<number> | null | undefined
      if (clipPending && mm && mm.length === 4 && Array.from(mm).every(Number.isFinite)) st = { ...st, clip: intersect(st.clip, boxUnder(st.ctm, mm[0]!, mm[1]!, mm[2]!, mm[3]!)) }
      clipPending = false
    } else if (shows.has(fn)) {
      const n = glyphCount(fn, argsArray[i], OPS)
      glyphs += n
      if (INVISIBLE_MODES.has(st.mode)) hidden += n
      else visibleSinceCover += n
    } else if (paints.has(fn) && !seeThrough(st) && visibleSinceCover > 0 && coveredArea(st.ctm, st.clip, pageBox) >= coverArea && opaque(argsArray[i])) {
      covered += visibleSinceCover
      visibleSinceCover = 0
    }
  }
  return { glyphs, hidden, covered }
}

/** The pictures covering the page painted over visible text with no transparency in their graphics
 *  state: the only ones whose own opacity must be asked (an ordinary text page has none). */
export function picturesOverText(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, OPS: HiddenLayerOps, coverArea: number, pageBox: Box = EVERYWHERE): unknown[] {
  const found: unknown[] = []
  textVisibility(fnArray, argsArray, OPS, coverArea, (args) => {
    found.push(args)
    return false
  }, pageBox)
  return found
}

/** Share of a page's glyphs that must be unseen for its text to count as a layer over the picture
 *  (a visible page number or a typed date beside an invisible OCR layer does not make it a text page). */
const UNSEEN_MIN_SHARE = 0.8

/**
 * Is the page's text a layer no reader sees: invisible, or covered by an opaque picture? Text under a
 * see-through full-page overlay (a 「受控文件」 watermark, an e-seal layer added by a PDF tool) is seen, and
 * is not counted as covered (hostile review hr29 S1: such a PDF was refused as a scan whose OCR found no report).
 */
export function isUnseenLayer(v: TextVisibility): boolean {
  return v.glyphs > 0 && v.hidden + v.covered >= v.glyphs * UNSEEN_MIN_SHARE
}
