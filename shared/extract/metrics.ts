// Numbers stated in the prose (report-model.md, `metrics`): items disclosed, requests received,
// the 政务公开指数 rank, 12345 hotline calls and mailbox messages. A metric the prose does not state
// is null; a negated mention ("未收到…") gives no number; sub-counts (其中…, 重点领域…) are skipped.
import { spacedDigitNotes } from './metrics-spaced-digits'
import { emptyMetrics, type Metrics } from '../model/report'
import type { ExtractionNote, RankSentence } from '../model/extraction'
import type { SourceLocation } from '../model/document'
import { NUMBER_SOURCE, parseNumberToken, CN_NUMERAL_CHARS } from './numbers-cn'
import { isEarlierYearFigure } from './prose-time'
import { readRankCompact, type RankReading } from './metrics-rank'
import { activeDisclosure } from './metrics-active'
import { phoneCallsPart } from './metrics-calls-part'
import { requestsReceived } from './metrics-requests'
import { shareReading, wholeShareNote, type ShareTerms } from './own-share'
import { widerSubject } from '../text/agency-level'
import { countNotTheYears } from './prose-period-count-rules'
import { placeSubjectNotBody, placeNote } from './prose-place-subject'
import { APPROX_WORDS, N, approxFigure, approxNote, approxWordBefore, clauseBefore, countValue, isNegated, isSubCount, isTableRowFigure, tableRowNote, unreadCountNote, sentencesOf, type Candidate, type Sentence } from './metrics-sentences'

export interface MetricsResult {
  metrics: Metrics
  /** For each metric found, the sentence it was read from, as printed (line breaks included). */
  sources: Partial<Record<keyof Metrics, string>>
  /** Figures a sentence states that were not read, and why (Chinese). */
  notes: ExtractionNote[]
  /** The index rank's sentence as parsed: the one the rank was read from, or else the first whose
   *  stated direction contradicts its ranks (for the checks: they do not read it again). */
  rankSentence?: { reading: RankReading; sentence: string }
}

/** 12345…来电近53万个 / 逾530000个: the same for the hotline. */
const HOTLINE_APPROX = new RegExp(`12345(?!\\d)[^。；\\d]{0,30}?(?:来电|话务量?|接听|呼入|电话|诉求|工单|受理|办理|接收)(?:总量|总数|数量|量)?(?:共计|共|为|达)?${APPROX_WORDS}${N}(?:件|个|次|通|人次|条|宗)`, 'gd')


const HOTLINE = new RegExp(
  `12345(?!\\d)[^。；]{0,30}?(?:来电|话务量?|接听|呼入|电话|诉求|工单|(?:受理|办理|接收|受理群众|办理群众)(?=\\d|[${CN_NUMERAL_CHARS}]+(?:万|亿)?(?:件|个|次|通)))(?:总量|总数|数量|量)?(?:共计|共|为|达)?${N}(?:件|个|次|通|人次|条|宗)`,
  'g',
)
/**
 * Words between "12345" and the count that make it a department's share of the hotline's work
 * (cases transferred to it, those concerning it, those it closed), not the calls the hotline took.
 */
const HOTLINE_NOT_CALLS = /转办|交办|转交|派单|派发|转来|分办|分派|督办|涉及(?:本|我)|(?:本|我)(?:局|委|办|厅|单位|部门|机关|中心|镇|街道|乡|院|所)|办结|回复|答复|回访/
/**
 * After last year's calls, this year's in the same sentence without the hotline named again
 * ("上年12345热线受理来电6,000件，本年受理来电5,400件").
 */
const CALLS_AGAIN = new RegExp(`(?:受理来电|接听来电|受理(?:群众)?诉求|话务量|来电量|来电)(?:总量|总数|数量)?(?:共计|共|为|达)?${N}(?:件|个|次|通)`, 'g')
/** The same when the department, or its handling, is named before "12345" in the clause ("本局共办理12345热线工单…"). */
const HOTLINE_NOT_CALLS_BEFORE = /(?:本|我)(?:局|委|办|厅|单位|部门|机关|中心|镇|街道|乡|院|所)|办理|承办|办结|转办|交办|答复|回复/
/** Another channel named beside the hotline before its count: 「、政府网站等渠道」「和政务服务网」「、110…平台」;
 *  a 、 list of kinds of call is no channel (「受理咨询、投诉、求助类来电」 is the hotline's own, review rv20c). */
