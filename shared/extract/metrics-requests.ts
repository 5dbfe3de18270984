// The year's disclosure requests as the prose states them (report-model.md `requestsReceived`, the
// template's 本年新收): the usual wordings, then the 新收 part of a total handled, then two more
// wordings (metrics-requests-more.ts), then a note for an estimate. A count of a part of the year,
// of one channel, of another year or of another body is not read (metrics-requests-scope.ts); a
// total whose parts name 新收 gives that part (metrics-requests-new-part.ts).
import type { ExtractionNote } from '../model/extraction'
import { isEarlierYearFigure } from './prose-time'
import { requestsInOtherWordings } from './metrics-requests-more'
import { requestCountPart, partCountNote, wholeSubjectBefore } from './metrics-requests-scope'
import { bodyItselfBefore, shareFigure, shareReading, wholeShareNote, type ShareTerms } from './own-share'
import { newPartAfter, newPartNote } from './metrics-requests-new-part'
import { countNotTheYears } from './prose-period-count-rules'
import { APPROX_WORDS, N, approxFigure, approxNote, best, clauseBefore, countValue, isNegated, isSubCount, isTableRowFigure, tableRowNote, unreadCountNote, type Candidate, type Sentence } from './metrics-sentences'

/** The verbs of receiving a request (接收处理 = received and handled). */
const RECEIVE = '(?:接收处理|受理|收到|接收|接到|新收)'
const REQ_KIND = '(?:政府信息公开|信息公开|依申请公开|依申请信息公开|依申请政府信息公开|政府信息依申请公开|信息依申请公开)'
/** 受理/收到 政府信息公开申请 (件) N 件. */
const REQUESTS_AFTER = new RegExp(
  `${RECEIVE}了?(?:各类|群众|公众|社会公众)?的?${REQ_KIND}的?申请(?:件|数量|数|总数|总量)?(?:共计|合计|共|为|达)?${N}(?:件|条|宗|个|份|次)`,
  'g',
)
/** 受理依申请公开 N 件 — 依申请公开 already says "request". */
const REQUESTS_YISHENQING = new RegExp(
  `${RECEIVE}了?(?:各类)?(?:政府信息)?依申请(?:(?:政府信息|信息)?公开(?:件|事项)?|件)(?:共计|合计|共|为|达)?${N}(?:件|条|宗|个|份)`,
  'g',
)
/**
 * 接收公民、法人和其他组织提出的各类政府信息公开申请共计 81 件 — words between the verb and the
 * request (who made it). The filler is captured so that carried-over or sub-counts can be refused.
 */
const REQUESTS_AFTER_FILLER = new RegExp(
  `${RECEIVE}了?([^。；，\\d]{1,24}?)${REQ_KIND}的?申请(?:共计|合计|共|为|达)?${N}(?:件|条|宗|个|份|次)`,
  'g',
)
/** The filler must say who asked (公民、法人和其他组织提出的 / 各类): a topic would make it a part. */
const REQUESTS_FILLER_WHO = /提出|各类|公民|法人|组织|群众|公众|申请人|自然人|企业/
/** Filler words that make a count something else than the year's new requests. */
const REQUESTS_FILLER_REFUSED = /结转|上年|去年|其中|本级|转办|答复|办结|不予|复议|诉讼|涉及|关于|有关|针对/
/** 依申请公开方面，全年共受理 N 件 — the subject named before the verb (weaker: used only if nothing else). */
const REQUESTS_IN_CONTEXT = new RegExp(
  `依申请公开[^。；]{0,20}?(?:共|全年|本年度?)?(?:受理|收到|接收|新收)(?:各类|公开)?(?:申请)?${N}(?:件|条|宗|个|份)`,
  'g',
)
/**
 * 办理政府信息公开申请 928 件，其中本年新收 903 件、上年结转 25 件: the year's new requests are the
 * part named 新收 (the total handled counts last year's too). Also with the total after the parts or
 * not at all, and the parts in any order (「共受理政府信息公开申请，其中上年结转4件，新收50件，共54件」,
 * review rv17 p01, rv17c k06). The parts are read by newPartAfter from the match's end.
 */
