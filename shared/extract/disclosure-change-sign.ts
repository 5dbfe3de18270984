// The 2019 template's 「本年增/减」 cell says its sign in words as often as with a minus: 「下降115」
// 「降低177」「精简115」「减少了115」「115（减）」「115项（减）」「115 减少」「（减）115」「115（↓）」. The cell
// reader (cells.ts) knows only 增/减/增加/减少 before the digits, arrows and minus signs; any other word was
// dropped and the change read as a rise (hostile reviews hr37 G1, hr37b). Here the words of the change's own
// cell decide: a word or mark for fewer makes it negative, one for more keeps it positive, and a word or
// mark of unknown sense (「–115」「增减115」「未减少115」) leaves the cell unread with a note — a change whose
// direction is guessed is a wrong number half the time.
import type { CellToken } from './cells'
import { CELL_SEPARATOR } from './header-line-cells'

/** Words for fewer / more, whole (a longer word ending in one, 「未减少」, is not one of them). */
const FEWER = /^(?:减少|下降|降低|缩减|压减|精简|削减|取消|回落|下调|减|少|[-－−↓▼])了?$/
const MORE = /^(?:增加|增长|上升|新增|提高|上调|增|多|[+＋↑▲])了?$/
/** Words that may stand before a sign word without changing its sense: 「比上年减少」「同比下降」. */
const LEAD = /^(?:本年度?|比上年|较上年|比去年|较去年|同比|与上年相比|净|共)/
/** Units the cell may print after its count (read by disclosure-units.ts), no sign. */
const UNIT = /^(?:项|个|件|条|次|家|万元|元)$/
const UNIT_LEAD = /^(?:项|个|件|条|次|家)/
/** Characters that speak of a change: a word holding one is about the change even where its sense is unknown. */
const SIGN_CHARACTERS = /[增减升降↑↓▲▼]/
/** A percentage after a word (「同比下降12.6%」): the word is about this change, not another number's sign (「增2」). */
const PERCENT = '[\\d.]+[%％]'
/** A unit the change may print between its digits and a sign word or bracket (「115项（减）」). */
const UNIT_AFTER = '(?:项|个|件|条|次|家)?'

/** How the change cell's words sign its number: -1, +1, no word (null), or words of unknown sense. */
export type ChangeSign = -1 | 1 | null | { doubt: string }

type Sense = -1 | 1 | 'unit' | 'doubt'

/** The sense of one word printed with the change. */
function senseOf(raw: string): Sense {
  const w = raw.replace(UNIT_LEAD, '').replace(LEAD, '')
  if (w === '' || UNIT.test(raw)) return 'unit'
  if (FEWER.test(w)) return -1
  if (MORE.test(w)) return 1
  return 'doubt'
}

/**
 * The sign the words around `tok` give it. `from` is where the cell can start (the end of the row's
 * previous number or of its label); `next` is the row's next number, if any. The words read are the
 * last word before the digits, bracketed or not (「下降115」「（减）115」「减少 | 115」), and those between the digits and the next number on the same line: a
 * bracket (「115项（减）」「115（↓）」) or a bare sign word (「115 减少」). A bare word after the digits that is
 * no sign word is left alone (a one-line layout's next label); a bracket there belongs to the cell.
 * A sign word printed before the next number belongs to this change, never to that count (a count has
 * no sign): the caller reads that count unsigned.
 */