const OTHER_CHANNEL = /(?:、|和|及|与|以及)[^，。；\d]{0,12}?(?:网|平台|信箱|热线|渠道|App|APP|小程序|公众号|110|窗口)|等(?:渠道|平台|途径|方式)/

/** A change on last year in percent: groups its direction and its figure (signedChange). */
const YOY_SOURCE = `(?:同比|较上年|比上年|较去年|比去年)(?:同期)?(上升|增长|增加|提高|上涨|下降|减少|降低|下滑|回落)了?(${NUMBER_SOURCE})(?:%|％)`
/** The change a YOY_SOURCE match states, negative for a fall (null when its figure does not parse). */
function signedChange(direction: string | undefined, figure: string | undefined): number | null {
  const v = parseNumberToken(figure ?? '')
  return v === null ? null : /下降|减少|降低|下滑|回落/.test(direction ?? '') ? -v : v
}
/** 12345热线来电量同比增长12.5%，达123456个: the change stated before the count. Groups: the change's
 *  direction and figure, then the count's three. */
const HOTLINE_YOY_FIRST = new RegExp(
  `12345(?!\\d)[^。；\\d]{0,30}?(?:来电|话务|诉求|工单|呼入)(?:总量|量)?${YOY_SOURCE}，?(?:达到?|为|共计?|总计|至)${N}(?:件|个|次|通|人次|条|宗)`,
  'g',
)
/** A clause after the calls that names them again (诉求量较上年增长…): its change is theirs. */
const CALLS_NAMED_AGAIN = /^(来电|话务|诉求|工单|呼入)(?:总量|量)/
/** A clause after the calls that gives last year's (上年为15万件): it does not part the change from them. */
const LAST_YEAR_CLAUSE = /^(?:上年|去年|上一年)(?:度|同期)?/
/** Any count in the words between the calls and a 同比 change. */
const OTHER_COUNT = new RegExp(`\\d|[${CN_NUMERAL_CHARS}]+(?:万|亿)?(?:件|个|次|条|通)`)
const YOY = new RegExp(YOY_SOURCE)
/** Right after the calls: 「，较上年增加4917件，增长23.9%」 — the change in calls, then in percent (review rv20b s08). */
const YOY_AFTER_COUNT_CHANGE = new RegExp(`^，?(?:同比|较上年|比上年|较去年|比去年)(?:同期)?(增加|减少|增长|下降|上升)了?(\\d+)(?:件|个|次|通)，(上升|增长|增加|提高|下降|减少|降低)了?(${NUMBER_SOURCE})(?:%|％)`)
/** The percent read after a change in calls only where both agree: one direction, and the percent is the change
 *  over last year's calls to within rounding (review rv21b: 「减少4917件，增长23.9%」, a percent of something else). */
function percentAgreesWithChange(calls: number, m: RegExpExecArray): boolean {
  const fall = (w: string | undefined): boolean => /下降|减少|降低/.test(w ?? '')
  if (fall(m[1]) !== fall(m[3])) return false
  const change = Number(m[2])
  const last = fall(m[1]) ? calls + change : calls - change
  const percent = parseNumberToken(m[4] ?? '')
  if (last <= 0 || percent === null) return false
  return Math.abs((change / last) * 100 - percent) <= 0.1
}
/** Words in a change's clause that make it a rate's or a part's: 接通率, 满意度, 回访率, 其中, 投诉类. */
const RATE_OR_PART = /率|满意度|占比|比重|比例|其中|类/

