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

/** 'apart': neither a mark nor a digit of the number (kept apart, see the head comment). */
type Shift = 'up' | 'down' | 'apart' | null

function shiftOf(mark: PdfItem, base: PdfItem): Shift {
  const d = (mark.y - base.y) / base.size
  const shifted = Math.abs(d) >= MIN_SHIFT && Math.abs(d) <= MAX_SHIFT
  if (mark.size > MAX_SIZE_RATIO * base.size) return shifted && follows(mark, base) ? 'apart' : null
  if (shifted) return d > 0 ? 'up' : 'down'
  if (Math.abs(d) >= MIN_SHIFT || !follows(mark, base)) return null
  return mark.size <= SMALL_MARK * base.size && MARK_DIGITS.test(mark.str) ? 'up' : 'apart'
}

/** The mark stands right after the number's last digit (not before its first). */
const follows = (mark: PdfItem, base: PdfItem): boolean => near(mark.x - (base.x + base.w), base) && /[0-9０-９]$/.test(base.str.trim())

const near = (gap: number, base: PdfItem): boolean => gap >= -TOUCH * base.size && gap <= TOUCH * base.size

/** The mark touches a number: the base's last digit (a mark after it) or its first (a mark before
 *  it). Digits set smaller than the words around them (some OFD producers give half-width digits
 *  their own, smaller font size) touch words, not a larger number, so they are never marks. */
function touchesNumber(mark: PdfItem, base: PdfItem): boolean {
  const s = base.str.trim()
  if (near(mark.x - (base.x + base.w), base) && /[0-9０-９]$/.test(s)) return true
  return near(base.x - (mark.x + mark.w), base) && /^[0-9０-９]/.test(s)
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

/** The pieces with footnote marks rewritten; other pieces unchanged (same objects). */
export function markRaisedPieces(items: PdfItem[]): PdfItem[] {
  const byY = [...items].sort((a, b) => a.y - b.y)
  const reach = MAX_SHIFT * items.reduce((m, it) => Math.max(m, it.size), 0)
  return items.map((it) => {
    if (!MARK.test(it.str) || !/[0-9０-９]/.test(it.str)) return it
    let shift: Shift = null
    // Only pieces whose baseline is within reach of this one's can be its base.
    for (let i = firstAtOrAbove(byY, it.y - reach); i < byY.length && byY[i]!.y <= it.y + reach; i++) {
      const base = byY[i]!
      if (base === it || base.str.trim() === '' || !touchesNumber(it, base)) continue
      shift = shiftOf(it, base)
      if (shift) break
    }
    if (!shift) return it
    if (shift === 'apart') return { ...it, str: ` ${it.str.trimStart()}` }
    return { ...it, str: shift === 'up' ? asSuperscript(it.str) : asSubscript(it.str) }
  })
}
