// A total of requests followed by its parts: 「共受理政府信息公开申请54件，其中新收50件，上年结转4件」.
// The total counts last year's carried-over requests; the year's new requests (report-model.md
// `requestsReceived`, the template's 本年新收) are the part named 新收 — of the report's year where the
// parts name years (「其中2022年新收50件，2021年新收4件」: a 新收 of 2021 is last year's). Parts that
// name no 新收 (「其中上年结转4件」「其中自然人50件」) leave the total as the prose states it (review rv17c).
// Pure: works on the compact text the metric patterns read.
import { N, countValue } from './metrics-sentences'

/** One part: 「（本年/2022年）新收（政府信息公开申请）50件」, the clause holding nothing else before it. */
const NEW_PART = new RegExp(`^(?:其中)?(?:(本年度?|今年|当年)|(\\d{4})年度?)?新收(?:的)?(?:受理|收到|接收)?(?:政府信息公开申请|申请)?${N}(?:件|条|宗|个|份)$`)
/** The parts must follow the total at once: 「，其中…」「（其中…」「，其中：…」. */
const PARTS_OPEN = /^[，,（(]?其中[：:]?/
/** A clause that is no part of the total but opens another subject, ending the parts (review rv18b):
 *  a verb of its own (「受理行政复议申请10件」「12345热线转办」), 另…, another 其中, a year that names no
 *  part (「2021年受理…」; 「2021年新收4件」 is a part). */
const ENDS_PARTS = /受理|收到|接收|接到|转办|办理|^另|其中|^\d{4}年(?!度?(?:新收|上年结转|结转))/
/** A clause with a verb that is still a part of the total: its 新收 (「新收受理50件」), or one channel's
 *  count (「网上受理30件」「依申请公开平台接收30件」) with no other subject before the verb (review rv18c). */
function isOwnPart(p: string): boolean {
  if (/^(?:本年度?)?新收/.test(p)) return true
  const verb = /受理|收到|接收|接到/.exec(p)
  if (!verb) return false
  const head = p.slice(0, verb.index)
  return head.length <= 10 && /网上|网络|在线|线上|线下|信函|邮寄|当面|现场|传真|邮件|平台/.test(head) && !/局|委|办|县|区|市|乡|镇|街道|\d{4}年|另/.test(head)
}

/** A bracket (「新收50件（其中网上新收30件）」), ； or 。 ends the parts. */
const PARTS_END = /[（()）；;。]/

export type NewPart = { value: number } | { refused: string }

/** The 新收 part of the total that ends at `end` in `s`, or why none can be read, or null where the
 *  total's parts name no 新收 (the total is then read as printed). */
export function newPartAfter(s: string, end: number, year: number | null): NewPart | null {
  const open = PARTS_OPEN.exec(s.slice(end))
  if (!open) return null
  const body = s.slice(end + open[0].length)
  const cut = body.search(PARTS_END)
  const parts: string[] = []
  for (const p of (cut < 0 ? body : body.slice(0, cut)).split(/[，,、]/)) {
    if (p === '') continue
    if (ENDS_PARTS.test(p) && !isOwnPart(p)) break
    parts.push(p)
  }
  if (!parts.some((p) => p.includes('新收'))) return null
  const values: number[] = []
  for (const p of parts) {
    const m = NEW_PART.exec(p)
    if (!m) continue
    // A 新收 of a named year other than the report's is that year's (last year's new requests).
    if (m[2] !== undefined && (year === null || Number(m[2]) !== year)) continue
    const v = countValue(m[3], m[4], m[5])
    if (v !== null && !m[5]) values.push(v)
  }
  if (values.length === 1) return { value: values[0]! }
  return { refused: values.length === 0 ? '同句所列“新收”部分没有本年度的确切数字' : '同句列出不止一个本年度“新收”数' }
}

/** The note for a total whose 新收 part could not be read. */
export function newPartNote(why: string, figure: string, printed: string): string {
  return `正文所述政府信息公开申请总数“${figure}”含上年结转等其他部分，不是本年新收申请数；${why}，未读取。（原句：${printed}）`
}
