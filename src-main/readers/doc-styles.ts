// Word 97 style sheet (MS-DOC STSH, at fcStshf in the table stream): each style's character size
// (sprmCHps in its character UPX), its raise (sprmCIss, sprmCHpsPos) and the style it is based on, so a run's EFFECTIVE font size is
// known: set on the run → its character style → its paragraph's style → each one's based-on chain →
// Word's 10 pt. Without it a digit in its style's size next to a digit sized directly could be read
// neither as one number nor as a number and its mark (hr31 szsplit: 98 cells unread).
// A damaged sheet (lengths out of range) is not read at all (null); a style whose chain loops or
// leaves the sheet has no size (undefined): the reader then keeps its cautious rule for unknown sizes.
import { parseSprms, type Sprm } from './doc-sprms'

const SPRM_C_HPS = 0x4a43
/** Sizes relative to the style's or set the old ways (sprmCHpsInc, sprmCHpsMul, sprmCHpsInc1,
 *  sprmCHpsNew50, sprmCMajority, sprmCMajority50): not followed, the size is unknown. */
const UNFOLLOWED_SIZE = new Set([0x2a44, 0x4a4d, 0xca4a, 0xca49, 0xca47, 0xca4c])
const SPRM_C_ISTD = 0x4a30
/** sprmCPlain: the run's properties back to its style's. */
const SPRM_C_PLAIN = 0x2a33
const NO_STYLE = 0x0fff
/** Word's size for text no style sizes (10 pt), in half-points. */
export const WORD_DEFAULT_HPS = 20
/** Word's default character style (“默认段落字体”), where a run names none. */
const DEFAULT_CHAR_STYLE = 10

/** A size read from sprms: half-points, 'unknown' (a relative size), or null (none set). */
export type SizeSet = number | 'unknown' | null

/** The size the sprms set, the last one winning; a style applied (sprmCIstd) or sprmCPlain resets
 *  what came before it to the style's. */
export function sizeSetBy(sprms: readonly Sprm[]): SizeSet {
  let out: SizeSet = null
  for (const s of sprms) {
    if (s.op === SPRM_C_HPS && s.arg.length >= 2) out = s.arg[0]! | (s.arg[1]! << 8)
    else if (s.op === SPRM_C_ISTD || s.op === SPRM_C_PLAIN) out = null
    else if (UNFOLLOWED_SIZE.has(s.op)) out = 'unknown'
  }
  return out === 0 ? 'unknown' : out
}

const SPRM_C_ISS = 0x2a48
const SPRM_C_HPS_POS = 0x4845
/** A superscript or subscript run (sprmCIss) counts as raised or lowered this many half-points (3 pt). */
const ISS_SHIFT = 6

/**
 * The raise or drop the sprms set (sprmCHpsPos, signed; sprmCIss superscript/subscript, Word's and
 * LibreOffice's footnote marks), in half-points, or null where they set none: then the run sits
 * where its styles put it (effectivePosition). Read as a plain digit, a raised mark 「5」 after
 * 「42」 was glued on (425). A style applied (sprmCIstd) or sprmCPlain resets what came before it.
 */
export function positionSetBy(sprms: readonly Sprm[]): number | null {
  let pos: number | null = null
  let iss: number | null = null
  for (const s of sprms) {
    if (s.op === SPRM_C_HPS_POS && s.arg.length >= 2) pos = ((s.arg[0]! | (s.arg[1]! << 8)) << 16) >> 16
    else if (s.op === SPRM_C_ISS && s.arg.length >= 1) iss = s.arg[0]!
    else if (s.op === SPRM_C_ISTD || s.op === SPRM_C_PLAIN) pos = iss = null
  }
  if (pos === null && iss === null) return null
  if (!pos && iss === 1) return ISS_SHIFT
  if (!pos && iss === 2) return -ISS_SHIFT
  return pos ?? 0
}

/** The character style a run names (sprmCIstd), or null. */
export function charStyleOf(sprms: readonly Sprm[]): number | null {
  let out: number | null = null
  for (const s of sprms) if (s.op === SPRM_C_ISTD && s.arg.length >= 2) out = s.arg[0]! | (s.arg[1]! << 8)
  return out
}

interface Style {
  /** stk: 1 paragraph, 2 character, 3 table, 4 list style. */
  kind: number
  base: number
  size: SizeSet
  /** The raise or drop its character properties set (half-points; superscript counts as 3 pt), or null. */
  position: number | null
}

export interface StyleSheet {
  styles: (Style | null)[]
  /** Whether a table style sets a size: which table a cell is in (and its style) is not followed,
   *  so in a table a size from the styles is not known (doc-binary.ts). */
  tableStyleSized: boolean
}

const u16 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8)

