// The 2019 template's 「本年增/减」 cell says its sign in words as often as with a minus: 「下降115」
// 「降低177」「精简115」「减少了115」「115（减）」. The cell reader (cells.ts) knows only 增/减/增加/减少,
// arrows and minus signs; any other word before the digits was dropped and the change read as a rise
// (hostile review hr37 G1). Here the words touching the change's digits decide: a word for fewer makes
// it negative, a word for more keeps it positive, and a word or dash of unknown sense leaves the cell
// unread with a note — a change whose direction is guessed is a wrong number half the time.
import type { CellToken } from './cells'

const FEWER = /(?:减少|下降|降低|缩减|压减|精简|削减|取消|回落|下调|减|少)了?$/
const MORE = /(?:增加|增长|上升|新增|提高|上调|增|多)了?$/
/** Units the cell may print after its count (read by disclosure-units.ts), no sign. */
const UNIT = /^(?:项|个|件|条|次|家|万元|元)$/

/** How the change cell's words sign its number: -1, +1, no word (null), or words of unknown sense. */
export type ChangeSign = -1 | 1 | null | { doubt: string }

/**
 * The sign the words around `tok` give it. `from` is where the cell can start (the end of the row's
 * previous number or of its label): the words are those after the last cell separator before the digits
 * (tab, pipe, two spaces) and a bracketed word right after them (「115（减）」).
 */
export function changeSign(text: string, from: number, tok: CellToken): ChangeSign {
  // The token starts at a sign word the cell reader took (「减115」): the words run up to the digits.
  const printed = text.slice(tok.start, tok.end)
  const digitsAt = tok.start + Math.max(0, printed.search(/\d/))
  const before = text.slice(from, digitsAt).split(/[\t|]|[ \u3000]{2,}/).pop() ?? ''
  const word = /([\u4e00-\u9fff]+)[ \u3000]*[：:]?[ \u3000]*$/.exec(before)?.[1] ?? ''
  // A dash of another kind touching the digits (「–115」「—115」): a minus, or a 「—」 cell glued to the next.
  if (/[–—―‒][ \u3000]*$/.test(before)) return { doubt: `${before.trim()}${printed}` }
  const after = /^[ \u3000]*[（(][ \u3000]*([\u4e00-\u9fff]+)[ \u3000]*[)）]/.exec(text.slice(tok.end))?.[1] ?? ''
  const doubt = { doubt: `${before.trim()}${text.slice(digitsAt, tok.end)}${after ? `（${after}）` : ''}` }
  const signs: ChangeSign[] = []
  for (const w of [word, after].filter((w) => w !== '' && !UNIT.test(w))) {
    if (FEWER.test(w)) signs.push(-1)
    else if (MORE.test(w)) signs.push(1)
    else return doubt
  }
  if (signs.length === 0) return null
  if (signs.some((s) => s !== signs[0])) return doubt
  return signs[0]!
}
