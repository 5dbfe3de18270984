// A paragraph's text from its runs, where some runs are raised or lowered by w:position (Word's
// 字符位置 提升/降低; LibreOffice writes a superscript "789¹" as a run with w:position 8 and a
// smaller w:sz). A run set off the paragraph's own baseline that touches a number's digits is a
// mark, written as superscript/subscript characters (footnote-marks.ts) so it is never glued onto
// the number (789 + raised "1" → 7891). A whole paragraph or number moved together (documents
// that lower every run by 1 pt to line up mixed fonts) stays as it is: its baseline is its own.
// A white run (w:color FFFFFF) touching a number's digits is kept apart the same way: unseen on a
// white page, yet a shaded cell may show it — so neither glued on nor dropped.
import { asSubscript, asSuperscript } from './footnote-marks'

/** Text of one run (or a tab/break, at position 0) with its w:position in half-points. */
export interface RunPiece {
  text: string
  position: number
  white?: boolean
}

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

export function joinRunPieces(pieces: readonly RunPiece[]): string {
  const base = baseline(pieces)
  // Consecutive runs at one position are one piece of text.
  const groups: RunPiece[] = []
  for (const p of pieces) {
    const last = groups[groups.length - 1]
    if (last && last.position === p.position && !last.white === !p.white) last.text += p.text
    else groups.push({ ...p })
  }
  return groups
    .map((g, i) => {
      const shift = g.white && g.position === base ? MIN_SHIFT : g.position - base
      if (Math.abs(shift) < MIN_SHIFT || !/[0-9０-９]/.test(g.text)) return g.text
      const touches = DIGIT_END.test(groups[i - 1]?.text ?? '') || DIGIT_START.test(groups[i + 1]?.text ?? '')
      if (!touches) return g.text
      return shift > 0 ? asSuperscript(g.text) : asSubscript(g.text)
    })
    .join('')
}