/** A mailbox's letters counted apart from the messages: 「信箱…收到来信3700件」. */
const MAILBOX_LETTERS = new RegExp(`信箱[^。；\\d]{0,12}?(?:收到|受理|接收|收悉)[^。；\\d]{0,4}?(?:来信|信件)${N}(?:条|件|封|个)`)
const MESSAGES = [
  // 网络及领导信箱收到留言数量和办结留言数量均为 N 条
  new RegExp(`(?:信箱|留言板|互动平台|政民互动)[^。；\\d]{0,12}?(?:收到|受理|接收|收悉|共收到)[^。；\\d]{0,4}?留言[^。；\\d]{0,16}?${N}(?:条|件|封|个)`),
  // 收到 (网民) 留言 N 条
  new RegExp(`(?:收到|受理|接收|收悉)[^。；\\d]{0,8}?留言(?:共计|共|数量为|为)?${N}(?:条|件|封|个)`),
  // 留言板 (共) 收到 N 条
  new RegExp(`(?:信箱|留言板)[^。；\\d]{0,8}?(?:收到|受理|接收)[^。；\\d]{0,6}?${N}(?:条|件|封|个)(?:留言|来信|信件)?`),
]

/** A share's words and a message count, for the reading of a whole with a share (own-share.ts):
 *  「（本单位）收到网民留言（123条）」. */
const MESSAGE_SHARE_TERMS: ShareTerms = {
  verb: '(?:收到|受理|接收|收悉)?(?:网民|群众)?(?:留言|来信)?',
  units: '条|件|封|个',
  count: MESSAGES.map((re) => re.source),
}


// ── the metrics ─────────────────────────────────────────────────────────────────────────────────


/** A rank printed as an estimate: 「约第5位」「近第5名」「第5名左右」. */
const RANK_APPROX = new RegExp(`${APPROX_WORDS}第[\\d${CN_NUMERAL_CHARS}]+(?:名|位)|第[\\d${CN_NUMERAL_CHARS}]+(?:名|位)(?:左右|上下)`)


/** Where the rank's verb stands in its sentence (排名 of 「排名全省第18位」), else its first 第N名/第N位: the
 *  subject opens that clause. */
function rankAt(s: string): number {
  const m = new RegExp(`第[\\d${CN_NUMERAL_CHARS}]+(?:名|位)`).exec(s)
  if (!m) return s.length
  const verb = [...s.slice(0, m.index).matchAll(/排名|位列|名列|位居|排在|位于/g)].at(-1)
  return verb?.index ?? m.index
}

function indexRank(sentences: Sentence[], year: number | null, notes: ExtractionNote[], agency: string | null): { read?: RankReading & { rank: number }; parsed?: { reading: RankReading; sentence: string } } {
  let contradicted: { reading: RankReading; sentence: string } | undefined
  for (const { compact, printed } of sentences) {
    const r = readRankCompact(compact, year)
    if (!r) continue
    // 「排名约第5位」「第5名左右」: no exact rank stated.
    if (r.rank !== null && RANK_APPROX.test(compact)) {
      notes.push({ field: 'metrics.indexRank', message: `正文所述政务公开指数排名“${RANK_APPROX.exec(compact)![0]}”是约数，没有确切名次，未读取。（原句：${printed}）` })
      continue
    }
    // "我县排名全省第15位" / 「云溪市政务公开水平在…位列…」 in a department's (or a town's) report: the place's
    // rank, not the body's (the rule of every prose figure, prose-place-subject.ts; hr38 F4).
    const place = r.rank !== null ? placeSubjectNotBody(compact, rankAt(compact), agency) : null
    if (r.rank !== null && place) {
      notes.push({ field: 'metrics.indexRank', message: placeNote('政务公开指数排名', `第 ${r.rank} 名`, place, agency, printed) })
      continue
    }
    // A rank read with a caveat on its year is noted on the rank; other caveats of a read rank are on its change.
    const field = r.rank === null || r.evaluationYear !== null ? 'metrics.indexRank' : 'metrics.indexRankChange'
    if (r.note) notes.push({ field, message: `${r.note}（原句：${printed}）` })
    if (r.rank !== null) return { read: { ...r, rank: r.rank }, parsed: { reading: r, sentence: printed } }
    // A direction that contradicts the ranks named ("由第12名上升至第15名"): nothing is read, but the
    // checks show the report's own contradiction.
    if (!contradicted && r.named !== null && r.previous !== null && r.direction !== null) contradicted = { reading: r, sentence: printed }
  }
  return { parsed: contradicted }
}

