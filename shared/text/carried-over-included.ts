// Whether a request count stated in prose includes the requests carried over from last year:
// 「共受理政府信息公开申请166件（含上年结转5件）」, 「…166件，其中上年结转5件」. Such a figure is
// 新收 + 结转, never the year's new requests (「161件（不含上年结转）」 is the new requests).

/** Words right after the number (its unit already read) that say the figure holds 结转 too. */
const INCLUDES = /^[\s件]*(?:[（(][^（()）]{0,16}?|[，,]\s*(?:其中|含|包括|内含)[^，,。；;]{0,10}?)结转/
const EXCLUDES = /^[\s件]*[（(，,]?\s*(?:不含|未含|不包括|不包含)/

/** `after` = the text right after the count (and its unit). */
export function countIncludesCarriedOver(after: string): boolean {
  const head = after.slice(0, 32)
  return !EXCLUDES.test(head) && INCLUDES.test(head)
}
