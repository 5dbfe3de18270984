// Positioned text pieces → strings: lines grouped by baseline, pieces ordered by x, CJK joined
// without the spurious spaces PDF producers put between (or inside) runs.

/** One piece of text on a page, in page space (y = baseline, growing upwards). */
export interface PdfItem {
  str: string
  x: number
  y: number
  /** Advance width. */
  w: number
  /** Font size (height of the em square). */
  size: number
}

export interface PdfLine {
  items: PdfItem[]
  x0: number
  x1: number
  y: number
  size: number
}

const CJK = /[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026]/

/** Full-width digits, and the full-width dash a zero is printed as (「－」): two apart are two cells. */
const FULL_WIDTH_DIGIT = /[\uff10-\uff19\uff0d]/
const DIGIT_GAP = '\u2002'
/** The em dash and the full-width slash a zero is printed as (「—」 「——」 「／」): CJK for the tidying too. */
const CJK_ZERO_MARK = /[\u2014\uff0f]/
/** …kept apart from the piece beside them by a gap of this many font sizes or more (a cell's gap; no
 *  word of prose stands so far from its dash). */
const MARK_GAP_EM = 0.5

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch)
}

/** Drop spaces between two CJK characters (justification spaces, "情 形"). */
export function tidyCjkSpaces(s: string): string {
  return s
    .replace(/([\u2e80-\u2fff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef“”‘’])[ \u00a0\u3000\t]+(?=[\u2e80-\u2fff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef“”‘’])/g, '$1')
    .replace(/[ \t\u00a0]{2,}/g, ' ')
    .trim()
}

/** Lines from pieces: same baseline within a fraction of the font size (numbers set in a larger
 *  font sit a little lower than their label), ordered top to bottom, then left to right. */
export function groupLines(items: PdfItem[]): PdfLine[] {
  const sorted = items.filter((it) => it.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x)
  const lines: PdfLine[] = []
  for (const it of sorted) {
    const line = lines.find((l) => Math.abs(l.y - it.y) <= 0.45 * Math.min(l.size, it.size) && overlapsNothing(l, it))
    if (line) {
      line.items.push(it)
      line.x0 = Math.min(line.x0, it.x)
      line.x1 = Math.max(line.x1, it.x + it.w)
      line.size = Math.max(line.size, it.size)
    } else lines.push({ items: [it], x0: it.x, x1: it.x + it.w, y: it.y, size: it.size })
  }
  for (const l of lines) l.items.sort((a, b) => a.x - b.x)
  return lines.sort((a, b) => b.y - a.y || a.x0 - b.x0)
}

/** The lines of one table cell: as groupLines, but pieces on one baseline are one line even where one
 *  sits on another (a label run over its ruling onto the number's first digit). Set apart as a line
 *  of its own, the overlapped digit was joined after the rest of the number (７,７３０.２８ → ,７３０.２８７). */
export function cellLines(items: PdfItem[]): PdfLine[] {
  const lines: PdfLine[] = []
  for (const l of groupLines(items)) {
    const same = lines.find((o) => Math.abs(o.y - l.y) <= 0.45 * Math.min(o.size, l.size))
    if (!same) {
      lines.push(l)
      continue
    }
    same.items = [...same.items, ...l.items].sort((a, b) => a.x - b.x)
    same.x0 = Math.min(same.x0, l.x0)
    same.x1 = Math.max(same.x1, l.x1)
    same.size = Math.max(same.size, l.size)
  }
  return lines
}

/** A piece joins a line only where it does not sit on top of text already there (overprint aside). */
function overlapsNothing(line: PdfLine, it: PdfItem): boolean {
  return !line.items.some((o) => it.x < o.x + o.w - 0.5 * it.size && o.x < it.x + it.w - 0.5 * it.size && o.str !== it.str)
}

/** The text of pieces on one line, left to right. */
export function joinItems(items: PdfItem[]): string {
  let out = ''
  let prev: PdfItem | null = null
  for (const it of items) {
    const s = it.str
    if (prev) {
      const gap = it.x - (prev.x + prev.w)
      const a = out.trimEnd().slice(-1)
      const b = s.trimStart().charAt(0)
      const bothCjk = isCjk(a) && isCjk(b)
      const gapped = gap > 0.18 * Math.min(prev.size, it.size) && !/\s$/.test(out) && !/^\s/.test(s)
      // Full-width digits are CJK for glyph widths, not here: two numbers (or a label and a number)
      // apart on the line are two cells, never one run of digits (４０９ ５２, not ４０９５２; 「－ －」,
      // two zeros printed as a dash in narrow unruled columns, not 「－－」). The
      // gap is kept as a character the CJK tidying leaves alone.
      if (gapped && (FULL_WIDTH_DIGIT.test(a) || FULL_WIDTH_DIGIT.test(b))) out += DIGIT_GAP
      // So are zeros printed 「—」 「——」 「／」 half a character apart or more, and such a zero apart from its
      // row's label: a lone row of them 「四、结转下年度继续办理 —— —— ……」 (a table's last row on a page
      // of its own) was one run 「办理——————」, no cell read.
      else if (gapped && gap >= MARK_GAP_EM * Math.min(prev.size, it.size) && (CJK_ZERO_MARK.test(a) || CJK_ZERO_MARK.test(b))) out += DIGIT_GAP
      else if (!bothCjk && gapped) out += ' '
    }
    out += s
    prev = it
  }
  return tidyCjkSpaces(out).replaceAll(DIGIT_GAP, ' ')
}

/** Lines of a cell or paragraph joined: no space where either side is CJK. */
export function joinLines(texts: string[]): string {
  let out = ''
  for (const t of texts) {
    const s = t.trim()
    if (!s) continue
    if (out && !(isCjk(out.slice(-1)) || isCjk(s.charAt(0))) && !/[-/]$/.test(out)) out += ' '
    out += s
  }
  return out
}

/** Split a line into segments where the gap between pieces is wider than `gapEm` font sizes. */
export function splitOnGaps(items: PdfItem[], gapEm: number): PdfItem[][] {
  const segs: PdfItem[][] = []
  let cur: PdfItem[] = []
  let right = -Infinity
  for (const it of items) {
    if (cur.length && it.x - right > gapEm * it.size) {
      segs.push(cur)
      cur = []
    }
    cur.push(it)
    right = Math.max(right, it.x + it.w)
  }
  if (cur.length) segs.push(cur)
  return segs
}