function hotline(sentences: Sentence[], year: number | null, notes: ExtractionNote[], agency: string | null): { calls: number | null; yoy: number | null; sentence: string } | undefined {
  for (const { compact: s, printed } of sentences) {
    HOTLINE.lastIndex = 0
    for (let m = HOTLINE.exec(s); m; m = HOTLINE.exec(s)) {
      let hit: RegExpExecArray = m
      if (isEarlierYearFigure(s, m.index + m[0].length, year)) {
        // Last year's calls: this year's may follow in the same sentence, the hotline not named again.
        const again = nextCallsOfThisYear(s, m.index + m[0].length, year)
        if (!again) continue
        hit = again
      }
      // 「12345热线受理来电 45000件 52000件」: a table row of two years, not a sentence (review rv20b W13).
      if (isTableRowFigure(s, hit.index + hit[0].length)) {
        notes.push({ field: 'metrics.hotlineCalls', message: tableRowNote('12345 热线受理量', s, m.index, hit.index + hit[0].length) })
        continue
      }
      const calls = countValue(hit[1], hit[2], hit[3])
      const rounded = calls === null ? unreadCountNote('12345 热线受理量', hit[1], hit[2], hit[3], printed) : null
      if (calls === null && !rounded) continue
      const shown = calls === null ? `“${hit[1]}${hit[2] ?? ''}${hit[3] ?? ''}”` : ` ${calls.toLocaleString('en-US')} `
      // 「全市12345热线全年受理来电N件」 in a department's report: the place's hotline, not the body's (as
      // for a place's rank, indexRank above; rv20b W12).
      const place = widerSubject(clauseBefore(s, m.index), agency)
      if (place) {
        notes.push({ field: 'metrics.hotlineCalls', message: `正文中 12345 热线的${shown}是“${place}”的热线受理量，不是本机关（${agency}）的，未读取。（原句：${printed}）` })
        continue
      }
      // 第四季度 / 日均 / 累计 / 开通以来 (hr38 F2), 「290000件左右」 (F3), 「全市12345…」 (F4): not the year's calls,
      // nor is their change on last year read.
      const why = countNotTheYears('12345 热线受理量', s, numberStart(hit), hit.index + hit[0].length, year, agency, hit[0], printed)
      if (why) {
        notes.push({ field: 'metrics.hotlineCalls', message: why })
        continue
      }
      if (HOTLINE_NOT_CALLS.test(hit[0]) || HOTLINE_NOT_CALLS_BEFORE.test(clauseBefore(s, m.index))) {
        notes.push({ field: 'metrics.hotlineCalls', message: `正文中 12345 热线的${shown}是转办、涉及本单位或办结的诉求，不是热线受理的来电总量，未读取。（原句：${printed}）` })
        continue
      }
      // 「受理群众诉求N件，其中来电M件、网络留言K件」: the calls are the part that says so.
      const part = phoneCallsPart(hit[0], s.slice(hit.index + hit[0].length))
      if (part && 'unread' in part) {
        notes.push({ field: 'metrics.hotlineCalls', message: `正文中 12345 热线的总量${shown}含来电以外的渠道，而同句所列来电的部分（“${part.unread}”）是诉求或工单数，不是来电数，12345 热线受理量未读取。（原句：${printed}）` })
        return { calls: null, yoy: null, sentence: printed }
      }
      if (part) {
        const why = part.kind === 'part' ? `含来电以外的渠道（如网络留言），按其中的来电数（“${part.printed}”）读取` : `是诉求或工单数，同句另列接听的来电数（“${part.printed}”），按来电数读取`
        notes.push({ field: 'metrics.hotlineCalls', message: `正文中 12345 热线的总量${shown}${why}；总量的同比变化不是来电的，未读取。（原句：${printed}）` })
        return { calls: part.calls, yoy: null, sentence: printed }
      }
      // 「通过12345热线、政府网站等渠道受理群众诉求31151件」「12345热线和政务服务网共受理…」: the total of
      // several channels, not the hotline's (rv20b W9).
      if (hit === m && OTHER_CHANNEL.test(m[0].slice('12345'.length))) {
        notes.push({ field: 'metrics.hotlineCalls', message: `正文中“${m[0]}”是 12345 热线与其他渠道的合计，不是热线受理量，未读取。（原句：${printed}）` })
        return { calls: null, yoy: null, sentence: printed }
      }
      // A rounded figure (18万件) is not a count: null with a note; its change on last year is printed exactly.
      if (rounded) notes.push({ field: 'metrics.hotlineCalls', message: rounded })
      // 「530000余个」: a lower bound; the digits are kept as printed, and said so (as for 主动公开).
      if (calls !== null && hit[3]) notes.push({ field: 'metrics.hotlineCalls', message: `正文所述 12345 热线受理量是约数（“${calls.toLocaleString('en-US')} ${hit[3]}”），按印出的数字记录，实际数量多于此数。（原句：${printed}）` })
      const rest = s.slice(hit.index + hit[0].length)
      const y = YOY.exec(rest)
      let yoy: number | null = null
      // The change belongs to the calls only when no other count stands between them (其中…3000件，同比…),
      // or the counts between are last year's, or the change's clause names the calls again.
      const afterCount = YOY_AFTER_COUNT_CHANGE.exec(rest)
      if (y && changeIsTheCalls(rest.slice(0, y.index), clauseBefore(rest, y.index), hit[0])) {
        yoy = signedChange(y[1], y[2])
      } else if (afterCount && calls !== null) {
        if (percentAgreesWithChange(calls, afterCount)) yoy = signedChange(afterCount[3], afterCount[4])
        else notes.push({ field: 'metrics.hotlineCallsYoYPercent', message: `正文所述 12345 热线的增减百分比（“${afterCount[3]}${afterCount[4]}%”）与同句的来电增减件数（“${afterCount[1]}${afterCount[2]}件”）对不上，不能确定是来电总量的同比变化，未读取。（原句：${printed}）` })
      }
      return { calls, yoy, sentence: printed }
    }
  }
  // 「来电近53万个」「逾530000个」: no exact number; said, not read.
  for (const { compact: s, printed } of sentences) {
    for (const m of s.matchAll(HOTLINE_APPROX)) {
      if (!isEarlierYearFigure(s, m.index + m[0].length, year) && !HOTLINE_NOT_CALLS.test(m[0])) notes.push({ field: 'metrics.hotlineCalls', message: approxNote('12345 热线受理量', approxFigure(m), printed) })
    }
  }
  return undefined
}

