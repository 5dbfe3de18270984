// Footnote marks in positioned text: a short piece set clearly smaller than the number it touches and
// raised above (or lowered below) that number's baseline — "120" then a small raised "2" — is a
// superscript (subscript), not the number's last digit. Such a piece is rewritten as superscript
// (subscript) characters (footnote-marks.ts), so joining the line keeps it apart from the digits.
// Shared by PDF, OFD and OCR pages: only digit pieces that touch a larger number qualify, so ordinary
// text of one size, and numbers in the next column, are never touched.
// A mark that lost its raise (LibreOffice prints a smaller "1" on the baseline right after "789") is
// told by its size alone: one or two digits clearly smaller (at most SMALL_MARK) than the number
// they follow are a mark. Digits right after a number that are neither clearly a mark nor clearly
// part of it — a little smaller on the same baseline, or as large but raised (Word's 字符位置 提升) —
// are kept apart as a number of their own (the cell then holds two numbers and is not read, with a
// note), never glued on.
import { asSubscript, asSuperscript } from '../footnote-marks'
import type { PdfItem } from './text-join'

/** A mark is short: digits, signs, brackets, a letter or a footnote symbol. */
const MARK = /^[\s0-9０-９*＊†‡§#a-zA-Z()（）[\]［］+\-,，、]{1,4}$/
/** The mark's size is at most this share of its neighbour's. */
const MAX_SIZE_RATIO = 0.88
/** Its baseline is at least this share of the neighbour's size above (below) the neighbour's. */
const MIN_SHIFT = 0.15
/** Nor further than this (a line of its own above or below). */
const MAX_SHIFT = 0.75
/** How far apart (in the neighbour's size) the mark and its neighbour may be and still touch. */
const TOUCH = 0.3

/** A piece on the number's baseline at most this share of its size is a mark that lost its raise. */
const SMALL_MARK = 0.7
/** A footnote number: one or two digits. */
const MARK_DIGITS = /^\s*[0-9０-９]{1,2}\s*$/

/** A number's end: its last digit, or a count word or money unit printed right after it ("3件",
 *  "216.93万元", then the mark — cells that carry their unit, 「3件¹」「216.93万元²」). */
const ENDS_IN_NUMBER = /(?:[0-9０-９](?:[件个项条次]|万?元)?|^[件个项条次])$/
/** The count word alone: a cell 「13件」 wrapped, 「13」 over 「件」; only a clearly raised (lowered) mark counts there. */
const UNIT_ALONE = /^[件个项条次]$/

/** 'apart': neither a mark nor a digit of the number (kept apart, see the head comment). */
type Shift = 'up' | 'down' | 'apart' | null

function shiftOf(mark: PdfItem, base: PdfItem): Shift {
  const d = (mark.y - base.y) / base.size
  const shifted = Math.abs(d) >= MIN_SHIFT && Math.abs(d) <= MAX_SHIFT
  if (mark.size > MAX_SIZE_RATIO * base.size) return shifted && follows(mark, base) && !UNIT_ALONE.test(base.str.trim()) ? 'apart' : null
  if (shifted) return d > 0 ? 'up' : 'down'
  if (UNIT_ALONE.test(base.str.trim())) return null
  if (Math.abs(d) >= MIN_SHIFT || !follows(mark, base)) return null
  return mark.size <= SMALL_MARK * base.size && MARK_DIGITS.test(mark.str) ? 'up' : 'apart'
}

/** The mark stands right after the number's last digit (not before its first). */
const follows = (mark: PdfItem, base: PdfItem): boolean => near(mark.x - (base.x + base.w), base) && ENDS_IN_NUMBER.test(base.str.trim())

const near = (gap: number, base: PdfItem): boolean => gap >= -TOUCH * base.size && gap <= TOUCH * base.size

/** The mark touches a number: the base's last digit (a mark after it) or its first (a mark before
 *  it). Digits set smaller than the words around them (some OFD producers give half-width digits
 *  their own, smaller font size) touch words, not a larger number, so they are never marks. */
function touchesNumber(mark: PdfItem, base: PdfItem): boolean {
  const s = base.str.trim()
  if (near(mark.x - (base.x + base.w), base) && ENDS_IN_NUMBER.test(s)) return true
  return near(base.x - (mark.x + mark.w), base) && /^[0-9０-９]/.test(s)
}

/** A cell's number alone (with its count word at most): the base a wrapped mark hangs under. */
const CELL_NUMBER = /^\s*[0-9０-９][0-9０-９,，.]*[件个项条次]?\s*$/
/** How far below its number (in the number's size, baseline to baseline) a wrapped mark may stand. */
const WRAP_MAX = 2

/**
 * A mark that wrapped in a narrow cell (「０<sup>16</sup>」 too wide for its column): one or two
 * digits set clearly smaller than the number, at the start of the next line of the same cell (its
 * left edge at the number's), not the number's last digits. Table numbers of one table share a
 * size, so a smaller piece under a cell's number is no number of the row below.
 */
function wrappedUnder(mark: PdfItem, base: PdfItem): boolean {
  if (mark.size > MAX_SIZE_RATIO * base.size || !MARK_DIGITS.test(mark.str) || !CELL_NUMBER.test(base.str)) return false
  const below = (base.y - mark.y) / base.size
  return below > MAX_SHIFT && below <= WRAP_MAX && Math.abs(mark.x - base.x) <= TOUCH * base.size
}

/** Index of the first piece (sorted by y) whose baseline is at or above `y`. */
function firstAtOrAbove(sorted: PdfItem[], y: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]!.y < y) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The pieces with footnote marks rewritten; other pieces unchanged (same objects). `wrappedMarks`:
 *  also marks wrapped under their number (wrappedUnder) — only where sizes are the font's own (PDF):
 *  OCR boxes' sizes vary from digit to digit, and a smaller box under a number is the next row's. */
