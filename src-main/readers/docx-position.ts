// A paragraph's text from its runs, where some runs are raised or lowered by w:position (Word's
// 字符位置 提升/降低; LibreOffice writes a superscript "789¹" as a run with w:position 8 and a
// smaller w:sz). A run set off the paragraph's own baseline that touches a number's digits is a
// mark, written as superscript/subscript characters (footnote-marks.ts) so it is never glued onto
// the number (789 + raised "1" → 7891). A whole paragraph or number moved together (documents
// that lower every run by 1 pt to line up mixed fonts) stays as it is: its baseline is its own.
// A white run (w:color FFFFFF) touching a number's digits is kept apart the same way: unseen on a
// white page, yet a shaded cell may show it — so neither glued on nor dropped.
// A footnote mark that lost its raise (LibreOffice writes a <span> set smaller as a run with a
// smaller w:sz only: "789" then a 7 pt "1" on the baseline) is told by its size: one or two digits
// set clearly smaller (at most SMALL_MARK of the size) than the number they follow are a mark too;
// a little smaller (up to SAME_SIZE) cannot be told from a digit typed in another size, so they are
// kept apart as a number of their own — the cell then holds two numbers and is not read (a note
// says so) — and never glued on.
import { asSubscript, asSuperscript } from './footnote-marks'

/** Text of one run (or a tab/break, at position 0) with its w:position in half-points. */
export interface RunPiece {
  text: string
  position: number
  white?: boolean
  /** Font size in half-points, where known. */
  size?: number
}

/** A digit run at most this share of the size of the number it follows is a footnote mark. */
const SMALL_MARK = 0.7
/** From this share on, sizes count as the same (a digit typed 10.5 pt after 11 pt is one number). */
const SAME_SIZE = 0.9
/** A footnote number is one or two digits. */
const MARK_DIGITS = /^[0-9０-９]{1,2}$/

/** Smallest raise or drop against the baseline (half-points) that makes a run a mark: 1 pt. */
const MIN_SHIFT = 2

const DIGIT_END = /[0-9０-９]\s*$/
const DIGIT_START = /^\s*[0-9０-９]/

/**
 * The paragraph's baseline: 0 wherever any printed character sits there (a raised "60" after a
 * "1" must not make the 1 the odd one out), else the position most printed characters share.
 */
function baseline(pieces: readonly RunPiece[]): number {
  const count = new Map<number, number>()
  for (const p of pieces) count.set(p.position, (count.get(p.position) ?? 0) + p.text.replace(/\s/g, '').length)
  if ((count.get(0) ?? 0) > 0) return 0
  let best = 0
  let most = -1
  for (const [pos, n] of count) if (n > most) [best, most] = [pos, n]
  return best
}

/** `apart`: told of each digit run kept apart from the number it follows (for the reader's note). */
export function joinRunPieces(pieces: readonly RunPiece[], apart?: (number: string, digits: string) => void): string {
  const base = baseline(pieces)
  // Consecutive runs at one position are one piece of text.
  const groups: RunPiece[] = []
  for (const p of pieces) {
    const last = groups[groups.length - 1]
    if (last && last.position === p.position && !last.white === !p.white && last.size === p.size) last.text += p.text
    else groups.push({ ...p })
  }
  return groups
    .map((g, i) => {
      const smaller = smallerThanNumber(g, groups[i - 1])
      if (smaller === 'mark') return asSuperscript(g.text)
      if (smaller === 'apart') {
        apart?.(/[0-9０-９,，.]+$/.exec(groups[i - 1]!.text)?.[0] ?? '', g.text)
        return ` ${g.text}`
      }
      const shift = g.white && g.position === base ? MIN_SHIFT : g.position - base
      if (Math.abs(shift) < MIN_SHIFT || !/[0-9０-９]/.test(g.text)) return g.text
      const touches = DIGIT_END.test(groups[i - 1]?.text ?? '') || DIGIT_START.test(groups[i + 1]?.text ?? '')
      if (!touches) return g.text
      return shift > 0 ? asSuperscript(g.text) : asSubscript(g.text)
    })
    .join('')
}

/**
 * Whether `g`, on the baseline of the number `prev` ends with, is a run of digits set smaller than
 * that number: 'mark' where clearly smaller (a footnote mark that lost its raise), 'apart' where a
 * little smaller or where more digits than a footnote number are clearly smaller (neither proven a
 * mark nor proven part of the number), null where not smaller (or sizes unknown).
 */
function smallerThanNumber(g: RunPiece, prev: RunPiece | undefined): 'mark' | 'apart' | null {
  if (!prev || g.size === undefined || prev.size === undefined || g.position !== prev.position) return null
  if (!/^[0-9０-９]+$/.test(g.text) || !/[0-9０-９]$/.test(prev.text)) return null
  const ratio = g.size / prev.size
  if (ratio >= SAME_SIZE) return null
  return ratio <= SMALL_MARK && MARK_DIGITS.test(g.text) ? 'mark' : 'apart'
}
