// A row label that names another period than the report's year: 「行政许可（上年）」「行政处罚（2023年）」
// 「规章（累计）」「行政复议（去年同期）」. Its numbers are not this year's (hostile review rv27: read as
// this year's, no note). Only what stands right after the label counts, in brackets or not; 本年 /
// 本年度 name this year and are no other period. A year in brackets is taken for another period
// whatever it is (the label's own year would be this year's, but nothing here knows the report's
// year): such a row is left unread, never read as this year's.

/** A word as printed in a narrow cell: a line break or spaces may fall between its characters. */
const spaced = (w: string): string => [...w].join('[\\s\\u3000]*')
const WORDS = ['上年', '上一年', '去年', '前年', '往年', '历年', '累计', '同期', '截至', '截止'].map(spaced).join('|')
const BARE = ['上年', '上一年', '去年', '累计'].map(spaced).join('|')
const SP = '[\\s\\u3000]*'
const YEAR = `(?:1${SP}9|2${SP}0)${SP}\\d${SP}\\d${SP}年`

/** The words of another period, right after a label (spaces and line breaks between allowed). */
export const OTHER_PERIOD = `[\\s\\u3000]*(?:[（(【\\[][\\s\\u3000]*(?:[^）)】\\]]{0,6}?(?:${WORDS})|${YEAR})|(?:${BARE})(?=[\\s\\u3000\\d０-９]|$))`

const AFTER = new RegExp(`^${OTHER_PERIOD}`)

/** The qualifier right after `end` as printed (「（上年）」), or null where the label names no other period. */
export function otherPeriodAt(text: string, end: number): string | null {
  const m = AFTER.exec(text.slice(end, end + 24))
  if (!m) return null
  const rest = text.slice(end + m[0].length, end + m[0].length + 12)
  const close = /^[^）)】\]\n]{0,6}[）)】\]]/.exec(rest)?.[0] ?? ''
  return (m[0] + close).replace(/[\s\u3000]+/g, '')
}
