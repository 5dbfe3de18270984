// How a DOCX run's text is printed, as far as reading numbers goes: not at all (hidden text:
// w:vanish, w:webHidden, w:specVanish; struck text: w:strike, w:dstrike), raised or lowered
// (w:vertAlign superscript/subscript: a footnote mark; w:position, Word's 字符位置 提升/降低 and
// LibreOffice's way of writing a superscript — a mark only where it touches a number's digits,
// docx-position.ts), or plainly. Set directly on the run (w:rPr) or through its character style
// (w:rStyle → styles.xml, following the style's w:basedOn chain). A run property switched off
// (w:val="0"/"false") counts as absent; a property change record (w:rPrChange: the formatting
// before a tracked change) does not count. The font size (w:sz, from the run, its character style,
// its paragraph's style or the document's defaults) is kept too: a digit run set clearly smaller
// than the number it follows, on the same baseline, is a footnote mark (docx-position.ts).
import { wordTokens } from './docx-names'

export interface RunLook {
  hidden: boolean
  vertAlign: 'superscript' | 'subscript' | null
  /** w:position: raised (+) or lowered (−) from the baseline, in half-points. */
  position: number
  /** Set in white (w:color FFFFFF): unseen on a white page, but a shaded cell may show it. */
  white: boolean
  /** w:sz: the font size in half-points; null where this look does not set it. */
  size: number | null
}

export const PLAIN_RUN: RunLook = { hidden: false, vertAlign: null, position: 0, white: false, size: null }

/** Longest w:basedOn chain followed (Word itself refuses loops; a damaged file may not). */
const MAX_STYLE_DEPTH = 10

const HIDING = new Set(['w:vanish', 'w:webHidden', 'w:specVanish', 'w:strike', 'w:dstrike'])

function isOn(attrs: Record<string, string>): boolean {
  const v = attrs['w:val']
  return v === undefined || !/^(?:0|false|off|none)$/i.test(v)
}

/**
 * Applies one tag of a run's properties to `look` (returns true when the tag was a run property
 * this module reads). Tags inside w:rPrChange are for the caller to skip.
 */
export function applyRunProperty(look: Partial<RunLook>, name: string, attrs: Record<string, string>): boolean {
  if (HIDING.has(name)) {
    look.hidden = isOn(attrs)
    return true
  }
  if (name === 'w:vertAlign') {
    const v = attrs['w:val']
    look.vertAlign = v === 'superscript' || v === 'subscript' ? v : null
    return true
  }
  if (name === 'w:color') {
    look.white = /^(?:FFFFFF|white)$/i.test(attrs['w:val'] ?? '')
    return true
  }
  if (name === 'w:position') {
    look.position = halfPoints(attrs['w:val'] ?? '')
    return true
  }
  if (name === 'w:sz') {
    const v = halfPoints(attrs['w:val'] ?? '')
    look.size = v > 0 ? v : null
    return true
  }
  return false
}

/** Points per unit of the OOXML universal measures ("3pt", "0.1in", "2mm", "1pc"). */
const POINTS_PER: Record<string, number> = { pt: 1, in: 72, mm: 72 / 25.4, cm: 72 / 2.54, pc: 12, pi: 12 }

/** A w:position value in half-points: a plain number is half-points already; "3pt" is 6. */
export function halfPoints(v: string): number {
  const m = /^\s*(-?\d*\.?\d+)\s*(pt|in|mm|cm|pc|pi)?\s*$/.exec(v)
  if (!m) return 0
  return m[2] ? Number(m[1]) * POINTS_PER[m[2]]! * 2 : Number(m[1])
}

/** A run's look under its character style: what the run sets itself wins over the style. */
export function withStyle(own: Partial<RunLook>, style: RunLook): RunLook {
  return {
    hidden: own.hidden ?? style.hidden,
    vertAlign: own.vertAlign !== undefined ? own.vertAlign : style.vertAlign,
    position: own.position ?? style.position,
    white: own.white ?? style.white,
    size: own.size !== undefined && own.size !== null ? own.size : style.size,
  }
}

