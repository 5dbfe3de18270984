// Whether the one ranking a sentence names is last year's by the words before it, outside the clause
// that names the rank (review rv17c):
//  - 「上年度全省政务公开评估中，在89个县（市、区）中排名第10位」: 上年度 governs the sentence;
//  - 「2021年，在全省89个县（市、区）政务公开指数评估中排名第10位」 in a 2022 report: the year opens
//    the sentence as its time (「2021年，」), so the ranking took place then — last year's. The corpus's
//    reports state this year's rank with no year (「在9月份发布的《…指数报告》中位列…」); a year named
//    with the evaluation itself (「在2021年度…评估中」) is the evaluated year, read with a note
//    (metrics-rank.ts evaluationYear), not refused here.
// Pure: works on the compact text the metric patterns read.

/** A year standing as the time of the sentence or clause: 「2021年，」「2021年度，」. */
const YEAR_AS_TIME = /(?:^|[，；：])(\d{4})年度?[，,]/g
/** Last year's words (not 上年结转, nor 在上年工作基础上: what this year built on). */
const EARLIER = /(?:上一?年度?|去年|前一年)(?!度?结转|度?(?:工作)?的?(?:基础|成果|经验))/g
/** This year's words after it: 「2021年，…；本年度…排名第6位」 is this year's. */
const THIS_YEAR = /本年度?|今年|当年|\d{4}年/

/** The words that make the rank at `at` of `sentence` last year's (上年度 / 2021年), or null. */
export function lastYearsRankWord(sentence: string, at: number, reportYear: number | null): string | null {
  const head = sentence.slice(0, at)
  // 上年/去年/上一年度 the last year word before the rank, not a comparison (较上年上升3位至第15位).
  const earlier = [...head.matchAll(EARLIER)].filter((m) => !/[较比与同]$/.test(head.slice(0, m.index))).at(-1)
  if (earlier && !THIS_YEAR.test(head.slice(earlier.index! + earlier[0].length)) && !/同比|环比|提升|上升|下降|提高|前进|进步|跃升|后退|下滑|持平/.test(head.slice(earlier.index!))) return earlier[0]
  if (reportYear === null) return null
  const time = [...head.matchAll(YEAR_AS_TIME)].at(-1)
  if (!time || Number(time[1]) >= reportYear) return null
  const after = head.slice(time.index! + time[0].length)
  if (THIS_YEAR.test(after) || after.includes(`${reportYear}年`)) return null
  return `${time[1]}年`
}

/** A year in brackets right after the rank: 「排名第10位（2021年度）」「（2021年度评估）」「（上年度）」「——2021年度」
 *  (not a comparison: 「（较2021年度上升4位）」). */
const YEAR_AFTER_RANK = /^(?:[（(](?:为|系|是)?((?:\d{4}年|上年|去年)度?)(?:的)?(?:评估|考核|测评)?(?:结果|排名)?[）)]|——?((?:\d{4}年|上年|去年)度?))/
/** The report year's evaluation or ranking itself said not out: 「本年度评估结果尚未公布」 (not 「本年度详细得分尚未公布」:
 *  the rank stands, review rv18c). */
const THIS_YEAR_NOT_OUT = /(?:本年度?|今年|当年|(\d{4})年度?)[^，。；\d]{0,24}?(?:评估|考核|测评|排名|名次|指数)(?:结果|报告)?[^，。；\d得分分值]{0,6}?(?:尚未|暂未|还未|仍未|未)(?:正式)?(?:公布|发布|出炉|揭晓)/

/** The words after the rank ending at `end` that make it not this year's (review rv18b): a year other
 *  than the report's in brackets right after it, or the sentence saying this year's result is not out
 *  (then the rank is an earlier year's). Null where nothing after it says so. */
export function otherYearAfterRank(sentence: string, end: number, reportYear: number | null): string | null {
  const bracket = YEAR_AFTER_RANK.exec(sentence.slice(end))
  const after = bracket ? (bracket[1] ?? bracket[2])! : null
  if (after && /^(?:上年|去年)/.test(after)) return '上年度'
  const y = after ? /^(\d{4})/.exec(after) : null
  if (y && reportYear !== null && Number(y[1]) !== reportYear) return `${y[1]}年`
  const notOut = THIS_YEAR_NOT_OUT.exec(sentence)
  if (!notOut) return null
  if (notOut[1] === undefined) return '以往年度'
  // 「2022年度评估结果尚未公布」: with another year named before the rank, metrics-rank.ts says which year's it is.
  const named = [...sentence.slice(0, end).matchAll(/(\d{4})年/g)].some((m) => Number(m[1]) !== reportYear)
  if (reportYear !== null && Number(notOut[1]) === reportYear && !named) return '以往年度'
  return null
}
