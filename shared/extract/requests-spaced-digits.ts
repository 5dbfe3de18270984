// A number the sums single out as a stray (a page number, requests-readings.ts) that stands in a
// cell beside another number, only spaces between them: that is rather one number whose digits the
// layout printed apart (a font's wide letter-spacing, 「2 6」 for 26). Leaving out its 「2」 can make
// a row hold all the same (6 + 1 = 7 for 26 + 1 = 27, its column's sums alike), so the sums prove
// nothing there and the rows stay unread (issue 10). So too where a sign joins them on one line
// (「1’227」, 「1·227」, 「1、227」 in a text that uses the sign otherwise too, thousands-signs.ts): leaving
// out the 「1」 of a cell and of its 总计 takes 1000 from both, and every sum still holds (review hr34 W2).
import type { CellToken } from './cells'
import type { ExtractionNote } from '../model/extraction'
import type { RequestRowKey } from '../model/report'
import { rowName } from './requests-proof'
import { stackedWords } from './stacked-digits'
import { signBetween } from './thousands-signs'

/** Only horizontal spaces between two tokens: the same cell, not a tab (cell bound) or a line break. */
const SPACES_ONLY = /^[ \u00a0\u3000]+$/

/** A number left out beside a neighbour (its text and both tokens), and the sign between them if any. */
export interface StrayBeside {
  shown: string
  sign: string | null
}

/**
 * The first number left out (at one of `droppedAt`) that stands beside a neighbouring token of the
 * run with only spaces (「2 6」) or one sign (「1’227」) between them, or null.
 */
export function strayBesideDigits(text: string, toks: CellToken[], droppedAt: number[]): StrayBeside | null {
  for (const at of droppedAt) {
    const i = toks.findIndex((t) => t.start === at)
    if (i < 0) continue
    for (const j of [i - 1, i + 1]) {
      const n = toks[j]
      if (!n || n.digits === '') continue
      const [a, b] = j < i ? [n, toks[i]!] : [toks[i]!, n]
      const gap = text.slice(a.end, b.start)
      if (SPACES_ONLY.test(gap)) return { shown: text.slice(a.start, b.end), sign: null }
      const sign = signBetween(gap)
      if (sign) return { shown: text.slice(a.start, b.end), sign }
    }
  }
  return null
}

/** The notes for rows left unread because of `spaced` (the first row says why, the others point to it); `sign`: the sign between its digits. */
export function spacedDigitsNotes(keys: readonly RequestRowKey[], spaced: string, stacked = false, sign: string | null = null): ExtractionNote[] {
  const names = keys.map((k) => `「${rowName(k)}」`).join('、')
  const why = stacked
    ? `${stackedWords(spaced)}，`
    : sign
      ? `的数字中「${spaced}」两段数字之间隔着「${sign}」，可能是一个数（「${sign}」作千位分隔符），也可能是两格，不能确定是几个数，`
      : `的数字中「${spaced}」各位之间有空格，可能是一个数（字距较宽时数字被拆开），不能确定是几个数，`
  return [
    { field: `requests.${keys[0]!}`, message: `表三 ${names} 行${why}各行合计关系也不能证明，未读取。` },
    ...keys.slice(1).map((k) => ({ field: `requests.${k}`, message: `表三「${rowName(k)}」行与上一行的数字无法分开，未读取（见上条说明）。` })),
  ]
}
