// Two more wordings of the year's requests in prose, tried only where the usual ones (metrics.ts) read
// nothing (review rv17 q04, q08):
//  - the change first, then the count: 「全年收到政府信息公开申请同比增加12件，共50件」 — the count is the
//    one after 共, never the change;
//  - last year's count first, then this year's without the word 申请: 「上年共收到政府信息公开申请38件，
//    本年共收到50件」 — the count after 本年/今年.
import { isEarlierYearFigure } from './prose-time'
import { requestCountPart, partCountNote } from './metrics-requests-scope'
import { countNotTheYears } from './prose-period-count-rules'
import { N, countValue, isNegated, isSubCount, type Candidate, type Sentence } from './metrics-sentences'

const RECEIVE = '(?:受理|收到|接收|接到|新收)'
const REQ = '(?:政府信息公开|信息公开|公开)的?申请'
const UNIT = '(?:件|条|宗|个|份)'
const CHANGE_THEN_TOTAL = new RegExp(`${RECEIVE}了?(?:各类)?${REQ}(?:数量|数)?(?:同比|较上年|比上年|较去年|比去年)(?:增加|减少|增长|下降|多|少)了?\\d+${UNIT}[，,]?(?:共计|合计|总计|共)${N}${UNIT}`, 'g')
const THIS_YEAR_AGAIN = new RegExp(`(?:上一?年|去年|\\d{4}年)(?:度)?(?:共|全年)?${RECEIVE}了?${REQ}\\d+${UNIT}[，,；]?(?:本年度?|今年|当年)(?:共|全年)?${RECEIVE}了?(?:申请)?${N}${UNIT}`, 'g')

/** Where this year's verb stands in a THIS_YEAR_AGAIN match (after 本年/今年/当年 共). */
function thisYearVerb(m: RegExpMatchArray): number {
  const at = /(?:本年度?|今年|当年)(?:共|全年)?(?=受理|收到|接收|接到|新收)/.exec(m[0])
  return m.index! + (at ? at.index + at[0].length : 0)
}

/** The year's requests in those wordings, or undefined; the notes of counts refused go to `refused`. */
export function requestsInOtherWordings(sentences: Sentence[], year: number | null, agency: string | null, refused: string[]): Candidate | undefined {
  for (const { compact: s, printed } of sentences) {
    for (const re of [CHANGE_THEN_TOTAL, THIS_YEAR_AGAIN]) {
      for (const m of s.matchAll(re)) {
        if (isNegated(s, m.index) || isSubCount(s, m.index)) continue
        // 上半年 / 通过网络平台 / 县自然资源局 before the verb (metrics-requests-scope.ts); in the other
        // wording, before this year's verb.
        const part = requestCountPart(s, re === CHANGE_THEN_TOTAL ? m.index : thisYearVerb(m), year, agency)
        if (part) {
          refused.push(partCountNote(part, m[0], printed))
          continue
        }
        const why = countNotTheYears('政府信息公开申请数', s, re === CHANGE_THEN_TOTAL ? m.index : thisYearVerb(m), m.index + m[0].length, year, agency, m[0], printed)
        if (why) {
          refused.push(why)
          continue
        }
        // The change-first wording must be this year's; the other names last year's first on purpose.
        if (re === CHANGE_THEN_TOTAL && isEarlierYearFigure(s, m.index + m[0].length, year)) continue
        const value = countValue(m[1], m[2], m[3])
        if (value !== null && !m[3]) return { value, sentence: printed, penalty: 0 }
      }
    }
  }
  return undefined
}
