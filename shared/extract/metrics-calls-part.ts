// 「12345热线受理群众诉求86531件，其中来电65310件、网络留言21221件」: the hotline's total work is named by
// 诉求/工单/受理, and the same sentence then gives the phone calls as a part. The model's hotlineCalls are
// the calls the hotline took (report-model.md), so that part is the figure, not the total.
import { N, countValue } from './metrics-sentences'

/** Words that already say the count is of phone calls. */
const CALL_WORDS = /来电|电话|接听|呼入|话务/

/** The phone-call part stated right after a total (其中来电M件 / 其中电话来电M个). */
// Only the calls themselves, named right after 其中 (其中来电 / 其中电话来电 / 其中热线电话): a word before
// them (其中上年来电, 其中咨询类来电, 其中转办来电, 其中未接通来电) or after (来电咨询) makes them some calls,
// another year's or a kind, not the hotline's calls (review rv16b).
const CALLS_PART = new RegExp(`^[^。；]{0,12}?其中(?:热线)?(?:电话来电|来电|电话|话务)(?:量|数|总量|总数)?(?:共计|共|为|达)?${N}(?:件|个|次|通|人次|条)`)

export interface CallsPart {
  calls: number
  /** The words the part was read from (其中来电65310件). */
  printed: string
}

/** The phone calls stated as a part of `total` (the words the total was read from) in `rest`, the
 *  sentence after it; undefined where the total is already of calls or no such part follows. */
export function phoneCallsPart(total: string, rest: string): CallsPart | undefined {
  if (CALL_WORDS.test(total)) return undefined
  const m = CALLS_PART.exec(rest)
  if (!m) return undefined
  const calls = countValue(m[1], m[2], m[3])
  if (calls === null || m[3]) return undefined
  return { calls, printed: m[0].slice(m[0].indexOf('其中')) }
}
