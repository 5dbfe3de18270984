// The body's own share named right after a whole's count, for any prose metric (hr37 G2): 「全市主动公开
// 政府信息98765条，本级主动公开4321条」「全市政府网站共收到网民留言12345条，本单位收到123条」. Such a count
// is a whole holding the body's part, never the body's own figure (the words are in text/own-part.ts).
// Pure: works on the compact text the metric patterns read.
import { OWN_SHARE_WORDS } from '../text/own-part'
import { N, countValue } from './metrics-sentences'

/** The share's count: its words, whether they name a government's level or office (never read as the
 *  body's figure), and where the share ends in the sentence. */
export type OwnShare = { value: number; words: string; level: boolean; end: number }

/** The share right after a count ending at `end`: the own words, then `verb` (a pattern source, e.g.
 *  「(?:主动)?(?:公开|发布)?(?:政府信息)?」), then the number with one of `units`; null where none follows
 *  or its number is not exact. */
export function ownShareAfter(s: string, end: number, verb: string, units: string): OwnShare | null {
  const m = new RegExp(`^${OWN_SHARE_WORDS}${verb}(?:共计|共|为)?${N}(?:${units})`).exec(s.slice(end))
  if (!m || m[5]) return null
  const value = countValue(m[3], m[4], m[5])
  return value === null ? null : { value, words: (m[1] ?? m[2])!, level: m[2] !== undefined, end: end + m[0].length }
}

/** A count ending right before `at` then the body's share words: 「…98765条，本级」 — a share's own count
 *  after a whole's (the whole's reading has already said which to read). */
const SHARE_BEFORE = new RegExp(`[\\d零〇一二两三四五六七八九十百千万](?:余|多)?(?:件|条|宗|个|份|篇|封)${OWN_SHARE_WORDS}(?:主动)?$`)

/** Whether the clause before `at` is a share named after a whole's count (「，本级主动公开…」, 「，其中本局…」). */
export function ownShareBefore(s: string, at: number): boolean {
  return SHARE_BEFORE.test(s.slice(0, at))
}

/** The note for a whole printed with the body's share after it where the share cannot be read. */
export function wholeWithShareNote(label: string, figure: string, share: OwnShare, unit: string, printed: string): string {
  return `正文所述${label}“${figure}”是合计，其后另列“${share.words}” ${share.value.toLocaleString('en-US')} ${unit}，不能确定本报告统计的是哪一个，未读取。（原句：${printed}）`
}
