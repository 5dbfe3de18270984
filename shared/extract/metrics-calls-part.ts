// 「12345热线受理群众诉求86531件，其中来电65310件、网络留言21221件」: the hotline's total work is named by
// 诉求/工单/受理, and the same sentence then gives the phone calls as a part. The model's hotlineCalls are
// the calls the hotline took (report-model.md), so that part is the figure, not the total.
import { N, countValue } from './metrics-sentences'

/** A total that is itself of phone calls: a call word right before its number (来电N个, 接听电话N次,
 *  话务量N). 「来电诉求N件」 and 「来电、网络、微信等各渠道诉求N件」 are 诉求, of which calls are a part. */
const TOTAL_IS_CALLS = new RegExp(`(?:来电|电话|接听|呼入|话务)(?:量|数|总量|总数|数量)?(?:共计|共|为|达)?${N}(?:件|个|次|通|人次|条)$`)

/** The phone-call part stated right after a total (其中来电M件 / 其中电话来电M个). */
// Only the calls themselves, named right after 其中 (其中来电 / 其中电话来电 / 其中热线电话): a word before
// them (其中上年来电, 其中咨询类来电, 其中转办来电, 其中未接通来电) or after (来电咨询) makes them some calls,
// another year's or a kind, not the hotline's calls (review rv16b).
const CALLS_PART = new RegExp(`^[^。；]{0,12}?其中(?:热线)?(?:电话来电|来电|电话|话务)(诉求|工单)?(?:量|数|总量|总数)?(?:共计|共|为|达)?${N}(?:件|个|次|通|人次|条)`)
/** Calls answered, stated beside the total (「…诉求41206件，共接听来电52318次」 / 「（接听来电52318次）」). */
const ANSWERED = new RegExp(`(?:接听|呼入)(?:来电|电话)?(?:量|总量|总数)?(?:共计|共|为|达)?${N}(?:件|个|次|通|人次)`)
/** All that may stand before 接听 in its clause: the calls are the whole hotline's, the year's (not 日均,
 *  单日最高, 12月份, 人工坐席, 回访, 市本级, 2021年, another hotline: review rv17b). */
const WHOLE_YEAR = /^(?:全年|本年度?|今年)?(?:共|累计|合计|总共)?(?:计)?$/
/** Words before a figure that make it another year's. */
const EARLIER = /上一?年|去年|同期|前年/

/** A part named as phone 诉求 or 工单 (其中来电诉求N件): the phone share of the tickets, not the calls. */
export interface CallsPartUnread {
  unread: string
}

export interface CallsPart {
  calls: number
  /** The words the part was read from (其中来电65310件). */
  printed: string
  /** 'part': named as a part of the total (其中来电…); 'answered': the calls answered, stated beside it. */
  kind: 'part' | 'answered'
}

/** The phone calls stated as a part of `total` (the words the total was read from) in `rest`, the
 *  sentence after it; undefined where the total is already of calls or no such part follows. */
export function phoneCallsPart(total: string, rest: string): CallsPart | CallsPartUnread | undefined {
  if (TOTAL_IS_CALLS.test(total)) return undefined
  const part = CALLS_PART.exec(rest)
  if (part) {
    const printed = part[0].slice(part[0].indexOf('其中'))
    if (part[1]) return { unread: printed }
    const calls = countValue(part[2], part[3], part[4])
    return calls === null || part[4] ? undefined : { calls, printed, kind: 'part' }
  }
  const answered = ANSWERED.exec(rest)
  if (!answered) return undefined
  const between = rest.slice(0, answered.index)
  // The clause right after the total: another clause between (「高峰期间，全年共接听…」) may qualify it (rv17c).
  if (between.replace(/^[，,（(]/, '').search(/[，；,。（(]/) >= 0) return undefined
  const clause = between.split(/[，；,（(]/).at(-1) ?? ''
  const calls = countValue(answered[1], answered[2], answered[3])
  if (calls === null || answered[3] || EARLIER.test(clause) || !WHOLE_YEAR.test(clause)) return undefined
  return { calls, printed: answered[0], kind: 'answered' }
}