/** Character and paragraph styles of styles.xml that hide, raise or lower text, by style id, each
 *  with what it inherits through w:basedOn (a style's own properties win over its base's). */
export function runStyles(stylesXml: string): Map<string, RunLook> {
  const own = new Map<string, { look: Partial<RunLook>; basedOn: string | null }>()
  let cur: { look: Partial<RunLook>; basedOn: string | null } | null = null
  let inRPr = 0
  let skip = 0
  for (const t of wordTokens(stylesXml)) {
    if (t.type === 'open') {
      if (t.name === 'w:style' && !t.selfClosing) {
        cur = { look: {}, basedOn: null }
        const id = t.attrs['w:styleId']
        if (id) own.set(id, cur)
      } else if (t.name === 'w:basedOn' && cur && !inRPr) cur.basedOn = t.attrs['w:val'] ?? null
      else if (t.name === 'w:rPrChange' && !t.selfClosing) skip++
      else if (t.name === 'w:rPr' && !t.selfClosing) inRPr++
      else if (cur && inRPr && !skip) applyRunProperty(cur.look, t.name, t.attrs)
    } else if (t.type === 'close') {
      if (t.name === 'w:rPrChange' && skip) skip--
      else if (t.name === 'w:rPr' && inRPr) inRPr--
      else if (t.name === 'w:style') cur = null
    }
  }
  const out = new Map<string, RunLook>()
  for (const id of own.keys()) {
    // The chain from the style up to its root base, then applied root first.
    const chain: Partial<RunLook>[] = []
    for (let s: string | null = id, d = 0; s && own.has(s) && d < MAX_STYLE_DEPTH; d++) {
      chain.push(own.get(s)!.look)
      s = own.get(s)!.basedOn
    }
    const look = chain.reverse().reduce<RunLook>((acc, l) => withStyle(l, acc), { ...PLAIN_RUN })
    if (look.hidden || look.vertAlign || look.position || look.white || look.size !== null) out.set(id, look)
  }
  return out
}

/** Where a run's font size comes from when neither the run nor its character style sets one. */
export interface SizeBase {
  /** w:docDefaults/w:rPrDefault's w:sz (half-points), the root of every style. */
  docDefault: number | null
  /** The paragraph style used where a paragraph names none (w:default="1"). */
  defaultParagraph: string | null
}

/** The document's default font size and default paragraph style (styles.xml). */
export function sizeBase(stylesXml: string): SizeBase {
  const out: SizeBase = { docDefault: null, defaultParagraph: null }
  let inDefault = 0
  for (const t of wordTokens(stylesXml)) {
    if (t.type === 'open') {
      if (t.name === 'w:rPrDefault' && !t.selfClosing) inDefault++
      else if (inDefault && t.name === 'w:sz') out.docDefault = halfPoints(t.attrs['w:val'] ?? '') || null
      else if (t.name === 'w:style' && t.attrs['w:type'] === 'paragraph' && isOn({ 'w:val': t.attrs['w:default'] ?? '0' }) && out.defaultParagraph === null) out.defaultParagraph = t.attrs['w:styleId'] ?? null
    } else if (t.type === 'close' && t.name === 'w:rPrDefault' && inDefault) inDefault--
  }
  return out
}

/** The font size (half-points) of a paragraph's text in paragraph style `pStyle` (null: the default
 *  paragraph style), where its runs set none; Word's default where styles.xml says nothing. */
export function paragraphSize(pStyle: string | null, styles: ReadonlyMap<string, RunLook>, base: SizeBase): number {
  const id = pStyle ?? base.defaultParagraph
  return (id !== null ? styles.get(id)?.size : null) ?? base.docDefault ?? WORD_DEFAULT_SIZE
}

/** Word's size for text no style sizes (10 pt), in half-points. */
const WORD_DEFAULT_SIZE = 20
