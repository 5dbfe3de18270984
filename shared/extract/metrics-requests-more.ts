// Two more wordings of the year's requests in prose, tried only where the usual ones (metrics.ts) read
// nothing (review rv17 q04, q08):
//  - the change first, then the count: 「全年收到政府信息公开申请同比增加12件，共50件」 — the count is the
//    one after 共, never the change;
//  - last year's count first, then this year's without the word 申请: 「上年共收到政府信息公开申请38件，
//    本年共收到50件」 — the count after 本年/今年.
import { isEarlierYearFigure } from './prose-time'
import { N, countValue, isNegated, isSubCount, type Candidate, type Sentence } from './metrics-sentences'

const RECEIVE = '(?:受理|收到|接收|接到|新收)'
const REQ = '(?:政府信息公开|信息公开|公开)的?申请'
const UNIT = '(?:件|条|宗|个|份)'
const CHANGE_THEN_TOTAL = new RegExp(`${RECEIVE}了?(?:各类)?${REQ}(?:数量|数)?(?:同比|较上年|比上年|较去年|比去年)(?:增加|减少|增长|下降|多|少)了?\\d+${UNIT}[，,]?(?:共计|合计|总计|共)${N}${UNIT}`, 'g')
const THIS_YEAR_AGAIN = new RegExp(`(?:上一?年|去年|\\d{4}年)(?:度)?(?:共|全年)?${RECEIVE}了?${REQ}\\d+${UNIT}[，,；]?(?:本年度?|今年|当年)(?:共|全年)?${RECEIVE}了?(?:申请)?${N}${UNIT}`, 'g')

/** Before the verb: a part of the year (上半年, 第四季度, 11月), a channel (通过网络平台) or another year makes
 *  the count a part or another year's (review rv17c). */
const PART_OF_YEAR = /上半年|下半年|季度|\d{1,2}月|[一二三四五六七八九十]{1,2}月|通过|网上|网络|平台|信函|当面|邮件|电子邮箱/

/** The count of a match is the year's: no part of the year, channel or other year named before it. */
export function wholeYearCount(s: string, at: number, year: number | null): boolean {
  const head = s.slice(Math.max(0, s.lastIndexOf('，', at - 1) + 1, s.lastIndexOf('；', at - 1) + 1), at)
  if (PART_OF_YEAR.test(head)) return false
  return ![...head.matchAll(/(\d{4})年/g)].some((m) => year !== null && Number(m[1]) !== year)
}

/** The year's requests in those wordings, or undefined. */
export function requestsInOtherWordings(sentences: Sentence[], year: number | null): Candidate | undefined {
  for (const { compact: s, printed } of sentences) {
    for (const re of [CHANGE_THEN_TOTAL, THIS_YEAR_AGAIN]) {
      for (const m of s.matchAll(re)) {
        if (isNegated(s, m.index) || isSubCount(s, m.index)) continue
        if (re === CHANGE_THEN_TOTAL && !wholeYearCount(s, m.index, year)) continue
        // The change-first wording must be this year's; the other names last year's first on purpose.
        if (re === CHANGE_THEN_TOTAL && isEarlierYearFigure(s, m.index + m[0].length, year)) continue
        const value = countValue(m[1], m[2], m[3])
        if (value !== null && !m[3]) return { value, sentence: printed, penalty: 0 }
      }
    }
  }
  return undefined
}
