// Table 四's header words: the three groups' headings (and the pieces a wrapped one prints on a line),
// 行政诉讼 over two groups, and the characters that name one result heading each. Pure helpers of
// review-columns.ts and review-heading-places.ts.
import { fuzzy } from './row-labels'

export const GROUP_NAMES = ['行政复议', '未经复议直接起诉', '复议后起诉']
export const RESULT_NAMES = ['维持', '纠正', '其他', '尚未审结', '总计']

/**
 * Characters that belong to one result heading only (结果 is in three of them, 结 in 审结 too): the
 * pieces of a wrapped heading (结果维 / 持, 总 / 计) still name their column. 繁體 forms too.
 */
const RESULT_CHAR: Record<string, number> = {
  维: 0, 維: 0, 持: 0,
  纠: 1, 糾: 1, 正: 1,
  // 结果纠正 as reports word it: 撤销 / 变更 / 撤销或变更 / 确认违法 (the corrections a review or court decides).
  撤: 1, 销: 1, 銷: 1, 变: 1, 變: 1, 违: 1, 違: 1,
  其: 2, 他: 2,
  尚: 3, 审: 3, 審: 3,
  总: 4, 總: 4, 合: 4, 小: 4, 计: 4, 計: 4,
}
/**
 * Words holding those characters without being a result heading: 撤回 (a request withdrawn: its 撤 is
 * not 撤销's, and which column a body files it under is not known), left unrecognised so the header's
 * cells decide (review-heading-places.ts).
 */
const NOT_RESULT = /其中|撤回/g

const LIT = fuzzy('行政诉讼')
// 行政诉讼 joined to a group's name by ：or （ (行政诉讼：复议后起诉); with a space only, it heads both.
const OPEN = '[\\s\\u3000]*[：:（(][\\s\\u3000]*'
/** Group headings and the pieces a wrapped group heading prints on a line (行政复 / 议, 行政诉讼：未经 / 复议直接起诉). */
const GROUP_WORDS: [number, RegExp][] = [
  [1, new RegExp(`(?:${LIT}${OPEN})?(?:${fuzzy('未经复议直接起诉')}|${fuzzy('直接起诉')}|未经|直接)`, 'g')],
  // 复议后 alone: the first piece of 复议后起诉 wrapped (复议后 / 起诉); no other heading holds it.
  [2, new RegExp(`(?:${LIT}${OPEN})?(?:${fuzzy('复议后起诉')}|${fuzzy('复议後起诉')}|${fuzzy('经复议起诉')}|议后起诉|后起诉|${fuzzy('复议后')})`, 'g')],
  [0, new RegExp(`${fuzzy('行政复议')}|行政复`, 'g')],
  // 复议 or 申请复议 as a cell of its own (the other groups' words already taken): 行政复议's group heading
  // shortened. Not a piece inside a cell (「未经复议 / 直接起诉」 wrapped): only between spaces or line ends.
  [0, new RegExp(`(?<![^\\s\\u3000])(?:申请)?${fuzzy('复议')}(?![^\\s\\u3000])`, 'g')],
]
/** 行政诉讼 heading its two groups (the two-level header); followed by ：or （ it begins a group's own heading. */
const PARENT = new RegExp(`${LIT}(?![\\s\\u3000]*[：:（(])`, 'g')
export const PARENT_MARK = -1

// A sentence, or a heading or caption (「四、…行政复议、行政诉讼情况」 split over two lines): no header line.
const SENTENCE = /[，。；,;、]|\d[ \u3000]*件|情况/

/** A header line without its bracketed notes (（5列）, a note cut by the line's end: 议（5 / 列）). */
export function cleanLine(raw: string): string | null {
  const text = raw
    .replace(/（[^（）]*）|\([^()]*\)/g, '')
    .replace(/[（(][\s\d]*列?/g, '')
    .replace(/[\s\d]*列?[）)]/g, '')
  return SENTENCE.test(text) || /\d/.test(text) ? null : text
}

export interface Hit {
  column: number
  at: number
}

/** Group headings of a line (PARENT_MARK for a 行政诉讼 over two groups), in reading order. */
export function groupHits(line: string): Hit[] {
  let text = line
  const hits: Hit[] = []
  for (const [column, re] of GROUP_WORDS) {
    text = text.replace(re, (m, at: number) => {
      hits.push({ column, at })
      return '#'.repeat(m.length)
    })
  }
  for (const m of text.matchAll(PARENT)) hits.push({ column: PARENT_MARK, at: m.index })
  return hits.sort((a, b) => a.at - b.at)
}

/** Result columns of a line's characters, in reading order. */
export function resultHits(line: string): number[] {
  return [...line.replace(NOT_RESULT, '')].map((ch) => RESULT_CHAR[ch]).filter((c): c is number => c !== undefined)
}
