// The one reading of "a whole and a share" for every prose figure (主动公开, requests, 留言) and for the
// narrative check: a count named together with a share of it — the body itself, a government's level or
// office, or other bodies of the place (text/own-part.ts) — in any of these shapes (hr37 G2, ps38):
//   「全市主动公开政府信息98765条，（其中）本级主动公开4321条」   share after, in the next clause,
//   「全市…98765条。本级主动公开4321条。」「…98765条；本级…」      share after, in the next sentence,
//   「本级主动公开4321条，全市主动公开政府信息98765条」           share first, then the whole,
//   「全市主动公开政府信息98765条，本级占4.4%」                    share as a percentage,
//   「全市…98765条，其中区县主动公开94444条」「，市直部门…4321条」  a part of other bodies.
// Such a count is a whole holding a part: never read plainly as the body's own figure. The share is the
// body's figure only where it names the body itself and the whole is proven wider than the body
// (「全市…，本局…」 in a department's report); else neither is read, with a note naming both.
// Pure: works on compact text (no spaces).
import { SHARE_SUBJECT } from '../text/own-part'
import { NUMBER_SOURCE } from './numbers-cn'
import { N, countValue } from './metrics-sentences'

export type ShareKind = 'body' | 'level' | 'other'

/** A share named with a whole: its words, whose they are, its count (null where it is a percentage, an
 *  estimate or a rounded figure) and the words as printed (「本级占4.4%」). */
export type OwnShare = { words: string; kind: ShareKind; value: number | null; printed: string }

/** One metric's words: `verb` stands between a share's subject and its number (a pattern source, e.g.
 *  「(?:主动)?(?:公开|发布)?(?:政府信息)?」), `units` after it; `count` is the metric's own count (pattern
 *  sources, without flags), which a whole in another clause must be. */
export interface ShareTerms {
  verb: string
  units: string
  count: string[]
}

/** How a share is introduced after its whole: 「，其中」「（其中」 or a comma, a 「；」 or a new sentence. */
const LEAD = '(?:[，,；;。（(]?其中[，,]?|[，,；;。])'
/** A share as a percentage of its whole: 「本级占4.4%」「其中市直部门占比12%」. */
const PERCENT = `(?:占|约占)(?:比|总数的?|总量的?|全[省市县区州旗盟]的?)?(?:为|达|约)?(?:${NUMBER_SOURCE})(?:%|％)`
/** A whole as the subject of a clause: 全市, 我县, 各级…, 全系统 (after a year word). */
const WHOLE_START = /^(?:\d{4}年度?|全年|本年度?|今年)?，?(?:(?:全|我)[省市县区州旗盟镇乡]|各级|全系统|系统内|各(?:部门|单位|乡镇|街道))/
/** Where a share's subject may open its clause: the sentence's start, a comma, or a heading glued before
 *  it (「（一）主动公开情况县本级主动公开…」). */
const CLAUSE_START = '(?:^|[，,；;。]|情况|[）)])'
/** A share's subject right before a count's verb: 「，本级」「。其中区县」 (the 主动 of the verb may follow). */
const SHARE_AT = new RegExp(`(?:${CLAUSE_START}|${LEAD})${SHARE_SUBJECT}(?:共计|共)?(?:主动)?$`)

const cache = new Map<string, { after: RegExp; first: RegExp; wholeBefore: RegExp; wholeAfter: RegExp }>()
function patterns(t: ShareTerms): { after: RegExp; first: RegExp; wholeBefore: RegExp; wholeAfter: RegExp } {
  const key = `${t.verb}|${t.units}|${t.count.join('|')}`
  const hit = cache.get(key)
  if (hit) return hit
  const count = `(?:${t.count.map((c) => `(?:${c})`).join('|')})`
  const share = `${SHARE_SUBJECT}(?:共计|共)?(?:${t.verb}(?:共计|共|为)?${N}(?:${t.units})|${PERCENT})`
  const made = {
    // Groups: 1–3 the subject's kind, 4–6 the number.
    after: new RegExp(`^${LEAD}${share}`),
    // The share, then its whole's clause up to the whole's verb (group 7).
    first: new RegExp(`${CLAUSE_START}${share}[，,；;。]([^，,；;。\\d]{0,16})$`),
    wholeBefore: new RegExp(`${count}${LEAD}${SHARE_SUBJECT}(?:共计|共)?(?:主动)?$`),
    wholeAfter: new RegExp(`^[，,；;。]((?:[^，,；;。\\d]{0,16}?))${count}`),
  }
  cache.set(key, made)
  return made
}

