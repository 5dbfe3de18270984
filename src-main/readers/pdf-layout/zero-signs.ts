// A zero printed as a sign in a table's cell (〇, 无, the letter O): in an unruled table (a text-only
// OFD, a PDF whose table has no ruling lines) such a cell is a piece of one glyph standing apart, and
// holds its column's place as a number does. Read as text, 「1．属于国家秘密 无 无 无 无 无 无 无」 was no
// row (no segment a number), and 「无 27」 — a sign set closer than a column gap to the 总计 beside it —
// one cell. The extractor reads the signs themselves (flatten.ts, latin-zero.ts).
import type { PdfItem } from './text-join'

/** One zero sign alone: 〇 ○ 无 無 O Ｏ. */
const ZERO_SIGN = /^[〇○无無OＯ]$/
/** One dash or slash alone, a zero as the template's tables print it (「－」 「—」 「/」), or a dash doubled
 *  (「——」 「--」; a Chromium PDF's ⸺ folded to 「——」, shared/text/dash-glyphs.ts). */
const ZERO_DASH = /^(?:[-－—–/／]|——|--|－－)$/
/** A sign stands apart from the piece beside it by at least this many font sizes (no word is cut). */
const APART_EM = 0.5

export function isZeroSign(text: string): boolean {
  return ZERO_SIGN.test(text.trim())
}

/** A zero printed as a dash or slash alone, or a dash doubled (「——」). */
export function isZeroDash(text: string): boolean {
  return ZERO_DASH.test(text.trim())
}

/**
 * Segments cut so that each zero sign standing apart (its own piece, half a character or more from
 * the pieces beside it) is a segment of its own: 「无 27」 → 「无」 「27」. Other pieces stay together.
 * With `dashes`, a lone dash or slash too (「－ － － － － － －」 in columns 0.75 characters apart, a
 * table continued on a page where Chromium set its columns narrower): the caller gives it only for a
 * line with words (a row's label), never a page number's line 「— 3 —」.
 */
export function zeroSignSegments(segs: PdfItem[][], dashes = false): PdfItem[][] {
  const out: PdfItem[][] = []
  for (const seg of segs) {
    let cur: PdfItem[] = []
    seg.forEach((it, k) => {
      const prev = seg[k - 1], next = seg[k + 1]
      const gapBefore = prev ? it.x - (prev.x + prev.w) : Infinity
      const gapAfter = next ? next.x - (it.x + it.w) : Infinity
      const alone = (isZeroSign(it.str) || (dashes && isZeroDash(it.str))) && gapBefore >= APART_EM * it.size && gapAfter >= APART_EM * it.size
      if (alone) {
        if (cur.length) out.push(cur)
        out.push([it])
        cur = []
      } else cur.push(it)
    })
    if (cur.length) out.push(cur)
  }
  return out
}