/** Whether the 同比 change after the calls is theirs: `between` is the text from the calls to the change,
 *  `clause` the change's clause, `calls` the words the calls were read from. */
function changeIsTheCalls(between: string, clause: string, calls: string): boolean {
  // 「接通率同比提高28.5%」「群众满意率…」「其中投诉类同比下降5.6%」: the change of a rate or of a part of
  // the calls, named in the change's own clause (rv20b W7).
  if (RATE_OR_PART.test(clause)) return false
  if (!OTHER_COUNT.test(between)) return true
  // 「办理诉求N件，其中转办M件，诉求量较上年增长x%」: named by the calls' own word, the change is theirs.
  const again = CALLS_NAMED_AGAIN.exec(clause)
  if (again && calls.includes(again[1]!)) return true
  // 「…18万件，上年为15万件，同比增长20%」: every count between stands in a clause of last year's.
  // (Split at the full-width comma only: a half-width one in the compact text is a thousands separator.)
  const clauses = between.split('，').filter((c) => c !== '')
  return clauses.every((c) => !OTHER_COUNT.test(c) || LAST_YEAR_CLAUSE.test(c))
}

/** The calls with their change stated first (HOTLINE_YOY_FIRST), when no other wording gives them. */
function hotlineYoyFirst(sentences: Sentence[], year: number | null, agency: string | null): { calls: number; yoy: number | null; sentence: string } | undefined {
  for (const { compact: s, printed } of sentences) {
    for (const m of s.matchAll(HOTLINE_YOY_FIRST)) {
      if (HOTLINE_NOT_CALLS.test(m[0]) || HOTLINE_NOT_CALLS_BEFORE.test(clauseBefore(s, m.index))) continue
      if (widerSubject(clauseBefore(s, m.index), agency) || OTHER_CHANNEL.test(m[0].slice('12345'.length))) continue
      if (isEarlierYearFigure(s, m.index + m[0].length, year) || isTableRowFigure(s, m.index + m[0].length)) continue
      if (countNotTheYears('12345 热线受理量', s, numberStart(m), m.index + m[0].length, year, agency, m[0], printed)) continue
      const calls = countValue(m[3], m[4], m[5])
      if (calls === null) continue
      return { calls, yoy: signedChange(m[1], m[2]), sentence: printed }
    }
  }
  return undefined
}