export function changeSign(text: string, from: number, tok: CellToken, next?: CellToken): ChangeSign {
  // The token starts at a sign word the cell reader took (「减115」): the words run up to the digits.
  const printed = text.slice(tok.start, tok.end)
  const digitsAt = tok.start + Math.max(0, printed.search(/\d/))
  // Between the row's previous number and these digits there is nothing but this cell's words (and a unit
  // of the number before): a sign word in a cell of its own (「减少 | 115」) is this change's too.
  const before = text.slice(from, digitsAt).replace(CELL_SEPARATOR, ' ')
  // A dash of another kind touching the digits (「–115」「—115」): a minus, or a 「—」 cell glued to the next.
  if (/[–—―‒][ \u3000]*$/.test(before)) return { doubt: `${before.trim()}${printed}` }
  const lineEnd = text.indexOf('\n', tok.end)
  // The zone after the digits runs to the next number's digits; a sign glued to them (「增2」) is that number's own.
  const nextPrinted = next ? text.slice(next.start, next.end) : ''
  const nextDigits = !next ? Infinity : /^(?:增加|减少|增|减|[↑↓▲▼])\d/.test(nextPrinted) ? next.start : next.start + Math.max(0, nextPrinted.search(/\d/))
  const after = text.slice(tok.end, Math.min(nextDigits, lineEnd < 0 ? text.length : lineEnd))
  // A cell a line (pdftotext without -layout, a narrow column wrapping 「115减少」): a sign word on a line of its
  // own next to the digits (hostile review hr38b F1); across line breaks only a sign word counts (a label may stand there).
  const afterLines = text.slice(tok.end, Math.min(nextDigits, tok.end + 16))
  const wordBefore = /(?:[（(][ \u3000]*([^()（）\s]{1,6})[ \u3000]*[)）]|([\u4e00-\u9fff/／]+))[ \u3000]*[：:]?[ \u3000]*$/.exec(before)
  // 「增（减）115」: the word before that bracket as well (the column's 增（减） copied into the cell: no direction).
  const beforeBracket = wordBefore?.[1] !== undefined ? /([\u4e00-\u9fff/／]+)[ \u3000]*$/.exec(before.slice(0, wordBefore.index)) : null
  const lineBefore = wordBefore ? null : /(?:^|[^\u4e00-\u9fff])([\u4e00-\u9fff]+)\s*$/.exec(before)
  // A bracket after the digits, its sense from the word or mark it opens with: 「115（减）」「115（下降12.6%）」「115（↓）」.
  // A bracket after the digits, its sense from the word or mark it opens with: 「115（减）」「115（下降12.6%）」「115（↓）」;
  // on the next line too (a cell a line), where only a bracket about a change counts (not a row's 「（六）」).
  const bracketAt = (zone: string, space: string): RegExpExecArray | null => new RegExp(`^${space}*${UNIT_AFTER}${space}*[（(][ \\u3000]*([^()（）]{1,16}?)[ \\u3000]*[)）]`).exec(zone)
  const bracketSame = bracketAt(after, '[ \\u3000]')
  const bracketLines = bracketSame ? null : bracketAt(afterLines, '\\s')
  const leadWord = (content: string): string | null => /^(?:[\u4e00-\u9fff/／]+|[-－−+＋↑↓▲▼])/.exec(content)?.[0] ?? null
  // A bare word after the digits: alone (「115 减」), or opening a figure of its own (「115 同比下降12.6%」).
  const bareAfter = bracketSame || bracketLines
    ? null
    : new RegExp(`^[ \\u3000\\t]*${UNIT_AFTER}[ \\u3000]*([\\u4e00-\\u9fff]{1,6})(?=[ \\u3000\\t|]|$|${PERCENT})`).exec(after) ?? new RegExp(`^\\s*${UNIT_AFTER}\\s*([\\u4e00-\\u9fff]+)(?=\\s|$|${PERCENT})`).exec(afterLines)
  const shown = `${before.trim()}${text.slice(digitsAt, tok.end)}${afterLines.replace(/\s+/g, '')}`.slice(0, 40)
  const senses: Sense[] = []
  if (wordBefore) senses.push(senseOf(wordBefore[1] ?? wordBefore[2]!))
  if (beforeBracket) senses.push(senseOf(beforeBracket[1]!))
  const sameBracketWord = bracketSame ? leadWord(bracketSame[1]!) : null
  if (sameBracketWord) senses.push(senseOf(sameBracketWord))
  // Words that may be another cell's or the next label: only where they speak of a change (a sign word, or
  // words of no direction such as 「未减少」) do they count.
  for (const w of [lineBefore?.[1], bareAfter?.[1], bracketLines ? leadWord(bracketLines[1]!) : undefined]) {
    const sense = w ? senseOf(w) : 'unit'
    if (sense === 1 || sense === -1) senses.push(sense)
    else if (sense === 'doubt' && SIGN_CHARACTERS.test(w!)) senses.push('doubt')
  }
  // 「115 | 减少 167794」 (a grid): the sign word stands in the next count's cell, not in this one: whose it is
  // cannot be told (hr38b F8).
  if (next && startsWithSignWord(text, next) && /\t|\|/.test(text.slice(tok.end, next.start))) senses.push('doubt')
  const signs = senses.filter((s): s is -1 | 1 => s === -1 || s === 1)
  if (senses.includes('doubt')) return { doubt: shown }
  if (signs.length === 0) return null
  if (signs.some((s) => s !== signs[0])) return { doubt: shown }
  // A minus or arrow the cell reader already read (「-115」「115↓」) with a word of the other sense.
  if (tok.value !== null && tok.value < 0 && signs[0] === 1) return { doubt: shown }
  return signs[0]!
}

/** Whether the count token `tok` begins with a sign word (「减少 1103」), which the change before it owns. */
export function startsWithSignWord(text: string, tok: CellToken): boolean {
  return /^(?:增加|减少|增|减)/.test(text.slice(tok.start, tok.end))
}
