// A row label that names another period than the report's year: 「行政许可（上年）」「行政处罚（2023年）」
// 「规章（累计）」「行政复议（去年同期）」, or with the period written first, 「上年行政许可」「2022年行政处罚」.
// Its numbers are not this year's (hostile reviews rv27, hr27: read as this year's, no note). Only what
// stands right before or after the label counts; 本年 / 本年度 name this year and are no other period.
// A year is taken for another period whatever it is (the label's own year would be this year's, but
// nothing here knows the report's year): such a row is left unread, never read as this year's.

/** A word as printed in a narrow cell: a line break or spaces may fall between its characters. */
const spaced = (w: string): string => [...w].join('[\\s\\u3000]*')
const SP = '[\\s\\u3000]*'
const WORDS = ['上年', '上一年', '去年', '前年', '往年', '历年', '累计', '同期', '截至', '截止', '上期', '前一年', '上半年', '下半年'].map(spaced).join('|')
/** Outside brackets: not 上一年 (the 2019 template's header 上一年项目数量 may follow a label in run-together text). */
const BARE = ['上年', '去年', '前年', '累计', '上期', '前一年', '上半年'].map(spaced).join('|')
const YEAR = `(?:1${SP}9|2${SP}0)${SP}\\d${SP}\\d`
const CN_YEAR = '[一二〇○零三四五六七八九]{4}'

/** What may follow each first character of such a word, the bracket cut after it (累 → 计; any → 年). */
const CUT_RESTS: Record<string, string[]> = { 上: ['年', '一年', '期', '半年'], 去: ['年'], 前: ['年', '一年'], 往: ['年'], 历: ['年'], 累: ['计', '年'], 同: ['期'], 截: ['至', '止'], 下: ['半年'] }

/** The cut character, unless the very next line starts with the rest of a word that names no period, closed
 *  (「行政规范性文件（上」 then 「级转发）」, 「行政许可（前」 then 「置审批）」: hostile review hr30 UL2). */
const cutChar = (c: string, rests: string[]): string => `${c}(?![ \\t\\u3000]*\\n[ \\t\\u3000]*(?!${rests.join('|')})[\\u4e00-\\u9fff]{1,8}[）)])`

/** A bracket cut on its line right after the first character of such a word (「行政处罚（累 5585」 with 「计）」
 *  on another line: a label wrapped in a drawing's text box, review rv27 C); 本 (本年) is this year's. */
const CUT = `[（(][ \\t\\u3000]*(?:${Object.entries(CUT_RESTS).map(([c, r]) => cutChar(c, r)).join('|')})(?=[ \\t\\u3000]*(?:\\d|\\n|$))`

/** The words of another period, right after a label (spaces and line breaks between allowed). */
export const OTHER_PERIOD = `${SP}(?:[（(【\\[]${SP}(?:[^）)】\\]]{0,6}?(?:${WORDS})|${YEAR}${SP}(?:年|[）)】\\]])|${CN_YEAR}${SP}年)|${CUT}|(?:${BARE})(?!${SP}(?:项目|一年))|${YEAR}${SP}年)`

/** The same, written before the label (「上年行政许可」「2022年度行政处罚」): the period's words end right before it. */
export const PERIOD_BEFORE = `(?:${['上年', '上一年', '去年', '前年', '往年', '累计'].map(spaced).join('|')}|${YEAR}${SP}年度?|${CN_YEAR}年度?)${SP}`

const AFTER = new RegExp(`^${OTHER_PERIOD}`)
const BEFORE = new RegExp(`${PERIOD_BEFORE}$`)

/** The qualifier right after `end` as printed (「（上年）」), or null where the label names no other period. */
export function otherPeriodAt(text: string, end: number): string | null {
  const m = AFTER.exec(text.slice(end, end + 24))
  if (!m) return null
  const rest = text.slice(end + m[0].length, end + m[0].length + 12)
  const close = /^[^）)】\]\n]{0,6}[）)】\]]/.exec(rest)?.[0] ?? ''
  return (m[0] + close).replace(/[\s\u3000]+/g, '')
}

/** The period written right before `start` (「上年」 of 「上年行政许可」), or null. */
export function otherPeriodBefore(text: string, start: number): string | null {
  const m = BEFORE.exec(text.slice(Math.max(0, start - 16), start))
  return m ? m[0].replace(/[\s\u3000]+/g, '') : null
}