export function markRaisedPieces(items: PdfItem[], { wrappedMarks = false }: { wrappedMarks?: boolean } = {}): PdfItem[] {
  const byY = [...items].sort((a, b) => a.y - b.y)
  const largest = items.reduce((m, it) => Math.max(m, it.size), 0)
  const reach = MAX_SHIFT * largest
  const wrapReach = WRAP_MAX * largest
  return items.map((it) => {
    if (!MARK.test(it.str) || !/[0-9０-９]/.test(it.str)) return it
    let shift: Shift = null
    let baseY = it.y
    let wrapped: PdfItem | undefined
    // Only pieces whose baseline is within reach of this one's can be its base.
    for (let i = firstAtOrAbove(byY, it.y - reach); i < byY.length && byY[i]!.y <= it.y + reach; i++) {
      const base = byY[i]!
      if (base === it || base.str.trim() === '' || !touchesNumber(it, base)) continue
      shift = shiftOf(it, base)
      baseY = base.y
      if (shift) break
    }
    if (!shift && wrappedMarks) {
      for (let i = firstAtOrAbove(byY, it.y); i < byY.length && byY[i]!.y <= it.y + wrapReach; i++) {
        if (byY[i] !== it && wrappedUnder(it, byY[i]!)) wrapped = byY[i]
      }
      // Put on its number's line, right after it, so the cell reads 「０¹⁶」.
      if (wrapped) return { ...it, x: wrapped.x + wrapped.w, y: wrapped.y, str: asSuperscript(it.str) }
    }
    if (!shift) return it
    if (shift === 'apart') return { ...it, str: ` ${it.str.trimStart()}` }
    // The mark takes its number's baseline: on a line of its own (raised far enough to be grouped
    // apart, inside a cell) it would come before the number — 「⁹ 3件」 — and the cell would not
    // start with its number.
    return { ...it, y: baseY, str: shift === 'up' ? asSuperscript(it.str) : asSubscript(it.str) }
  })
}