const REQUESTS_WITH_PARTS = new RegExp(
  `(?:办理|${RECEIVE})了?(?:各类)?${REQ_KIND}的?申请(?:(?:共计|合计|共|为)?${N}(?:件|条|宗|个|份))?(?=[，（]?其中)`,
  'g',
)
/** 收到政府信息公开申请近331件 / 受理依申请公开约300件: a bound or an estimate (said in a note when nothing exact is read). */
const REQUESTS_APPROX = new RegExp(`${RECEIVE}了?[^。；，\\d]{0,24}?(?:申请|依申请公开)(?:件|数量|数|总数|总量)?(?:共计|合计|共|为|达)?${APPROX_WORDS}${N}(?:件|条|宗|个|份|次)`, 'gd')

/** 收到 N 件 (政府信息公开) 申请 / 收到 N 件信息依申请公开. */
const REQUESTS_BEFORE = new RegExp(
  `${RECEIVE}了?(?:各类)?${N}(?:件|条|宗|个|份)(?:${REQ_KIND}的?申请|${REQ_KIND}|申请)`,
  'g',
)

/** A share's words and a request count, for the reading of a whole with a share (own-share.ts):
 *  「（本级）收到政府信息公开申请（483件）」. */
export const REQUEST_SHARE_TERMS: ShareTerms = {
  verb: '(?:收到|受理|接收|新收)?(?:政府信息公开申请|申请)?',
  units: '件|条|宗|个|份',
  count: [REQUESTS_AFTER.source, REQUESTS_AFTER_FILLER.source, REQUESTS_BEFORE.source, REQUESTS_YISHENQING.source],
}