/** The style sheet at `fc` (`lcb` bytes) of the table stream, or null where it cannot be read whole. */
export function readStyleSheet(table: Uint8Array, fc: number, lcb: number): StyleSheet | null {
  const end = fc + lcb
  if (lcb < 4 || end > table.length) return null
  const cbStshi = u16(table, fc)
  // STSHI: cstd, cbSTDBaseInFile, flags, stiMaxWhenSaved, istdMaxFixedWhenSaved, nVerBuiltInNamesWhenSaved, 3 fonts.
  if (cbStshi < 4 || fc + 2 + cbStshi > end) return null
  const cstd = u16(table, fc + 2)
  const cbBase = u16(table, fc + 4)
  // StdfBase is 10 bytes; StdfPost2000 adds 8. Other lengths are not Word 97 and later.
  if (cbBase < 10 || cbBase > 18) return null
  const styles: (Style | null)[] = []
  let at = fc + 2 + cbStshi
  for (let i = 0; i < cstd; i++) {
    if (at + 2 > end) return null
    const cbStd = u16(table, at)
    at += 2
    if (at + cbStd > end) return null
    styles.push(cbStd === 0 ? null : readStd(table.subarray(at, at + cbStd), cbBase))
    at += cbStd
  }
  return { styles, tableStyleSized: styles.some((s) => s?.kind === 3 && s.size !== null) }
}

/** One STD: its base style and the size its character UPX sets; a style too short for its parts has none. */
function readStd(std: Uint8Array, cbBase: number): Style | null {
  if (std.length < cbBase) return null
  const stk = std[2]! & 0x0f
  const base = u16(std, 2) >> 4
  const cupx = std[4]! & 0x0f
  // xstzName: a length, that many UTF-16 code units, a terminating zero.
  if (cbBase + 2 > std.length) return null
  let at = cbBase + 2 + u16(std, cbBase) * 2 + 2
  // The UPXs in order: paragraph style PAPX, CHPX; character style CHPX; table TAPX, PAPX, CHPX; list PAPX.
  const order: Record<number, readonly string[]> = { 1: ['p', 'c'], 2: ['c'], 3: ['t', 'p', 'c'], 4: ['p'] }
  const kinds = order[stk] ?? []
  let size: SizeSet = null
  let position: number | null = null
  for (let k = 0; k < Math.min(cupx, kinds.length); k++) {
    if (at + 2 > std.length) return null
    const cb = u16(std, at)
    at += 2
    if (at + cb > std.length) return null
    if (kinds[k] === 'c') {
      const sprms = parseSprms(std.subarray(at, at + cb))
      size = sizeSetBy(sprms)
      position = positionSetBy(sprms)
    }
    // Each UPX is padded to an even length.
    at += cb + (cb & 1)
  }
  return { kind: stk, base, size, position }
}

/** What style `istd` gives its text through its based-on chain (`pick` reads one style's own
 *  setting): null where none in the chain sets it, 'unknown' where the chain loops or leaves the sheet. */
function fromChain<T>(sheet: StyleSheet, istd: number, pick: (s: Style) => T | null): T | null | 'unknown' {
  const seen = new Set<number>()
  for (let i = istd; i !== NO_STYLE; ) {
    if (seen.has(i) || i >= sheet.styles.length) return 'unknown'
    seen.add(i)
    const s = sheet.styles[i]
    if (!s) return 'unknown'
    const v = pick(s)
    if (v !== null) return v
    i = s.base
  }
  return null
}

/** The size style `istd` gives its text through its based-on chain: null where none in the chain
 *  sets one, 'unknown' where the chain loops, leaves the sheet or sets a relative size. */
export function styleSize(sheet: StyleSheet, istd: number): SizeSet {
  return fromChain(sheet, istd, (s) => s.size)
}

/**
 * Where a run reads a property the styles may set: its own value, else its character style's, else
 * its paragraph style's, else Word's default; undefined where any step cannot be known (no sheet
 * read, a damaged style, a relative size).
 */
function effective<T>(sheet: StyleSheet | null, direct: T | 'unknown' | null, charStyle: number | null, paraStyle: number | null, pick: (s: Style) => T | 'unknown' | null, fallback: T): T | undefined {
  if (direct !== null && direct !== 'unknown') return direct
  if (direct === 'unknown' || !sheet || paraStyle === null) return undefined
  for (const istd of [charStyle ?? DEFAULT_CHAR_STYLE, paraStyle]) {
    // The default character style may be absent from a short sheet: it sets nothing.
    if (istd === DEFAULT_CHAR_STYLE && charStyle === null && !sheet.styles[istd]) continue
    const v = fromChain(sheet, istd, pick)
    if (v === 'unknown') return undefined
    if (v !== null) return v
  }
  return fallback
}

/** A run's effective size in half-points (its own → character style → paragraph style → 10 pt). */
export function effectiveSize(sheet: StyleSheet | null, direct: SizeSet, charStyle: number | null, paraStyle: number | null): number | undefined {
  return effective(sheet, direct, charStyle, paraStyle, (s) => s.size, WORD_DEFAULT_HPS)
}

/** A run's effective raise or drop in half-points, found as its size is (a footnote mark raised by
 *  its character style alone); undefined where it cannot be known. */
export function effectivePosition(sheet: StyleSheet | null, direct: number | null, charStyle: number | null, paraStyle: number | null): number | undefined {
  return effective(sheet, direct, charStyle, paraStyle, (s) => s.position, 0)
}