/** This year's calls after `from` in the sentence (see CALLS_AGAIN), in a clause of their own. */
function nextCallsOfThisYear(s: string, from: number, year: number | null): RegExpExecArray | undefined {
  CALLS_AGAIN.lastIndex = from
  for (let c = CALLS_AGAIN.exec(s); c; c = CALLS_AGAIN.exec(s)) {
    const clause = clauseBefore(s, c.index)
    if (isEarlierYearFigure(s, c.index + c[0].length, year) || HOTLINE_NOT_CALLS.test(clause + c[0])) continue
    // Only where the clause names this year (本年受理来电…), not a part (其中…) or another channel.
    if (/^(?:本年度?|今年|全年|\d{4}年度?)/.test(clause) && !isSubCount(s, c.index)) return c
  }
  return undefined
}

/** Where the count at the end of a match (its number, 万/亿, 余/多 and unit) starts. */
function numberStart(m: RegExpExecArray | RegExpMatchArray): number {
  const at = m[0].search(new RegExp(`(?:${NUMBER_SOURCE}|[${CN_NUMERAL_CHARS}]+)(?:万|亿)?(?:余|多)?(?:件|个|次|通|人次|条|宗|封)$`))
  return (m.index ?? 0) + Math.max(0, at)
}

function messages(sentences: Sentence[], year: number | null, notes: ExtractionNote[], agency: string | null): Candidate | undefined {
  for (const [i, { compact: s, printed }] of sentences.entries()) {
    for (const re of MESSAGES) {
      // Every match: last year's figure may come first ("上年信箱收到留言…，本年信箱收到留言…").
      for (const m of s.matchAll(new RegExp(re.source, 'gd'))) {
        if (isNegated(s, m.index) || isEarlierYearFigure(s, m.index + m[0].length, year)) continue
        // 「全市政府网站共收到网民留言12345条，本单位收到123条」, the share first, in a sentence of its own or as
        // a percentage: a whole holding a part (hr37 G2, ps38); which one the report means is not said. The
        // share's own count is judged with its whole.
        const ws = shareReading((sentences[i - 1]?.compact ?? '') + s.slice(0, m.index), s.slice(m.index + m[0].length) + (sentences[i + 1]?.compact ?? ''), MESSAGE_SHARE_TERMS)
        if (ws?.role === 'share') continue
        if (ws) {
          const message = wholeShareNote('留言数量', m[0], ws, '条', printed)
          if (!notes.some((n) => n.message === message)) notes.push({ field: 'metrics.messagesReceived', message })
          continue
        }
        // 「12345热线及网上信箱共受理来电N件」: the hotline's and the mailbox's calls or 诉求 together, not messages.
        if (/12345|热线/.test(clauseBefore(s, m.index)) || /来电|诉求|工单|电话/.test(m[0])) continue
        if (isTableRowFigure(s, m.index + m[0].length)) {
          notes.push({ field: 'metrics.messagesReceived', message: tableRowNote('留言数量', s, m.index, m.index + m[0].length) })
          continue
        }
        // 上半年 / 日均 / 开通以来 (hr38 F2), 「11000条左右」 (F3), 「全市…信箱」 (F4): not the body's year's messages.
        const why = countNotTheYears('留言数量', s, m.indices?.[1]?.[0] ?? m.index, m.index + m[0].length, year, agency, m[0], printed)
        if (why) {
          if (!notes.some((n) => n.message === why)) notes.push({ field: 'metrics.messagesReceived', message: why })
          continue
        }
        // 「留言逾880件」「近千件」: a bound or an estimate, no exact number (as for 主动公开, metrics-active.ts).
        const numberStart = m.indices?.[1]?.[0] ?? m.index
        const word = approxWordBefore(s, numberStart)
        if (word) {
          notes.push({ field: 'metrics.messagesReceived', message: approxNote('留言数量', s.slice(numberStart - word.length, m.index + m[0].length), printed) })
          return undefined
        }
        const value = countValue(m[1], m[2], m[3])
        if (value === null) {
          const rounded = unreadCountNote('留言数量', m[1], m[2], m[3], printed)
          if (rounded) {
            notes.push({ field: 'metrics.messagesReceived', message: rounded })
            return undefined
          }
          continue
        }
        // 「“县长信箱”收到来信3700件，“网上留言”收到留言392条」: two channels' counts; which one (or their sum)
        // the report means by its messages the words do not say (review rv20b D2).
        const letters = MAILBOX_LETTERS.exec(s)
        if (letters) {
          notes.push({ field: 'metrics.messagesReceived', message: `正文分别列出信箱来信（“${letters[0]}”）和留言（“${m[0]}”），不能确定哪一个是本报告的留言数量，未读取。（原句：${printed}）` })
          return undefined
        }
        // 「880余件」: a lower bound; the digits are kept as printed, and said so (as for 主动公开).
        if (m[3]) notes.push({ field: 'metrics.messagesReceived', message: `正文所述留言数量是约数（“${value.toLocaleString('en-US')} ${m[3]}”），按印出的数字记录，实际数量多于此数。（原句：${printed}）` })
        return { value, sentence: printed, penalty: 0 }
      }
    }
  }
  return undefined
}

