// A generator of prose-metric paragraphs with their gold: the 政务公开指数 rank (this year's and
// last year's in either order, 由…至/从…到, stated changes in places, counts of bodies), 主动公开
// counts beside last year's, requests received beside last year's, 12345 hotline calls beside the
// department's transferred cases, mailbox messages beside last year's, and a city's own 考核 of its departments, which is not the
// provincial index. Deterministic by seed. The gold is the truth of the report's year: a figure the
// paragraph does not state for this year is null, and any other value read is wrong.
import type { Metrics } from '../../shared/model/report'
import { emptyMetrics } from '../../shared/model/report'
import { chance, pick, seeded, type Rand } from '../variants/generator/rng'
import { wholeShareSentence, type ShareMetric } from './own-share-sentences'

export interface MetricCase {
  text: string
  year: number
  /** The reporting body (a department, or a place's government). */
  agency: string
  /** Every metric: the value stated for the report's year, or null. */
  gold: Metrics
  /** The rule names the paragraph was built from (for read rates per rule). */
  rules: string[]
  /** Metrics for which the extraction must say why a figure the paragraph states was not read as
   *  this year's (or was read with a caveat): another year's rank, one channel's count, a running total. */
  notes: (keyof Metrics)[]
}

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 2 → 两/二, 17 → 十七, 26 → 二十六 (below 100, as reports write small counts and ranks). */
function cnNumeral(n: number, rand: Rand, allowLiang = true): string {
  if (n === 2 && allowLiang) return pick(rand, ['两', '二'])
  if (n < 10) return CN[n]!
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 1 ? '' : CN[tens]}十${ones === 0 ? '' : CN[ones]}`
}

const fullWidth = (s: string): string => s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))

/** A count as printed: plain, 千分位, full-width, between spaces (converters), or grouped by a
 *  space, no-break or thin space (「22 553条」, as some templates and converters print it). */
function count(n: number, rand: Rand): string {
  const spaced = n.toLocaleString('en-US').replace(/,/g, pick(rand, [' ', '\u00a0', '\u2009']))
  return pick(rand, [String(n), n.toLocaleString('en-US'), fullWidth(String(n)), ` ${n} `, spaced])
}

/** A rank or a number of places as printed: digits or a Chinese numeral. */
function small(n: number, rand: Rand, allowLiang = false): string {
  return n < 100 && chance(rand, 0.35) ? cnNumeral(n, rand, allowLiang) : String(n)
}

const int = (rand: Rand, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1))

// ── the rank ─────────────────────────────────────────────────────────────────────────────────────

const PROVINCIAL = [
  '在全省政务公开第三方评估中',
  '在全省政务公开指数评估中',
  '在《某省政务公开指数报告》中',
  '在省政务公开第三方评估中',
  '在全省县级政府政务透明度指数评估中',
  '政务公开指数',
  '本单位在全省政务公开指数测评中',
]
const LOCAL = [
  '在全市{N}个部门政务公开考核中',
  '在全区政务公开工作考评中',
  '在全县政务公开绩效考核中',
  '在市直单位政务公开考核中',
  '政务公开工作在全市考核中',
  '在全市政务公开工作年度考核中',
]

/** "第15名" in the shapes reports use. */
function rankWords(r: string, rand: Rand): string {
  return pick(rand, [`第${r}名`, `第${r}位`])
}

function placeVerb(up: boolean, rand: Rand): string {
  return up ? pick(rand, ['提升', '上升', '前进', '进步', '提高', '进位', '前移']) : pick(rand, ['下降', '后退', '下滑', '后移'])
}
function placeUnit(rand: Rand): string {
  return pick(rand, ['位', '个名次', '个位次', '名'])
}

interface RankGold {
  rank: number | null
  of: number | null
  change: number | null
}

/**
 * A rank named for another 年度's evaluation (review-s6 P2, 「2022年度…评估结果尚未公布，2021年度本局排名第18位」
 * in a 2022 report). Where the sentence says this year's result is not out, the rank is last year's:
 * never this year's (gold null), with a note. Named alone for the year before (indexes are published
 * the year after), it is read with a note naming that 年度.
 */
function rankOtherYearSentence(rand: Rand, year: number, agency: string): { text: string; gold: RankGold; rule: string; note: boolean } {
  const R = int(rand, 1, 40)
  const r = small(R, rand)
  const ctx = pick(rand, ['政务公开指数评估', '全省政务公开第三方评估', '全省政务公开指数测评', '省政务公开第三方评估'])
  const verb = pick(rand, ['排名第', '位列第', '名列第', '排名全省第'])
  const notOut = pick(rand, ['结果尚未公布', '结果尚未发布', '结果暂未公布', '结果还未公布', '尚未公布结果', '暂未发布'])
  const yr = pick(rand, ['年度', '年'])
  const who = pick(rand, ['本局', '我局', '本单位', ''])
  const form = pick(rand, ['not-out-first', 'not-out-after', 'named-alone', 'place-subject'] as const)
  if (form === 'place-subject') {
    // 「我县排名全省第15位」: the place's rank — the body's only in the report of that place's government (review-s8 §3 p21).
    const place = pick(rand, ['县', '市', '区'])
    const own = agency.endsWith(`${place}人民政府`)
    return { text: `${year}年${ctx}结果显示，${pick(rand, ['我', '本', '全'])}${place}${verb}${r}${pick(rand, ['位', '名'])}。`, gold: { rank: own ? R : null, of: null, change: null }, rule: own ? 'rank:place-own' : 'rank:place-not-body', note: !own }
  }
  if (form === 'not-out-first') {
    return { text: `${year}${yr}${ctx}${notOut}，${year - 1}${yr}${who}${verb}${r}${pick(rand, ['位', '名'])}。`, gold: { rank: null, of: null, change: null }, rule: 'rank:other-year-not-out', note: true }
  }
  if (form === 'not-out-after') {
    return { text: `${who}在${year - 1}${yr}${ctx}中${verb}${r}${pick(rand, ['位', '名'])}，${year}${yr}${pick(rand, ['评估', '测评', ''])}${notOut}。`, gold: { rank: null, of: null, change: null }, rule: 'rank:other-year-not-out', note: true }
  }
  return { text: `${who}在${year - 1}${yr}${ctx}中${verb}${r}${pick(rand, ['位', '名'])}。`, gold: { rank: R, of: null, change: null }, rule: 'rank:other-year-named', note: true }
}

function rankSentence(rand: Rand, year: number): { text: string; gold: RankGold; rule: string } {
  const R = int(rand, 1, 40)
  const D = int(rand, 1, 9)
  const up = chance(rand, 0.5) || R <= D
  const P = up ? R + D : R - D
  const change = P - R
  const of = int(rand, Math.max(P, R) + 3, 120)
  const r = small(R, rand)
  const p = small(P, rand)
  const d = small(D, rand, true)
  const opener = pick(rand, ['', `${year}年，`, '本年度，', '我局', `${year}年度，本机关`])

  if (chance(rand, 0.15)) {
    // A city's or county's own assessment of its bodies: not the provincial index.
    const ctx = pick(rand, LOCAL).replace('{N}', String(of))
    const tail = pick(rand, ['', `，比上年${placeVerb(up, rand)}${d}${placeUnit(rand)}`])
    const text = `${opener}${ctx}${pick(rand, ['排名', '位列', '名列'])}${rankWords(r, rand)}${tail}。`
    return { text, gold: { rank: null, of: null, change: null }, rule: 'rank:local-assessment' }
  }

  const ctx = pick(rand, PROVINCIAL)
  const lead = ctx.endsWith('指数') ? `${ctx}排名` : `${ctx}${pick(rand, ['排名', '位列', '位居', '名列', '排名全省'])}`
  const form = pick(rand, ['plain', 'of', 'stated', 'from-to', 'from-to-stated', 'up-to', 'then-rank', 'with-last', 'last-first', 'bracket', 'same', 'bracket-last', 'on-last-base', 'other-ranking-first', 'other-ranking-after', 'tier-then-other', 'older-base', 'years', 'not-bodies', 'score-bracket', 'from-to-count-bracket'] as const)
  let text: string
  let gold: RankGold = { rank: R, of: null, change: null }
  switch (form) {
    case 'plain':
      text = `${lead}${rankWords(r, rand)}`
      break
    case 'of': {
      const shape = pick(rand, ['count-first', 'count-after', 'bracket', 'participants', 'bracket-jia', 'participants-after'] as const)
      if (shape === 'count-first') text = `${ctx}位列${of}个县级政府${rankWords(r, rand)}`
      else if (shape === 'count-after') text = `${ctx.replace(/中$/, '')}，在全省${of}个县（市、区）中排名第${r}位`
      else if (shape === 'bracket') text = `${lead}${rankWords(r, rand)}（共${of}个单位）`
      // Review 9 F6: 「排名第30位（共104家）」「名列第45（全省77个单位参评）」.
      else if (shape === 'bracket-jia') text = `${lead}${rankWords(r, rand)}（共${of}家）`
      else if (shape === 'participants-after') text = `${ctx}名列第${r}（${pick(rand, ['全省', ''])}${of}个${pick(rand, ['单位', '部门', '县（市、区）'])}参评）`
      else text = `${lead}${rankWords(r, rand)}，参评单位${of}个`
      gold = { rank: R, of, change: null }
      break
    }
    case 'stated':
      text = `${lead}${rankWords(r, rand)}，${pick(rand, ['较上年', '比上年', '同比'])}${placeVerb(up, rand)}${d}${placeUnit(rand)}`
      gold = { rank: R, of: null, change }
      break
    case 'from-to':
      text = `${ctx.endsWith('指数') ? ctx + '排名' : ctx + '排名'}${pick(rand, ['由', '从'])}${pick(rand, ['上年的', '上年度的', `${year - 1}年的`, ''])}第${p}${pick(rand, ['名', '位'])}${up ? pick(rand, ['上升', '提升', '跃升']) : pick(rand, ['下降', '下滑'])}${pick(rand, ['至', '到'])}第${r}${pick(rand, ['名', '位'])}`
      gold = { rank: R, of: null, change }
      break
    case 'from-to-stated':
      text = `${lead}由第${p}名${up ? '上升' : '下降'}至第${r}名，${placeVerb(up, rand)}${d}${placeUnit(rand)}`
      gold = { rank: R, of: null, change }
      break
    case 'up-to':
      text = `${ctx}排名${pick(rand, ['较上年', '比上年', ''])}${placeVerb(up, rand)}${d}${placeUnit(rand)}${pick(rand, ['至', '到'])}第${r}${pick(rand, ['名', '位'])}`
      gold = { rank: R, of: null, change }
      break
    case 'then-rank':
      text = `${ctx}排名${pick(rand, ['较上年', '比上年', ''])}${placeVerb(up, rand)}${d}${placeUnit(rand)}，${pick(rand, ['位列', '排名', '位居'])}第${r}${pick(rand, ['名', '位'])}`
      gold = { rank: R, of: null, change }
      break
    case 'with-last':
      text = `${lead}${rankWords(r, rand)}，${pick(rand, ['上年第', '上年排名第', '去年为第', '上年度位列第'])}${p}${pick(rand, ['位', '名'])}${pick(rand, ['', `，${placeVerb(up, rand)}${d}${placeUnit(rand)}`])}`
      gold = { rank: R, of: null, change }
      break
    case 'last-first':
      text = `${ctx}${pick(rand, ['上年排名第', '去年位列第', '上年度排名第'])}${p}${pick(rand, ['位', '名'])}，${pick(rand, ['本年度排名第', '今年位列第', `${year}年排名第`, '本年排名第'])}${r}${pick(rand, ['位', '名'])}`
      gold = { rank: R, of: null, change }
      break
    case 'bracket':
      text = `${lead}${rankWords(r, rand)}，${pick(rand, ['较上年', '比上年'])}（第${p}${pick(rand, ['位', '名'])}）${placeVerb(up, rand)}${d}${placeUnit(rand)}`
      gold = { rank: R, of: null, change }
      break
    case 'bracket-last':
      text = `${lead}${rankWords(r, rand)}（${pick(rand, ['上年第', '上年为第', '去年第', `${year - 1}年第`])}${p}${pick(rand, ['名', '位'])}）`
      gold = { rank: R, of: null, change }
      break
    case 'on-last-base':
      // 上年 opens the clause but the rank is this year's, reached after the change.
      text = `${ctx}${pick(rand, ['在上年排名第', '在上年度第'])}${p}${pick(rand, ['名', '位'])}的基础上${placeVerb(up, rand)}${d}${placeUnit(rand)}，${pick(rand, ['位列', '排名'])}第${r}名`
      gold = { rank: R, of: null, change }
      break
    case 'other-ranking-first':
      // Another ranking named first in the sentence is not the index.
      text = `营商环境评价${pick(rand, ['排名', '位列'])}第${small(int(rand, 1, 9), rand)}名，${lead}${rankWords(r, rand)}`
      break
    case 'other-ranking-after':
      // Another ranking after the index's own (a city's, a peer group's, a sub-indicator's): not the index.
      text = `${lead}${rankWords(r, rand)}${pick(rand, ['', `，较上年${placeVerb(up, rand)}${d}${placeUnit(rand)}`])}，${pick(rand, ['全市排名第', '在同类单位中位列第', '其中依申请公开指标排名第', '全省政务公开考核排名第', '全市考核排名第'])}${small(int(rand, 1, 9), rand)}${pick(rand, ['位', '名'])}${pick(rand, ['', `，较上年前移${small(int(rand, 1, 3), rand)}位`])}`
      gold = { rank: R, of: null, change: /较上年/.test(text.split(/，(?:全市|在同类|其中|全省政务公开考核)/)[0]!) ? change : null }
      break
    case 'tier-then-other':
      // The index's clause gives a tier, not a rank; the rank after it is another ranking's (review 9 F4).
      text = `${ctx}${ctx.endsWith('指数') ? '评估中' : ''}${pick(rand, ['位列第一档次', '获评优秀等次', '位于第二方阵', '被评为A类'])}，${pick(rand, ['政务新媒体检查', '网站普查', '营商环境评价', '政务服务评估'])}${pick(rand, ['排名第', '位列第'])}${small(int(rand, 1, 9), rand)}${pick(rand, ['位', '名'])}`
      gold = { rank: null, of: null, change: null }
      break
    case 'older-base':
      // A change against an older year, a sum over years or part of a year is not the change against last year.
      text = `${lead}${rankWords(r, rand)}，${pick(rand, [`较${year - 2}年`, '累计', '近三年', `与${year - 3}年相比`, '连续两年', `比${year - 1}年上半年`, `${year - 3}年以来`])}${placeVerb(up, rand)}${d}${placeUnit(rand)}`
      gold = { rank: R, of: null, change: null }
      break
    case 'not-bodies': {
      // Review rv20b W3: counts that are not the bodies ranked — items scored, another year's count.
      const n = 6 + Math.floor(rand() * 120)
      const shape = pick(rand, ['items', 'indicators', 'older-count'] as const)
      if (shape === 'items') text = `在${ctx}评估（共评估${n}个指标项）中排名${rankWords(r, rand)}`
      else if (shape === 'indicators') text = `在${ctx}评估（共设${n}个一级指标、${n + 20}个二级指标）中排名${rankWords(r, rand)}`
      else text = `${lead}${rankWords(r, rand)}，较${year - 2}年（共${R + n}个单位参评）有所进步`
      gold = { rank: R, of: null, change: null }
      break
    }
    case 'years':
      text = `${ctx}${year - 1}年度排名第${p}位，${year}年度${pick(rand, ['提升至', '上升到', '下降至', '排名'])}第${r}位`
      // The verb may contradict the ranks: then nothing may be read, never a wrong change.
      gold = { rank: R, of: null, change }
      if (/提升|上升/.test(text) && change < 0) gold = { rank: null, of: null, change: null }
      if (/下降/.test(text) && change > 0) gold = { rank: null, of: null, change: null }
      break
    case 'score-bracket':
      // A bracket of scores or of a group right after the rank (review rv20b y06, y09): it may be a sub-index's
      // or another body's rank (rv21b), so it is not read.
      text = `${lead}第${r}${pick(rand, ['（满分100分，得分' + int(rand, 60, 99) + '分）', '（县级政府组）', '（市直部门组）'])}`
      gold = { rank: null, of: null, change: null }
      break
    case 'from-to-count-bracket':
      // The count in the bracket right after this year's rank, after 由上年… (review rv20b h10).
      // A bracket naming a year is that year's count (rv21b).
      if (chance(rand, 0.3)) {
        text = `${ctx}排名由上年的第${p}位${up ? '提升' : '下降'}至第${r}位（${pick(rand, [`${year - 1}年`, '上年'])}参评单位${of}个）`
        gold = { rank: R, of: null, change }
        break
      }
      text = `${ctx}排名由上年的第${p}位${up ? '提升' : '下降'}至第${r}位（参评单位${of}个）`
      gold = { rank: R, of, change }
      break
    case 'same':
      text = `${lead}${rankWords(r, rand)}，${pick(rand, ['排名与上年持平', '名次与上年持平', '排名保持不变'])}`
      gold = { rank: R, of: null, change: 0 }
      break
  }
  return { text: `${opener}${text}。`, gold, rule: `rank:${form}` }
}

// ── 主动公开 ─────────────────────────────────────────────────────────────────────────────────────

/** The change on last year first, then the year's total ("同比增加1,765条，达到8,765条"), or the reverse. */
function activeChangeSentence(rand: Rand, year: number): { text: string; gold: number | null; change: number | null; rule: string } {
  const N = pick(rand, [int(rand, 300, 999), int(rand, 1000, 99999)])
  const D = int(rand, 1, Math.floor(N / 2))
  const less = chance(rand, 0.35)
  const unit = pick(rand, ['条', '件'])
  const subject = `${pick(rand, ['', '本局', '全年', `${year}年`, '本年度'])}${pick(rand, ['主动公开政府信息', '主动公开政府信息数量', '主动公开各类政府信息', '主动发布政府信息'])}`
  const vs = pick(rand, ['同比', '较上年', '比上年', '较去年', '比上年度', '与上年相比'])
  const dir = less ? pick(rand, ['减少', '下降']) : pick(rand, ['增加', '增长', '上升'])
  const change = less ? -D : D
  const form = pick(rand, ['change-then-total', 'change-then-total', 'percent-then-total', 'total-then-change', 'change-then-cumulative'] as const)
  switch (form) {
    case 'change-then-total':
      return { text: `${subject}${vs}${dir}${count(D, rand)}${unit}，${pick(rand, ['达到', '共计', '总数为', '总数达', '达', '总计'])}${count(N, rand)}${unit}。`, gold: N, change, rule: 'active:change-then-total' }
    case 'percent-then-total':
      return { text: `${subject}${vs}${dir}${int(rand, 1, 400) / 10}%，${pick(rand, ['达到', '共计', '总数为'])}${count(N, rand)}${unit}。`, gold: N, change: null, rule: 'active:percent-then-total' }
    case 'total-then-change':
      return { text: `${subject}${count(N, rand)}${unit}，${vs}${dir}${count(D, rand)}${unit}。`, gold: N, change, rule: 'active:total-then-change' }
    case 'change-then-cumulative':
      // 累计达: may be the running total of all years, so neither it nor the change is the year's.
      return { text: `${subject}${vs}${dir}${count(D, rand)}${unit}，${pick(rand, ['累计达', '累计达到'])}${count(N, rand)}${unit}。`, gold: null, change: null, rule: 'active:change-then-cumulative' }
  }
}

function activeSentence(rand: Rand, year: number, agency: string): { text: string; gold: number | null; rule: string; note?: boolean } {
  const N = pick(rand, [int(rand, 30, 999), int(rand, 1000, 99999)])
  const P = N + pick(rand, [-1, 1]) * int(rand, 1, Math.max(1, Math.floor(N / 3)))
  const n = count(N, rand)
  const p = count(P, rand)
  const unit = pick(rand, ['条', '件'])
  const now = pick(rand, ['全年', '本年度', '今年', `${year}年`, '本年'])
  const last = pick(rand, ['上年度', '上年', '去年', '上一年度', `${year - 1}年`])
  const verb = pick(rand, ['主动公开政府信息', '主动公开各类政府信息', '主动公开政府信息共计', '主动发布政府信息'])
  const form = pick(rand, ['this-only', 'last-then-this', 'this-then-last', 'bracket-last', 'than-last', 'than-last-percent', 'change-only', 'on-last-base', 'compared-first', 'wan', 'cumulative-then-new', 'approx', 'approx-before', 'tracked-glued', 'table-row', 'place-whole', 'all-then-active-part', 'whole-share-no-qizhong'] as const)
  switch (form) {
    case 'whole-share-no-qizhong': {
      // 「全市主动公开政府信息98765条，本级主动公开4321条」 (hr37 G2): a whole holding the body's share with no
      // 其中; the share is read only where the place is wider than the body and the share names the body itself.
      const place = pick(rand, ['全县', '全市', '全区'])
      const share = shareWithoutQizhong(rand)
      const own = agency.endsWith(`${place.slice(1)}人民政府`) || share.level
      const whole = N + int(rand, 10, 50000)
      return { text: `${place}${pick(rand, ['', '共'])}${verb}${count(whole, rand)}${unit}，${share.words}${pick(rand, ['主动公开', '主动公开政府信息', '公开'])}${n}${unit}。`, gold: own ? null : N, rule: own ? 'active:own-whole-share-no-qizhong' : 'active:whole-share-no-qizhong', note: own }
    }
    case 'all-then-active-part': {
      // 「全年公开政府信息4534条，其中主动公开4119条，依申请公开415条」: the total of all information disclosed
      // is not the 主动公开 count; the part named 主动公开 is (rv20b W4).
      const K = int(rand, 1, 2000)
      const total = pick(rand, ['公开政府信息', '发布各类政务信息', '公开各类政府信息'])
      const part = `主动公开${pick(rand, ['', '政府信息'])}${n}${unit}`
      const other = `依申请公开${count(K, rand)}${unit}`
      return { text: `${now}${total}${count(N + K, rand)}${unit}，其中${chance(rand, 0.5) ? `${part}，${other}` : `${other}，${part}`}。`, gold: N, rule: 'active:all-then-active-part' }
    }
    case 'place-whole': {
      // 「全县共主动公开政府信息78810条」: the place's count, the body's only in that place's government's report (rv20b W11).
      const place = pick(rand, ['全县', '全市', '全区', '我县'])
      const own = agency.endsWith(`${place.slice(1)}人民政府`)
      return { text: `${pick(rand, ['', `${year}年，`])}${place}共${verb}${n}${unit}。`, gold: own ? N : null, rule: own ? 'active:place-own' : 'active:place-not-body', note: !own }
    }
    case 'table-row':
      // 「项目 2022年 2023年 / 主动公开政府信息 4800条 5200条」 printed as text (review rv20b W13): nothing read, a note.
      return { text: `${pick(rand, ['项目', '指标', ''])} ${year - 1}年 ${year}年\n${pick(rand, ['主动公开政府信息', '主动公开政府信息数量'])} ${count(P, rand)}${unit} ${count(N, rand)}${unit}\n`, gold: null, rule: 'active:table-row', note: true }
    case 'approx-before':
      // 约0.88万条 / 近9000条 / 超过8000条: no exact number; nothing read, with a note (review-s8 §3 p01/p03/p04).
      return { text: `${now}${verb}${pick(rand, ['约', '近', '超过', '逾'])}${pick(rand, [n, `${(N / 10000).toFixed(2)}万`])}${unit}。`, gold: null, rule: 'active:approx-before', note: true }
    case 'approx':
      // 「8700余条」: the digits as printed (report-model.md), with a note that it is a lower bound (review-s8 §3 p02).
      return { text: `${now}${verb}${n}${pick(rand, ['余', '多'])}${unit}。`, gold: N, rule: 'active:approx', note: true }
    case 'this-only':
      return { text: `${now}${verb}${n}${unit}。`, gold: N, rule: 'active:this-only' }
    case 'last-then-this':
      return { text: `${last}${pick(rand, ['本局', '本机关', ''])}${verb}${p}${unit}，${now}${verb}${n}${unit}。`, gold: N, rule: 'active:last-then-this' }
    case 'this-then-last':
      return { text: `${now}${verb}${n}${unit}，${last}${verb}${p}${unit}。`, gold: N, rule: 'active:this-then-last' }
    case 'bracket-last':
      return { text: `${now}${verb}${n}${unit}（${pick(rand, ['上年：', '上年为', '去年', `${year - 1}年为`])}${p}${unit}）。`, gold: N, rule: 'active:bracket-last' }
    case 'than-last':
      return { text: `${now}${verb}${n}${unit}，${pick(rand, ['较上年的', '比上年的', `较${year - 1}年的`])}${p}${unit}${N > P ? '增加' : '减少'}${count(Math.abs(N - P), rand)}${unit}。`, gold: N, rule: 'active:than-last' }
    case 'than-last-percent':
      return { text: `${verb}${n}${unit}，${pick(rand, ['同比', '较上年'])}${N > P ? '增长' : '下降'}${(Math.abs(N - P) / P * 100).toFixed(1)}%。`, gold: N, rule: 'active:than-last-percent' }
    case 'on-last-base':
      return { text: `在${pick(rand, ['上年', '上年度', '去年'])}${pick(rand, ['工作', ''])}基础上，${verb}${n}${unit}。`, gold: N, rule: 'active:on-last-base' }
    case 'compared-first':
      return { text: `${pick(rand, ['与上年相比，', '同比，', '较去年同期，'])}${now}${verb}${n}${unit}。`, gold: N, rule: 'active:compared-first' }
    case 'wan': {
      // 「1.2万条」 is a rounded figure (anything from 11,500 to 12,499), not a count: null with a note (review 9 F8).
      // Printed down to the unit (「1.2345万条」) it is a count.
      if (N >= 10000 && chance(rand, 0.3)) return { text: `${now}${verb}${(N / 10000).toFixed(4)}万${unit}。`, gold: N, rule: 'active:wan-exact' }
      const w = int(rand, 11, 99) / 10
      return { text: `${now}${verb}${w}万${pick(rand, ['', '余', '多'])}${unit}。`, gold: null, rule: 'active:wan', note: true }
    }
    case 'tracked-glued': {
      // A tracked change printed to PDF as text: the struck old figure runs into the new one
      // (「4000045367条」, review 9 g03). Nine digits or more are no body's count: null with a note.
      const old = String(int(rand, 10000, 99999))
      const now9 = String(Math.max(N, 1000)).padStart(9 - old.length, '1')
      return { text: `${now}${verb}${old}${now9}${unit}。`, gold: null, rule: 'active:tracked-glued', note: true }
    }
    case 'cumulative-then-new':
      // The year's new items are a part named after the cumulative total: not read as the total.
      return { text: `累计主动公开政府信息${count(N + P, rand)}${unit}，其中本年新增${n}${unit}。`, gold: N, rule: 'active:cumulative-then-new' }
    case 'change-only':
      // Only the change on last year: no count of this year is stated.
      return { text: `${pick(rand, ['较上年', '比上年', '同比'])}${N > P ? '增加' : '减少'}${verb}${count(Math.abs(N - P), rand)}${unit}。`, gold: null, rule: 'active:change-only' }
  }
}

/**
 * Counts by channel (review-s7 k04, 「本局通过政府网站主动公开政府信息5000条，通过政务新媒体发布信息3765条」):
 * one channel's count is not the year's total. With no total stated nothing is read (with a note);
 * a total stated beside them is read; a single channel named alone is the year's count as stated.
 * A running total with the year's new part (review-s7 k06, 「截至2022年底…累计…98765条，其中2022年新增8765条」):
 * the new part is read when its year is the report's; otherwise nothing, with a note.
 */
function activeChannelSentence(rand: Rand, year: number): { text: string; gold: number | null; rule: string; note: boolean } {
  const A = int(rand, 100, 60000)
  const B = int(rand, 10, 9000)
  const unit = pick(rand, ['条', '件'])
  const who = pick(rand, ['本局', '我局', '本单位', '', `${year}年，本局`, '全年'])
  const via = pick(rand, ['通过', '依托', '在'])
  const site = pick(rand, ['政府网站', '门户网站', '政府信息公开专栏', '区政府门户网站', '政府信息公开平台'])
  const media = pick(rand, ['政务新媒体', '微信公众号', '政务微博', '“某某发布”微信公众号', '政务抖音号'])
  const siteVerb = pick(rand, ['主动公开政府信息', '主动公开各类政府信息', '主动发布政府信息', '公开政府信息'])
  const mediaVerb = pick(rand, ['发布信息', '主动公开政府信息', '发布政务信息', '公开'])
  const sep = pick(rand, ['，', '；', '，', '，同时'])
  const form = pick(rand, ['channels', 'channels', 'channels-media-first', 'channels-total', 'one-channel', 'cumulative-year-new', 'cumulative-other-year', 'cumulative-new-no-year', 'cumulative-only', 'year-cumulative'] as const)
  // 全年累计 is the year's own count (review 9 F5), so a running total is never opened with 全年.
  const holder = who === '全年' ? '本局' : who
  const n = count(A, rand)
  const m = count(B, rand)
  switch (form) {
    case 'channels':
      return { text: `${who}${via}${site}${siteVerb}${n}${unit}${sep}${via}${media}${mediaVerb}${m}${unit}。`, gold: null, rule: 'active:channels', note: true }
    case 'channels-media-first':
      return { text: `${who}${via}${media}${mediaVerb}${m}${unit}${sep}${via}${site}${siteVerb}${n}${unit}。`, gold: null, rule: 'active:channels', note: true }
    case 'channels-total':
      return { text: `${who}${via}${site}${siteVerb}${n}${unit}，${via}${media}${mediaVerb}${m}${unit}，${pick(rand, ['共计主动公开政府信息', '全年共主动公开政府信息', '合计主动公开政府信息'])}${count(A + B, rand)}${unit}。`, gold: A + B, rule: 'active:channels-total', note: false }
    case 'one-channel':
      return { text: `${who}${via}${site}${siteVerb}${n}${unit}。`, gold: A, rule: 'active:one-channel', note: false }
    case 'cumulative-year-new':
      return { text: `${pick(rand, [`截至${year}年底，`, `截至${year}年12月31日，`, ''])}${holder}累计主动公开政府信息${count(A + B, rand)}${unit}，其中${pick(rand, [`${year}年`, `${year}年度`, '本年度', '本年', '今年'])}新增${pick(rand, ['', '公开', '政府信息'])}${m}${unit}。`, gold: B, rule: 'active:cumulative-year-new', note: false }
    case 'cumulative-other-year':
      return { text: `截至${year}年底，${holder}累计主动公开政府信息${count(A + B, rand)}${unit}，其中${year - 1}年${pick(rand, ['', '度'])}新增${m}${unit}。`, gold: null, rule: 'active:cumulative-no-year', note: true }
    case 'cumulative-new-no-year':
      return { text: `${holder}累计主动公开政府信息${count(A + B, rand)}${unit}，其中新增${m}${unit}。`, gold: null, rule: 'active:cumulative-no-year', note: true }
    case 'cumulative-only':
      return { text: `${pick(rand, [`截至${year}年底，`, '截至目前，', ''])}${holder}累计主动公开政府信息${count(A, rand)}${unit}。`, gold: null, rule: 'active:cumulative-only', note: true }
    case 'year-cumulative':
      return { text: `${pick(rand, ['全年', '本年度', '今年', `${year}年`, `${year}年度`, '一年来'])}${pick(rand, ['', '共', '共计'])}累计主动公开政府信息${n}${unit}${pick(rand, ['', `，其中政策解读${count(Math.min(B, A), rand)}篇`])}。`, gold: A, rule: 'active:year-cumulative', note: false }
  }
}

/** The body's own share after a whole's count, with no 其中 (hr37 G2): the body itself (本局, 本机关, 本单位)
 *  or a government's level or office (本级, 市本级, 市政府办公室), never read as the body's figure. */
function shareWithoutQizhong(rand: Rand): { words: string; level: boolean } {
  const words = pick(rand, ['本级', '市本级', '市政府本级', '县本级', '市政府办公室', '县政府办公室', '本机关', '本局', '本单位'])
  return { words, level: /本级|办公室/.test(words) }
}

// ── requests received ────────────────────────────────────────────────────────────────────────────

function requestsSentence(rand: Rand, year: number, agency: string): { text: string; gold: number | null; rule: string; note?: boolean } {
  const N = int(rand, 1, 900)
  const P = N + int(rand, 1, 60)
  const C = int(rand, 1, 9)
  const n = count(N, rand)
  const p = count(P, rand)
  const verb = pick(rand, ['受理', '收到', '接收', '新收'])
  const noun = pick(rand, ['政府信息公开申请', '依申请公开', '各类政府信息公开申请'])
  const last = pick(rand, ['上年度', '去年', `${year - 1}年`])
  const form = pick(rand, ['this-only', 'last-then-this', 'this-then-last', 'carried-first', 'than-last', 'handled-then-new', 'table-row', 'whole-own-part', 'place-whole', 'scope-bracket', 'whole-share-no-qizhong'] as const)
  const whole = N + int(rand, 10, 2000)
  switch (form) {
    case 'whole-share-no-qizhong': {
      // 「全市共收到…1932件，本级收到483件」「…，市政府办公室收到483件」 (hr37 G2): a whole holding the body's
      // share with no 其中. The share is read only where the whole is wider than the body and the share names
      // the body itself; a government's 本级 or office, or its own place's whole: neither, with a note.
      const subject = pick(rand, ['全市', '全县', '全区', '全市各级行政机关', '全县各部门'])
      const share = shareWithoutQizhong(rand)
      const place = /^全([县区市])/.exec(subject)![1]!
      const own = agency.endsWith(`${place}人民政府`) || share.level
      const shareVerb = pick(rand, ['收到', '受理', '', '收到政府信息公开申请'])
      return { text: `${subject}共${pick(rand, ['收到', '受理'])}政府信息公开申请${count(whole, rand)}件，${share.words}${shareVerb}${n}件。`, gold: own ? null : N, rule: own ? 'requests:own-whole-share-no-qizhong' : 'requests:whole-share-no-qizhong', note: own }
    }
    case 'whole-own-part': {
      // A whole (the county's bodies, the system's units) with the body's own part (rv20b W8): the part —
      // but in that place's own government's report which of the two its table counts is not said (rv20c 1).
      // The subject may be all levels' bodies of a place or a system (「全市各级行政机关」「全市教育系统各级行政
      // 机关」, hr36 F1): the place's (or the system's) whole all the same. With no place or system named
      // (「各级行政机关共收到…，其中本机关…」) the whole may be the body's own: neither is read. A government's
      // 本级 share (「其中市政府本级收到…」) is never read as the body's figure.
      const subject = pick(rand, ['全县各部门', '全区', '系统内各单位', '全市各级各部门', '全市各级行政机关', '全县各级行政机关', '全省各级行政机关', '各级行政机关', '全市教育系统各级行政机关', '全区各级政府部门', '全系统'])
      const ownWords = pick(rand, ['本机关收到', '本局', '局机关', '本单位受理', '本委', '本办收到', '市政府本级收到', '本级', '县政府本级受理', '区本级'])
      const place = /^全([县区市省])/.exec(subject)?.[1]
      const own = (place !== undefined && !subject.includes('系统') && agency.endsWith(`${place}人民政府`)) || !/^全|系统/.test(subject) || ownWords.includes('本级')
      return { text: `${subject}共${pick(rand, ['收到', '受理'])}政府信息公开申请${count(whole, rand)}件，其中${ownWords}${n}件。`, gold: own ? null : N, rule: own ? 'requests:own-whole-with-part' : 'requests:whole-own-part', note: own }
    }
    case 'place-whole': {
      // 「全市共收到…」: the place's, the body's only in that place's government's report (rv20b W10).
      const place = pick(rand, ['全市', '全县', '全区'])
      const own = agency.endsWith(`${place.slice(1)}人民政府`)
      return { text: `${place}共${pick(rand, ['收到', '受理'])}政府信息公开申请${count(whole, rand)}件，${pick(rand, ['各单位均按时答复', '均已按期办结'])}。`, gold: own ? whole : null, rule: own ? 'requests:place-own' : 'requests:place-not-body', note: !own }
    }
    case 'table-row': {
      // Table 三's rows with 件 in each cell, printed as text (review rv20b W1): the first cell is 自然人's,
      // not the year's requests; nothing is read, with a note.
      const cells = [N, int(rand, 0, 9), int(rand, 0, 9), int(rand, 0, 9), int(rand, 0, 9), int(rand, 0, 9)]
      // Every cell with 件, or only the first (an HTML table whose first column carries the unit).
      const firstOnly = chance(rand, 0.3)
      const row = (label: string, vs: number[]): string => `${label} ${[...vs, vs.reduce((a, b) => a + b, 0)].map((v, i) => (firstOnly && i > 0 ? `${v}` : `${v}件`)).join(pick(rand, [' ', '\t', '\n']))}\n`
      return { text: `自然人 法人或其他组织 总计\n${row('一、本年新收政府信息公开申请数量', cells)}${row('二、上年结转政府信息公开申请数量', [C, 0, 0, 0, 0, 0])}`, gold: null, rule: 'requests:table-row', note: true }
    }
    case 'scope-bracket':
      // The subject's scope in a closed bracket (review rv20b b03): the body's own count.
      return { text: `${pick(rand, ['本局', '本机关', '我局'])}${pick(rand, ['（含下属单位）', '（含局属事业单位）', '（含二级机构）'])}${verb}${noun}${n}件。`, gold: N, rule: 'requests:scope-bracket' }
    case 'handled-then-new':
      // The total handled counts last year's too; the year's new requests are the part named 新收 (review 9 F6).
      return { text: `全年共办理政府信息公开申请${count(N + C, rand)}件，其中${pick(rand, ['本年', '本年度', ''])}新收${n}件、上年结转${C}件。`, gold: N, rule: 'requests:handled-then-new' }
    case 'this-only':
      return { text: `${pick(rand, ['全年', '本年度', `${year}年`])}共${verb}${noun}${n}件。`, gold: N, rule: 'requests:this-only' }
    case 'last-then-this':
      return { text: `${last}${verb}${noun}${p}件，${pick(rand, ['本年度', '今年', `${year}年`])}${verb}${noun}${n}件。`, gold: N, rule: 'requests:last-then-this' }
    case 'this-then-last':
      return { text: `${pick(rand, ['本年度', `${year}年`, '全年'])}${verb}${noun}${n}件，${last}${verb}${noun}${p}件。`, gold: N, rule: 'requests:this-then-last' }
    case 'carried-first':
      return { text: `上年结转${C}件，${pick(rand, ['', '本年'])}${verb}${noun}${n}件。`, gold: N, rule: 'requests:carried-first' }
    case 'than-last':
      return { text: `${verb}${noun}${n}件，较上年（${p}件）减少${P - N}件。`, gold: N, rule: 'requests:than-last' }
  }
}

// ── 12345 hotline ────────────────────────────────────────────────────────────────────────────────

function hotlineSentence(rand: Rand, year: number, agency: string): { text: string; calls: number | null; yoy: number | null; rule: string; note?: boolean } {
  const N = int(rand, 1000, 300000)
  const K = int(rand, 10, 999)
  const P = N + int(rand, 100, 5000)
  const name = pick(rand, ['12345热线', '12345政务服务便民热线', '12345政务服务热线', '12345 热线'])
  const taken = pick(rand, ['受理来电', '接听来电', '受理群众诉求', '全年话务量'])
  const yoyV = Number((int(rand, 1, 400) / 10).toFixed(1))
  const form = pick(rand, ['calls', 'calls-yoy', 'transfer', 'concerning', 'closed', 'calls-then-transfer', 'last-then-this', 'wan', 'satisfaction', 'this-then-last', 'department-handled', 'place-calls', 'last-then-this-unnamed', 'yoy-first', 'yoy-after-last', 'yoy-named-again', 'table-row', 'multi-channel', 'rate-or-part-yoy', 'yoy-after-count-change'] as const)
  const upw = chance(rand, 0.5)
  const yoyStated = upw ? yoyV : -yoyV
  switch (form) {
    // Review 9 F6: the change stated before the count, after last year's count, or by the calls' own word after a part.
    case 'yoy-first':
      return { text: `${name}${pick(rand, ['来电量', '话务量', '诉求量'])}同比${upw ? '增长' : '下降'}${yoyV}%，${pick(rand, ['达', '达到', '为'])}${count(N, rand)}${pick(rand, ['个', '件', '通'])}。`, calls: N, yoy: yoyStated, rule: 'hotline:yoy-first' }
    case 'yoy-after-last':
      return { text: `${name}全年${taken}${count(N, rand)}件，${pick(rand, ['上年为', '去年为', '上年同期为'])}${count(P, rand)}件，同比${upw ? '增长' : '下降'}${yoyV}%。`, calls: N, yoy: yoyStated, rule: 'hotline:yoy-after-last' }
    case 'yoy-named-again':
      return { text: `全年通过${name}办理诉求${count(N, rand)}件，其中转办${count(K, rand)}件，诉求量较上年${upw ? '增长' : '下降'}${yoyV}%。`, calls: N, yoy: yoyStated, rule: 'hotline:yoy-named-again' }
    case 'yoy-after-count-change': {
      // The change in calls, then in percent (review rv20b s08): read where the two agree (the percent is the
      // change over last year's calls); where they do not (a percent of something else), null with a note (rv21b).
      const pct = Number(((K / (upw ? N - K : N + K)) * 100).toFixed(1))
      const agree = chance(rand, 0.7)
      const shown = agree ? pct : Number((pct + 1 + int(rand, 0, 50) / 10).toFixed(1))
      return { text: `${name}${taken}${count(N, rand)}件，较上年${upw ? '增加' : '减少'}${K}件，${upw ? '增长' : '下降'}${shown}%。`, calls: N, yoy: agree ? (upw ? pct : -pct) : null, rule: agree ? 'hotline:yoy-after-count-change' : 'hotline:yoy-after-count-change-disagrees', ...(agree ? {} : { note: true }) }
    }
    case 'rate-or-part-yoy':
      // The change of a rate or of a part of the calls after them (rv20b W7): the calls are read, the change is not theirs.
      return { text: `${name}${taken}${count(N, rand)}件，${pick(rand, ['接通率', '回访率', '群众满意率', '按时办结率', '群众满意度', '其中投诉类', '其中咨询类来电'])}同比${upw ? pick(rand, ['提高', '增长']) : '下降'}${yoyV}%。`, calls: N, yoy: null, rule: 'hotline:rate-or-part-yoy' }
    case 'multi-channel':
      // The hotline's total with other channels' (rv20b W9): not the hotline's calls; null with a note.
      return { text: `${pick(rand, ['全年通过', '', '全年'])}${name}${pick(rand, ['、政府网站等渠道', '和政务服务网', '、110非警务警情联动平台', '及网上信箱'])}${pick(rand, ['共', ''])}${pick(rand, ['受理群众诉求', '受理来电', '办理诉求'])}${count(N, rand)}件${pick(rand, ['', `，同比增长${yoyV}%`])}。`, calls: null, yoy: null, rule: 'hotline:multi-channel', note: true }
    case 'table-row':
      // A table of two years printed as text (review rv20b W13): which cell is the year's the words cannot
      // tell — the first is last year's here — so nothing is read, with a note.
      return { text: `${pick(rand, ['指标', '项目', ''])} ${year - 1}年 ${year}年\n${name}${taken} ${count(P, rand)}件 ${count(N, rand)}件\n`, calls: null, yoy: null, rule: 'hotline:table-row', note: true }
    case 'calls':
      return { text: `${pick(rand, ['全年', `${year}年`, ''])}${name}${taken}${count(N, rand)}${pick(rand, ['件', '个', '次', '通'])}。`, calls: N, yoy: null, rule: 'hotline:calls' }
    case 'calls-yoy':
      return { text: `${name}${taken}${count(N, rand)}件，同比${upw ? '增长' : '下降'}${yoyV}%。`, calls: N, yoy: yoyStated, rule: 'hotline:calls-yoy' }
    case 'transfer':
      return { text: `${name}${pick(rand, ['转办', '交办', '派单'])}${pick(rand, ['涉及本局', '我局', '本单位'])}${pick(rand, ['诉求', '工单', '事项'])}${count(K, rand)}件，办结率100%。`, calls: null, yoy: null, rule: 'hotline:transfer' }
    case 'concerning':
      return { text: `${name}受理涉及${pick(rand, ['本局', '我局', '本部门'])}的${pick(rand, ['来电', '诉求'])}${count(K, rand)}件，满意率${int(rand, 90, 100)}%。`, calls: null, yoy: null, rule: 'hotline:concerning' }
    case 'closed':
      return { text: `${name}办结${pick(rand, ['群众诉求', '工单'])}${count(K, rand)}件。`, calls: null, yoy: null, rule: 'hotline:closed' }
    case 'calls-then-transfer':
      return { text: `${name}${taken}${count(N, rand)}件，其中转办${pick(rand, ['我局', '本局'])}诉求${count(K, rand)}件，同比下降${yoyV}%。`, calls: N, yoy: null, rule: 'hotline:calls-then-transfer' }
    case 'wan': {
      const w = int(rand, 11, 999) / 100
      // A rounded figure is not a count: the calls null with a note; the change is printed exactly (review 9 F8).
      return { text: `${name}${taken}${w}万件，${pick(rand, ['同比增长', '较上年增加'])}${yoyV}%。`, calls: null, yoy: yoyV, rule: 'hotline:wan', note: true }
    }
    case 'last-then-this-unnamed':
      // This year's calls after last year's, the hotline not named again.
      return { text: `${pick(rand, ['上年', '去年', `${year - 1}年`])}${name}${taken}${count(P, rand)}件，${pick(rand, ['本年', '今年', `${year}年`, '本年度'])}${taken}${count(N, rand)}件${pick(rand, ['', `，其中转办${count(K, rand)}件`])}。`, calls: N, yoy: null, rule: 'hotline:last-then-this-unnamed' }
    case 'department-handled':
      // The department's own share, named before the hotline: not the calls the hotline took.
      return { text: `${pick(rand, ['本局', '我局', '本单位'])}${pick(rand, ['共办理', '承办', '全年办结', '答复'])}${name}${pick(rand, ['工单', '转办件', '诉求'])}${count(K, rand)}件。`, calls: null, yoy: null, rule: 'hotline:department-handled' }
    case 'place-calls': {
      // A place's hotline (我市/全县): its calls in that place's government's report; in a department's or
      // another level's report the place's, not the body's (as for a place's rank; rv20b W12): null, a note.
      const place = pick(rand, ['我市', '全县', '本区', '全市'])
      const own = agency.endsWith(`${place.slice(1)}人民政府`)
      return { text: `${place}${name}${taken}${count(N, rand)}件。`, calls: own ? N : null, yoy: null, rule: own ? 'hotline:place-calls' : 'hotline:place-not-body', note: !own }
    }
    case 'satisfaction':
      return { text: `${name}${pick(rand, ['转办', '交办'])}诉求按期办结率${int(rand, 90, 100)}%，满意率${int(rand, 90, 100)}%。`, calls: null, yoy: null, rule: 'hotline:satisfaction' }
    case 'this-then-last':
      return { text: `${pick(rand, ['本年', `${year}年`, '全年'])}${name}${taken}${count(N, rand)}件，${pick(rand, ['上年', '去年', `${year - 1}年`])}${pick(rand, ['同期', ''])}${count(P, rand)}件。`, calls: N, yoy: null, rule: 'hotline:this-then-last' }
    case 'last-then-this':
      return { text: `${pick(rand, ['上年', '去年', `${year - 1}年`])}${name}${taken}${count(P, rand)}件，${pick(rand, ['本年', '今年', `${year}年`])}${name}${taken}${count(N, rand)}件。`, calls: N, yoy: null, rule: 'hotline:last-then-this' }
  }
}

// ── mailbox messages ─────────────────────────────────────────────────────────────────────────────

/** 逾/近/约/超过 before a count: a bound or an estimate, no exact number (review 10 R10-4). */
const APPROX_BEFORE = ['逾', '近', '约', '超过', '将近'] as const

function messagesSentence(rand: Rand, year: number): { text: string; gold: number | null; rule: string; note?: boolean } {
  // 「全市政府网站共收到网民留言12345条，本单位收到123条」 (hr37 G2): a whole with the body's share; which one
  // the report counts is not said: neither is read, with a note. (Its own draw, so the other forms' stay.)
  if (chance(rand, 0.1)) {
    const N = int(rand, 20, 2000)
    const whole = N + int(rand, 10, 20000)
    const unit = pick(rand, ['条', '件'])
    return { text: `${pick(rand, ['全市', '全县', '全区'])}${pick(rand, ['政府网站', '政民互动平台', '领导信箱'])}共收到${pick(rand, ['网民', ''])}留言${count(whole, rand)}${unit}，${shareWithoutQizhong(rand).words}${pick(rand, ['收到', '收到留言', ''])}${count(N, rand)}${unit}。`, gold: null, rule: 'messages:whole-share-no-qizhong', note: true }
  }
  const N = int(rand, 20, 20000)
  const P = N + int(rand, 1, 500)
  const box = pick(rand, ['领导信箱', '网站留言板', '政民互动平台', '书记县长信箱'])
  const verb = pick(rand, ['收到', '受理', '接收'])
  const unit = pick(rand, ['条', '件', '封'])
  const form = pick(rand, ['this-only', 'last-then-this', 'this-then-last', 'than-last'] as const)
  switch (form) {
    case 'this-only': {
      const when = pick(rand, ['全年', '本年度', `${year}年`])
      const printed = count(N, rand)
      // One in five printed as an approximation (chosen by N, so no other draw moves): gold null, a note required.
      if (N % 5 === 0) return { text: `${when}${box}${verb}留言${APPROX_BEFORE[(N / 5) % APPROX_BEFORE.length]}${printed}${unit}。`, gold: null, rule: 'messages:approx', note: true }
      return { text: `${when}${box}${verb}留言${printed}${unit}。`, gold: N, rule: 'messages:this-only' }
    }
    case 'last-then-this':
      return { text: `${pick(rand, ['上年', '去年', `${year - 1}年`])}${box}${verb}留言${count(P, rand)}${unit}，${pick(rand, ['本年', '今年', `${year}年`])}${box}${verb}留言${count(N, rand)}${unit}。`, gold: N, rule: 'messages:last-then-this' }
    case 'this-then-last':
      return { text: `${box}${verb}留言${count(N, rand)}${unit}，${pick(rand, ['上年', '去年'])}${box}${verb}留言${count(P, rand)}${unit}。`, gold: N, rule: 'messages:this-then-last' }
    case 'than-last':
      return { text: `${box}${verb}留言${count(N, rand)}${unit}，较上年减少${P - N}${unit}。`, gold: N, rule: 'messages:than-last' }
  }
}

// ── counts that are not the year's, estimates after the unit, a place's figures (hostile review hr38 F2–F4) ──

/** What makes a count not the year's (F2): a part of the year, an average, a peak, a running total; each
 *  inline before the verb or as a time clause of its own opening the sentence. */
const NOT_YEAR: Record<'part' | 'average' | 'peak' | 'running', { inline: string[]; opening: string[] }> = {
  part: { inline: ['上半年', '下半年', '第四季度', '一季度', '前三季度', '12月份'], opening: ['第四季度，', '上半年，', '1—9月，', '1-6月，', '前三季度，'] },
  average: { inline: ['平均每月', '月均', '日均', '平均每天'], opening: [] },
  peak: { inline: ['单日最高', '单月最高'], opening: [] },
  running: { inline: ['累计', '开通以来', '自开通以来', '历年累计'], opening: ['近三年来，', '截至目前，', '自开通以来，'] },
}
type Family = 'rank' | 'active' | 'requests' | 'hotline' | 'messages'

/** One count of `family` that is not the year's, with its rule (gold null for the family). */
function notYearSentence(rand: Rand, family: Exclude<Family, 'rank'>): { text: string; rule: string } {
  const kind = pick(rand, ['part', 'average', 'peak', 'running'] as const)
  const words = NOT_YEAR[kind]
  const opening = words.opening.length > 0 && chance(rand, 0.4) ? pick(rand, words.opening) : ''
  const q = opening ? '' : pick(rand, words.inline)
  const N = int(rand, 20, 99999)
  const n = count(N, rand)
  const text = {
    active: () => `${opening}${pick(rand, ['本局', '', '本机关'])}${q}${pick(rand, ['主动公开政府信息', '主动公开各类政府信息', '通过门户网站主动公开政府信息'])}${n}${pick(rand, ['条', '件'])}。`,
    requests: () => `${opening}${pick(rand, ['', '本局', '共'])}${q}${pick(rand, ['受理', '收到'])}${pick(rand, ['政府信息公开申请', '依申请公开'])}${n}件。`,
    hotline: () => `${opening}${pick(rand, ['12345政务服务热线', '12345热线'])}${q}${pick(rand, ['受理来电', '接听来电'])}${n}件${pick(rand, ['', `，同比上升${int(rand, 1, 400) / 10}%`])}。`,
    messages: () => `${opening}${pick(rand, ['领导信箱', '网站留言板', '政民互动平台'])}${q}${pick(rand, ['收到留言', '受理留言'])}${n}${pick(rand, ['条', '件'])}。`,
  }[family]()
  return { text, rule: `${family}:not-year-${kind}` }
}

/** One count of `family` marked as an estimate after its unit (F3): 「50000条左右」「440件上下」. */
function approxAfterSentence(rand: Rand, family: Exclude<Family, 'rank'>): { text: string; rule: string } {
  const n = count(int(rand, 20, 99999), rand)
  const w = pick(rand, ['左右', '上下', '以上'])
  const text = {
    active: () => `${pick(rand, ['全年', '本年度', ''])}主动公开政府信息${n}${pick(rand, ['条', '件'])}${w}。`,
    requests: () => `${pick(rand, ['全年', '本年度', ''])}共${pick(rand, ['受理', '收到'])}政府信息公开申请${n}件${w}。`,
    hotline: () => `12345政务服务热线受理来电${n}件${w}${pick(rand, ['', `，同比上升${int(rand, 1, 400) / 10}%`])}。`,
    messages: () => `${pick(rand, ['全年', ''])}领导信箱收到留言${n}${pick(rand, ['条', '件'])}${w}。`,
  }[family]()
  return { text, rule: `${family}:approx-after` }
}

/**
 * A place's figure (F4): 「我市在…位列86个县级政府第20名」「云溪市政务公开水平在…」「全年全市通过门户网站主动公开…」
 * 「全市领导信箱收到留言…」. The body's own only in the report of that place's government; `ownAllowed` false
 * where the paragraph states the family's figure elsewhere (then only another body's report is drawn).
 */
function placeSentence(rand: Rand, family: 'rank' | 'active' | 'messages', agency: string, year: number, ownAllowed: boolean): { text: string; rule: string; gold: Partial<Metrics> } | null {
  const named = /^(.+?[市县区])/.exec(agency)?.[1]
  const options: { words: string; own: boolean }[] = ['我市', '全市', '我县', '全县', '本区', '全区'].map((w) => ({ words: w, own: agency.endsWith(`${w.slice(1)}人民政府`) }))
  if (named) options.push({ words: named, own: agency === `${named}人民政府` })
  const usable = options.filter((o) => ownAllowed || !o.own)
  if (usable.length === 0) return null
  const place = pick(rand, usable)
  const tag = `${family}:place-${place.own ? 'own' : 'not-body'}-subject`
  if (family === 'rank') {
    const R = int(rand, 1, 40)
    const D = int(rand, 1, 9)
    const of = int(rand, R + D + 3, 120)
    const ctx = pick(rand, ['在全省政务公开指数评估中', '政务公开水平在《某省政务公开指数报告》中', '政务公开工作在全省政务公开第三方评估中', `在${year}年度全省政务公开指数评估中`])
    const text = `${place.words}${ctx}位列${of}个县级政府第${R}名，比上年提高${D}个名次${pick(rand, ['', '，本局积极配合做好相关工作'])}。`
    return { text, rule: tag, gold: place.own ? { indexRank: R, indexRankOf: of, indexRankChange: D } : { indexRank: null, indexRankOf: null, indexRankChange: null } }
  }
  const N = int(rand, 20, 99999)
  if (family === 'active') {
    return { text: `${pick(rand, ['全年', `${year}年，`, ''])}${place.words}通过${pick(rand, ['政府门户网站', '政府信息公开平台'])}主动公开${pick(rand, ['各类', ''])}政府信息${count(N, rand)}条。`, rule: tag, gold: { activeDisclosureItems: place.own ? N : null } }
  }
  return { text: `${pick(rand, ['全年', ''])}${place.words}${pick(rand, ['领导信箱', '网上信箱'])}收到留言${count(N, rand)}条。`, rule: tag, gold: { messagesReceived: place.own ? N : null } }
}

/** The hr38 sentence a paragraph may get (drawn from `rand`, a stream of its own), with the metrics it
 *  states: where the paragraph states the family's figure elsewhere, the gold stays that figure. */
function hr38Sentence(rand: Rand, year: number, agency: string, present: (f: Family) => boolean): Figure | null {
  const key: Record<Family, keyof Metrics> = { rank: 'indexRank', active: 'activeDisclosureItems', requests: 'requestsReceived', hotline: 'hotlineCalls', messages: 'messagesReceived' }
  const form = pick(rand, ['not-year', 'not-year', 'approx-after', 'place'] as const)
  if (form === 'place') {
    const family = pick(rand, ['rank', 'active', 'messages'] as const)
    const s = placeSentence(rand, family, agency, year, !present(family))
    if (!s) return null
    const statesNone = Object.values(s.gold).every((v) => v === null)
    return { text: s.text, rule: s.rule, gold: present(family) ? {} : s.gold, notes: !present(family) && statesNone ? [key[family]] : [] }
  }
  const family = pick(rand, ['active', 'requests', 'hotline', 'messages'] as const)
  const s = form === 'not-year' ? notYearSentence(rand, family) : approxAfterSentence(rand, family)
  const gold: Partial<Metrics> = family === 'hotline' ? { hotlineCalls: null, hotlineCallsYoYPercent: null } : { [key[family]]: null }
  return { text: s.text, rule: s.rule, gold: present(family) ? {} : gold, notes: present(family) ? [] : [key[family]] }
}

/** Sentences with other numbers that none of the metrics may take. */
function distractor(rand: Rand, year: number): string {
  const k = int(rand, 2, 400)
  return pick(rand, [
    `召开新闻发布会${k}场，发布政策解读${k + 3}篇。`,
    `上年度报告发布后，共收到意见建议${k}条。`,
    `营商环境评价排名全市第${int(rand, 1, 9)}位。`,
    `${year - 1}年主动公开的${k}条信息已全部归档。`,
    `政务新媒体发布信息${k}条，其中原创${Math.floor(k / 2)}条。`,
    `网站累计访问量${k}万人次，较上年增长${int(rand, 1, 30)}%。`,
    `全年开展政府开放日活动${k}次，邀请群众代表${k * 3}人。`,
    `（一）主动公开情况\n`,
    `一、总体情况\n`,
  ])
}

type Figure = { text: string; rule: string; gold: Partial<Metrics>; notes?: (keyof Metrics)[] }
type Make = (rand: Rand, year: number, agency: string) => Figure

/** A whole with a share in the shapes of own-share-sentences.ts (ps38), standing for a figure's sentence.
 *  Drawn from a stream of its own so that every other paragraph stays as it was. */
function shareFigure(shapes: Rand, agency: string, metric: ShareMetric): Figure {
  const { text, rule, gold, note } = wholeShareSentence(shapes, agency, metric, { count, int })
  const key: keyof Metrics = metric === 'active' ? 'activeDisclosureItems' : metric === 'requests' ? 'requestsReceived' : 'messagesReceived'
  return { text, rule, gold: metric === 'active' ? { activeDisclosureItems: gold, activeDisclosureItemsChange: null } : { [key]: gold }, notes: note ? [key] : [] }
}
/** The figures whose sentence a whole-with-share may stand for (FIGURES' order). */
const SHARE_METRICS: (ShareMetric | undefined)[] = [undefined, 'active', 'requests', undefined, 'messages']

/** Each kind of metric sentence with how often a paragraph has one, and the metrics it states. */
const FIGURES: [number, Make][] = [
  [0.7, (r, y, a) => {
    if (chance(r, 0.15)) {
      const { text, rule, gold, note } = rankOtherYearSentence(r, y, a)
      return { text, rule, gold: { indexRank: gold.rank, indexRankOf: gold.of, indexRankChange: gold.change }, notes: note ? ['indexRank'] : [] }
    }
    const { text, rule, gold } = rankSentence(r, y)
    return { text, rule, gold: { indexRank: gold.rank, indexRankOf: gold.of, indexRankChange: gold.change } }
  }],
  [0.6, (r, y, a) => {
    // One 主动公开 sentence a paragraph: a count beside last year's, or a count with its change.
    if (chance(r, 0.2)) {
      const { text, rule, gold, note } = activeChannelSentence(r, y)
      return { text, rule, gold: { activeDisclosureItems: gold, activeDisclosureItemsChange: null }, notes: note ? ['activeDisclosureItems'] : [] }
    }
    if (chance(r, 0.35)) {
      const { text, rule, gold, change } = activeChangeSentence(r, y)
      return { text, rule, gold: { activeDisclosureItems: gold, activeDisclosureItemsChange: change } }
    }
    const { text, rule, gold, note } = activeSentence(r, y, a)
    return { text, rule, gold: { activeDisclosureItems: gold }, notes: note ? ['activeDisclosureItems'] : [] }
  }],
  [0.4, (r, y, a) => {
    const { text, rule, gold, note } = requestsSentence(r, y, a)
    return { text, rule, gold: { requestsReceived: gold }, notes: note ? ['requestsReceived'] : [] }
  }],
  [0.5, (r, y, a) => {
    const { text, rule, calls, yoy, note } = hotlineSentence(r, y, a)
    // The note is the calls' where they are not read, else the change's (a percent that disagrees with the change in calls).
    return { text, rule, gold: { hotlineCalls: calls, hotlineCallsYoYPercent: yoy }, notes: note ? [calls === null ? 'hotlineCalls' : 'hotlineCallsYoYPercent'] : [] }
  }],
  [0.3, (r, y) => {
    const { text, rule, gold, note } = messagesSentence(r, y)
    return { text, rule, gold: { messagesReceived: gold }, notes: note ? ['messagesReceived'] : [] }
  }],
]

/** One paragraph: one to four of the metric sentences and up to two others, in random order. */
function paragraph(rand: Rand, shapes: Rand, extra: Rand): MetricCase[] {
  const year = int(rand, 2020, 2025)
  const agency = pick(rand, ['青岚县自然资源局', '某市教育局', '某区卫生健康委员会', '某县人民政府', '某市人民政府', '某区人民政府', '某县某镇人民政府'])
  const parts: (Figure & { metric?: ShareMetric })[] = []
  for (const [k, [p, make]] of FIGURES.entries()) {
    if (!chance(rand, p)) continue
    const metric = SHARE_METRICS[k]
    parts.push({ ...make(rand, year, agency), ...(metric ? { metric } : {}) })
  }
  for (let i = int(rand, 0, 2); i > 0; i--) parts.push({ text: distractor(rand, year), rule: 'distractor', gold: {} })
  for (let i = parts.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[parts[i], parts[j]] = [parts[j]!, parts[i]!]
  }
  // A table row printed as text has no 。 of its own: the sentence after it would run into it (and be
  // refused with it, as a real report's would), so rows come last.
  parts.sort((a, b) => Number(a.rule.endsWith(':table-row')) - Number(b.rule.endsWith(':table-row')))
  const joiner = pick(rand, ['', '\n'])
  // hr38 (F2–F4), from its own stream so the paragraphs above are the same as before it: placed anywhere
  // before the table rows; its rule listed last, so a family stated elsewhere is scored under that rule.
  let late: Figure | null = null
  if (chance(extra, 0.45)) {
    const rules = parts.map((p) => p.rule)
    late = hr38Sentence(extra, year, agency, (f) => rules.some((r) => r.startsWith(`${f}:`)))
    if (late) {
      const rows = parts.findIndex((p) => p.rule.endsWith(':table-row'))
      parts.splice(Math.floor(extra() * ((rows < 0 ? parts.length : rows) + 1)), 0, late)
    }
  }
  const caseOf = (figures: Figure[]): MetricCase => {
    const gold = emptyMetrics()
    for (const f of figures) Object.assign(gold, f.gold)
    const rules = [...figures.filter((f) => f !== late).map((f) => f.rule), ...(late ? [late.rule] : [])]
    return { text: figures.map((f) => f.text).join(joiner), year, agency, gold, rules, notes: figures.flatMap((f) => f.notes ?? []) }
  }
  const out = [caseOf(parts)]
  // The same paragraph once more with one figure's sentence told as a whole with a share (ps38), drawn from
  // a stream of its own so that the paragraphs above stay as they were.
  const shareable = parts.filter((f) => f.metric !== undefined)
  if (shareable.length > 0 && chance(shapes, 0.35)) {
    const f = pick(shapes, shareable)
    out.push(caseOf(parts.map((x) => (x === f ? shareFigure(shapes, agency, f.metric!) : x))))
  }
  return out
}

/** `count` paragraphs, some followed by the same paragraph with a whole-with-share sentence (ps38). */
export function metricCases(count: number, seed: number): MetricCase[] {
  const rand = seeded(seed)
  const shapes = seeded(seed + 7919)
  const extra = seeded(seed * 7 + 3)
  return Array.from({ length: count }, () => paragraph(rand, shapes, extra)).flat()
}