function shareOf(m: RegExpExecArray): OwnShare {
  const kind: ShareKind = m[1] !== undefined ? 'body' : m[2] !== undefined ? 'level' : 'other'
  const value = m[4] === undefined || m[6] ? null : countValue(m[4], m[5], m[6])
  return { words: (m[1] ?? m[2] ?? m[3])!, kind, value, printed: m[0].replace(/^[，,；;。（(]+|[，,；;。]+[^，,；;。]*$/g, '') }
}

/** How a count is named with a share: 'share' where the count is itself the share (judged with its whole:
 *  skip it), or the whole with its share (after it, or `first` before it); null where none. */
export type ShareReading = { role: 'share' } | { role: 'whole'; share: OwnShare; first: boolean }

/**
 * The reading of the count whose verb starts at the end of `head` and whose number ends at the start of
 * `rest`. `head` is the sentence up to the verb with the sentence before it in front, `rest` the sentence
 * after the count with the next sentence after it (a share may stand in a sentence of its own).
 */
export function shareReading(head: string, rest: string, t: ShareTerms): ShareReading | null {
  const p = patterns(t)
  // The count is the share after a whole of the same metric (「…98765条，本级」「…98765条。本级」).
  if (p.wholeBefore.test(head)) return { role: 'share' }
  // The count is a share first, a whole's clause after it (「本级主动公开4321条，全市主动公开…」).
  if (SHARE_AT.test(head)) {
    const w = p.wholeAfter.exec(rest)
    if (w && WHOLE_START.test(w[1]!)) return { role: 'share' }
  }
  const after = p.after.exec(rest)
  // A bare share in the next sentence, a whole after it in its own sentence: the share is that whole's.
  if (after && !(bare(after) && /^[；;。]/.test(after[0]) && /^[，,]/.test(rest.slice(after[0].length)) && WHOLE_START.test(rest.slice(after[0].length + 1)))) {
    return { role: 'whole', share: shareOf(after), first: false }
  }
  const first = p.first.exec(head)
  if (first && WHOLE_START.test(first[7]!.replace(/主动$/, ''))) return { role: 'whole', share: shareOf(first), first: true }
  return null
}

/** Whether a share names no verb, only its number (「本级483件」): after another count it may be the share of a
 *  whole that follows it instead (「…92351件。市政府本级1401件，全县收到政府信息公开申请…」), of another figure. */
function bare(m: RegExpExecArray): boolean {
  const words = (m[1] ?? m[2] ?? m[3])!
  const afterWords = m[0].slice(m[0].indexOf(words) + words.length).replace(/^(?:共计|共|为)/, '')
  return /^[\d０-９零〇一二两三四五六七八九十百千万]/.test(afterWords)
}

/** What a whole with a share gives: the share's count where it names the body itself, the whole is proven
 *  wider than the body and the count is exact; 'whole' where the whole's subject is the body itself
 *  (「本局（含下属单位）共收到…，其中局机关30件」: its count is its own); else null (neither is read). */
export function shareFigure(share: OwnShare, whole: { wider: boolean; bodyItself: boolean }): number | 'whole' | null {
  if (whole.bodyItself) return 'whole'
  return share.kind === 'body' && whole.wider ? share.value : null
}

/** The note for a whole and a share where neither is read. */
export function wholeShareNote(label: string, figure: string, reading: { share: OwnShare; first: boolean }, unit: string, printed: string): string {
  const { share, first } = reading
  const shown = share.value === null ? `（“${share.printed}”，没有确切数量）` : ` ${share.value.toLocaleString('en-US')} ${unit}`
  const part = `“${share.words}”${shown}`
  if (share.kind === 'other') return `正文所述${label}“${figure}”是合计，其中另列${part}是其他机关的部分，合计不是本机关自身的数量，本机关的数量未单独列出，未读取。（原句：${printed}）`
  const where = first ? `其前另列${part}` : `其中另列${part}`
  return `正文所述${label}“${figure}”是合计，${where}，不能确定本报告统计的是哪一个，未读取。（原句：${printed}）`
}

/** The body itself as the subject right before the verb (「本局（含下属单位）共收到…」「我委全年受理…」): its
 *  count is its own even with a share of its office after it (「，其中局机关30件」). */
const BODY_ITSELF_SUBJECT = /(?:^|[，。；])(?:\d{4}年度?|本年度?|全年)?(?:本|我)(?:局|委|办|厅|署|中心|单位|部门|机关|院|所)(?:（[^（）]*）)?(?:共计|共|累计|全年|本年度?|依法)*$/

/** Whether the clause before the verb (the end of `before`) has the body itself as its subject. */
export function bodyItselfBefore(before: string): boolean {
  return BODY_ITSELF_SUBJECT.test(before)
}