/** The year's requests as the prose states them; `agency` is the report's body (null when unknown). */
export function requestsReceived(sentences: Sentence[], year: number | null, agency: string | null, notes: ExtractionNote[]): Candidate | undefined {
  const cands: Candidate[] = []
  /** Rounded figures (1.2万件) and parts' counts refused: said only when no count is read. */
  const rounded: string[] = []
  const refused = rounded
  for (const [i, { compact: s, printed }] of sentences.entries()) {
    for (const re of [REQUESTS_AFTER, REQUESTS_AFTER_FILLER, REQUESTS_BEFORE, REQUESTS_YISHENQING, REQUESTS_IN_CONTEXT]) {
      re.lastIndex = 0
      for (let m = re.exec(s); m; m = re.exec(s)) {
        // REQUESTS_AFTER_FILLER captures its filler first; the number's groups follow it.
        const g = re === REQUESTS_AFTER_FILLER ? 2 : 1
        if (g === 2 && (!REQUESTS_FILLER_WHO.test(m[1] ?? '') || REQUESTS_FILLER_REFUSED.test(m[1] ?? ''))) continue
        // The verb may sit inside the match (依申请公开…受理 N 件): test negation and sub-counts there.
        const verb = m.index + Math.max(0, m[0].search(/受理|收到|接收|接到|新收/))
        if (isNegated(s, verb) || isSubCount(s, verb)) continue
        if (isEarlierYearFigure(s, m.index + m[0].length, year)) continue
        // 「本年新收政府信息公开申请数量 15件 3件 … 34件」: a table row's cells, not a sentence (review rv20b W1).
        if (isTableRowFigure(s, m.index + m[0].length)) {
          refused.push(tableRowNote('政府信息公开申请数', s, m.index, m.index + m[0].length))
          continue
        }
        // 「全县各部门共收到…1190件，其中本机关收到873件」「全市共收到…1932件，本级收到483件」, the share in a
        // sentence of its own, first, as a percentage or a part of other bodies (rv20b W8, hr36 F1, hr37 G2,
        // ps38): a whole holding a part, read by the one reading of own-share.ts. The share's own count is
        // judged with its whole; the part is read where the whole is proven wider than the body and the share
        // names the body itself, else neither. The body itself as the subject (「本局（含下属单位）共收到…」)
        // keeps its count.
        const end = m.index + m[0].length
        const ws = shareReading((sentences[i - 1]?.compact ?? '') + s.slice(0, verb), s.slice(end) + (sentences[i + 1]?.compact ?? ''), REQUEST_SHARE_TERMS)
        if (ws?.role === 'share') continue
        const figure = ws ? shareFigure(ws.share, { wider: wholeSubjectBefore(s, verb, agency) === 'wider', bodyItself: bodyItselfBefore(s.slice(0, verb)) }) : 'whole'
        if (typeof figure === 'number') {
          cands.push({ value: figure, sentence: printed, penalty: 0 })
          continue
        }
        if (figure === null) {
          refused.push(wholeShareNote('政府信息公开申请数', m[0].slice(verb - m.index), ws!, '件', printed))
          continue
        }
        // 上半年 / 通过网络平台 / 县自然资源局 / 全市 (in a department's report) before the verb: a part's
        // count or a wider whole's, not the body's year (review rv17c, rv20b W10).
        const part = requestCountPart(s, verb, year, agency)
        if (part) {
          refused.push(partCountNote(part, m[0].slice(verb - m.index), printed))
          continue
        }
        // 月均 / 累计 / 单日 (hr38 F2), 「440件左右」 (F3), 「我市…」 (F4): the rules every prose count follows.
        const why = countNotTheYears('政府信息公开申请数', s, verb, m.index + m[0].length, year, agency, m[0].slice(verb - m.index), printed)
        if (why) {
          refused.push(why)
          continue
        }
        // 「共受理…54件，其中新收50件，上年结转4件」: the year's are the 新收 part, not the total.
        const newPart = newPartAfter(s, m.index + m[0].length, year)
        if (newPart && 'refused' in newPart) {
          refused.push(newPartNote(newPart.refused, m[0].slice(verb - m.index), printed))
          continue
        }
        const value = newPart ? newPart.value : countValue(m[g], m[g + 1], m[g + 2])
        if (value === null) {
          const note = unreadCountNote('政府信息公开申请数量', m[g], m[g + 1], m[g + 2], printed)
          if (note) rounded.push(note)
          continue
        }
        // 「166件（含上年结转5件）」 is kept as the prose states it (report-model.md); the check compares it
        // with 新收 + 结转 (shared/checks/narrative.ts).
        // A body's own office ("市政府本级") is a part of the total that the report may also give.
        const partOnly = /本级/.test(clauseBefore(s, verb))
        cands.push({ value, sentence: printed, penalty: (re === REQUESTS_IN_CONTEXT ? 1 : 0) + (partOnly ? 2 : 0), ...(m[g + 2] && !newPart ? { approx: true } : {}) })
      }
    }
  }
  if (cands.length === 0) {
    for (const { compact: s, printed } of sentences) {
      for (const m of s.matchAll(REQUESTS_WITH_PARTS)) {
        const end = m.index + m[0].length
        if (isNegated(s, m.index) || isSubCount(s, m.index) || isEarlierYearFigure(s, end, year)) continue
        const newPart = newPartAfter(s, end, year)
        if (!newPart) continue
        const figure = s.slice(m.index, s.slice(end).search(/[。；]|$/) + end)
        const part = requestCountPart(s, m.index, year, agency)
        if (part) {
          refused.push(partCountNote(part, figure, printed))
          continue
        }
        const why = countNotTheYears('政府信息公开申请数', s, m.index, end, year, agency, figure, printed)
        if (why) {
          refused.push(why)
          continue
        }
        if ('refused' in newPart) {
          refused.push(newPartNote(newPart.refused, figure, printed))
          continue
        }
        cands.push({ value: newPart.value, sentence: printed, penalty: 0 })
      }
    }
  }
  if (cands.length === 0) {
    const other = requestsInOtherWordings(sentences, year, agency, refused)
    if (other) cands.push(other)
  }
  if (cands.length === 0) {
    for (const { compact: s, printed } of sentences) {
      for (const m of s.matchAll(REQUESTS_APPROX)) {
        if (!isNegated(s, m.index) && !isSubCount(s, m.index) && !isEarlierYearFigure(s, m.index + m[0].length, year)) rounded.push(approxNote('政府信息公开申请数量', approxFigure(m), printed))
      }
    }
  }
  if (cands.length === 0) for (const message of new Set(rounded)) notes.push({ field: 'metrics.requestsReceived', message })
  const pick = best(cands)
  // 「300余件」: a lower bound; the digits are kept as printed, and said so (as for 主动公开).
  if (pick?.approx) notes.push({ field: 'metrics.requestsReceived', message: `正文所述政府信息公开申请数量是约数（“${pick.value.toLocaleString('en-US')} 余/多件”），按印出的数字记录，实际数量多于此数。（原句：${pick.sentence}）` })
  return pick
}