/**
 * The prose figures of a report's text. `year` is the report's year (null when unknown): a figure
 * governed by an earlier year ("2021年主动公开…") is then never read as this year's. `agency` is the
 * body (null when unknown): a rank whose subject is a place (我县排名…) is the body's only when the
 * body is that place's government.
 */
export function extractMetrics(text: string, year: number | null = null, agency: string | null = null): MetricsResult {
  const metrics = emptyMetrics()
  const sources: Partial<Record<keyof Metrics, string>> = {}
  const notes: ExtractionNote[] = []
  const sentences = sentencesOf(text)
  /** Records a metric with the sentence it was read from; a value not stated stays null. */
  const put = (key: keyof Metrics, value: number | null | undefined, sentence: string): void => {
    if (value === null || value === undefined) return
    metrics[key] = value
    sources[key] = sentence
  }

  const active = activeDisclosure(sentences, year, notes, agency)
  if (active) {
    put('activeDisclosureItems', active.value, active.sentence)
    put('activeDisclosureItemsChange', active.change, active.sentence)
  }
  const req = requestsReceived(sentences, year, agency, notes)
  if (req) put('requestsReceived', req.value, req.sentence)
  const { read: rank, parsed: rankSentence } = indexRank(sentences, year, notes, agency)
  if (rank && rankSentence) {
    put('indexRank', rank.rank, rankSentence.sentence)
    put('indexRankOf', rank.of, rankSentence.sentence)
    put('indexRankChange', rank.change, rankSentence.sentence)
  }
  const hot = hotline(sentences, year, notes, agency) ?? hotlineYoyFirst(sentences, year, agency)
  if (hot) {
    put('hotlineCalls', hot.calls, hot.sentence)
    put('hotlineCallsYoYPercent', hot.yoy, hot.sentence)
  }
  const msg = messages(sentences, year, notes, agency)
  if (msg) put('messagesReceived', msg.value, msg.sentence)
  spacedDigitNotes(text, metrics, notes)
  return { metrics, sources, notes, ...(rankSentence ? { rankSentence } : {}) }
}

/** The rank sentence as the extraction keeps it (model RankSentence), placed by `locate`. */
export function rankSentenceOf(parsed: MetricsResult['rankSentence'], locate: (sentence: string) => SourceLocation): RankSentence | undefined {
  if (!parsed) return undefined
  const { reading: r, sentence } = parsed
  return { text: sentence, loc: locate(sentence), rank: r.named, previous: r.previous, statedChange: r.statedChange, direction: r.direction, evaluationYear: r.evaluationYear }
}
