// A phrasing generator for the prose figures: the requests, hotline and rank sentences built from
// the parts real reports combine (openers, verbs, who asked, number formats, units, clauses that
// carry other numbers: 上年结转, 办结, 其中…, a date). Deterministic by seed; each sentence must
// read back to the figure it states, or to null where the sentence does not tie the number to it.
import { describe, expect, it } from 'vitest'
import { extractMetrics } from '../../shared/extract/metrics'
import { pick, seeded, type Rand } from '../variants/generator/rng'

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 2 → 两 or 二, 26 → 二十六, 10 → 十 (numbers below 100, as reports write small counts). */
function cnNumeral(n: number, rand: Rand): string {
  if (n === 2) return pick(rand, ['两', '二'])
  if (n < 10) return CN[n]!
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 1 ? '' : CN[tens]}十${ones === 0 ? '' : CN[ones]}`
}

function fullWidth(s: string): string {
  return s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
}

/** A count as printed: digits, digits between spaces (converters), full-width, 千分位, Chinese. */
function countText(n: number, rand: Rand): string {
  const forms = [String(n), ` ${n} `, fullWidth(String(n)), n.toLocaleString('en-US')]
  if (n < 100) forms.push(cnNumeral(n, rand))
  return pick(rand, forms)
}

interface Case {
  text: string
  want: Record<string, number | null>
  /** The report's year, where the sentence names years (which rank is last year's). */
  year?: number
}

function requestsCase(rand: Rand): Case {
  const n = pick(rand, [0, 1, 2, 7, 26, 35, 81, 405, 1295])
  const carried = pick(rand, [1, 2, 3, 16])
  const c = countText(n, rand)
  const opener = pick(rand, ['', '2023年，', '本年度，', '2024年度本机关', '全年', '（二）依申请公开情况\n2023年，我局'])
  const scope = pick(rand, ['', '共', '全年共'])
  const verb = pick(rand, ['受理', '收到', '接收', '新收'])
  const core = pick(rand, [
    `${verb}政府信息公开申请${c}件`,
    `${verb}政府信息公开申请件${c}件`,
    `${verb}依申请公开${c}件`,
    `${verb}依申请信息公开${c}件`,
    `${verb}公民、法人和其他组织提出的各类政府信息公开申请共计${c}件`,
    `${verb}${c}件政府信息公开申请`,
  ])
  const before = pick(rand, ['', `上年结转${carried}件，`])
  const after = pick(rand, ['', `，上年结转${carried}件`, `，上年结转政府信息公开申请${carried}件`, `，其中上年结转${carried}件`, '，均已按期答复', `，办结${n}件`, '，同比增长12%'])
  return { text: `${opener}${before}${scope}${core}${after}。`, want: { requestsReceived: n } }
}

function hotlineCase(rand: Rand): Case {
  const [calls, printed] = pick(rand, [
    [8900, '8900'],
    [174794, '174794'],
    [3456, '3,456'],
    // A rounded 万 figure is not a count (review 9 F8); printed down to the unit it is.
    [null, '1.2万'],
    [123456, '12.3456万'],
  ] as const)
  const name = pick(rand, ['12345热线', '12345政务服务便民热线', '12345热线（政务服务便民热线）', '12345 政务服务热线'])
  const verb = pick(rand, ['受理来电', '受理群众诉求', '办理群众诉求', '接听来电', '全年受理', '全年话务量', '受理各类诉求'])
  const unit = pick(rand, ['件', '个', '次'])
  const [yoy, tail] = pick(rand, [
    [null, ''],
    [5.6, '，同比增长5.6%'],
    [-2.1, '，同比下降 2.1%'],
    [3, '，较上年增长3%'],
    [-4.5, '，比去年同期减少4.5%'],
    // The change follows another count: it may be that count's, so it is not read.
    [null, '，其中转办3000件，同比增长5.6%'],
    [null, '，办结率99.5%'],
  ] as const)
  return { text: `${name}${verb}${printed}${unit}${tail}。`, want: { hotlineCalls: calls, hotlineCallsYoYPercent: yoy } }
}

/** The hotline's 诉求 total with the calls stated beside it or as a part (review rv17 F1): the calls are read. */
function hotlineBesideCase(rand: Rand): Case {
  const total = pick(rand, [41206, 8650, 123456])
  const calls = pick(rand, [30117, 5210, 52318])
  const name = pick(rand, ['12345热线', '12345政务服务便民热线'])
  const text = pick(rand, [
    `${name}受理群众诉求${total}件，共接听来电${calls}次。`,
    `${name}受理群众来电诉求${total}件（接听来电${calls}次）。`,
    `${name}办理群众诉求${total}件，其中来电${calls}件、网络留言${total}件。`,
  ])
  // Phone 诉求 or 工单 named as the part are no count of calls: nothing read (review rv17b).
  if (pick(rand, [false, true])) return { text: `${name}受理来电、网络、微信等各渠道诉求${total}件，其中来电${pick(rand, ['诉求', '工单'])}${calls}件。`, want: { hotlineCalls: null } }
  // Calls of a day, a month, a desk or another year beside the total are not the year's calls (rv17b).
  if (pick(rand, [false, false, true])) return { text: `${name}受理群众诉求${total}件，${pick(rand, ['日均', '单日最高', '12月份', '人工坐席', '2021年', '高峰期间，全年共'])}接听来电${calls}次。`, want: { hotlineCalls: total } }
  return { text, want: { hotlineCalls: calls } }
}

function rankCase(rand: Rand): Case {
  const rank = pick(rand, [1, 2, 5, 12, 17])
  const r = pick(rand, [String(rank), cnNumeral(rank, rand)])
  // A city's own 考核 of its bodies is not the provincial index: no rank is read from it.
  const [context, provincial] = pick(rand, [
    ['在全省政务公开第三方评估中', true],
    ['在全市政务公开工作考核中', false],
    ['在《某省政务公开指数报告》中', true],
    ['在全省政务公开考核中获评优秀，', true],
    ['我县政务公开工作在全市考核中', false],
    // A national ranking (CASS's 中国政府透明度指数) is not the provincial index (review rv16 p05).
    ['在中国社会科学院发布的《中国政府透明度指数报告》中，', false],
    ['在全国政府透明度指数评估中，', false],
  ] as const)
  const anyPhrase = pick(rand, [`位列第${r}名`, `位列第${r}位`, `排名第${r}`, `排名全省第${r}位`, `位列全省第${r}名`])
  const scope = context.includes('全市') ? '全市' : context.includes('全国') || context.includes('中国') ? '全国' : '全省'
  const phrase = anyPhrase.replace('全省', scope)
  const d = pick(rand, [1, 2, 3])
  const dt = pick(rand, [String(d), cnNumeral(d, rand)])
  const [change, tail] = pick(rand, [
    [null, ''],
    [d, `，较上年提升${dt}位`],
    [d, `，比上年上升${dt}个名次`],
    [-d, `，较上年下降${dt}位`],
  ] as const)
  const text = `2023年，${context}${phrase}${tail}。`
  return { text, want: provincial ? { indexRank: rank, indexRankChange: change } : { indexRank: null, indexRankChange: null } }
}

/** Last year's ranking stated first, each with its count of bodies (review rv16 p06): the count is this year's. */
function rankTwoYearsCase(rand: Rand): Case {
  const [prev, rank] = pick(rand, [[20, 12], [8, 11], [15, 15], [3, 1]] as const)
  const [n1, n2] = pick(rand, [[85, 86], [90, 90], [77, 78]] as const)
  const unit = pick(rand, ['个县级政府', '个县（市、区）', '个参评单位'])
  const verb = pick(rand, ['位列', '排名', '位居'])
  // This year's rank without a count of its own: last year's count is not this year's, even where the ranks are equal (rv17b).
  if (pick(rand, [false, false, true])) {
    const text = `在《某省政务公开指数报告》中，我县2022年${verb}${n1}${unit}第${prev}名，2023年${verb}第${rank}名。`
    return { text, year: 2023, want: { indexRank: rank, indexRankOf: null, indexRankChange: prev - rank } }
  }
  const text = `在《某省政务公开指数报告》中，我县2022年${verb}${n1}${unit}第${prev}名，2023年${verb}${n2}${unit}第${rank}名。`
  return { text, year: 2023, want: { indexRank: rank, indexRankOf: n2, indexRankChange: prev - rank } }
}

/** The rank with a score and last year's in brackets, or the bodies named before a band (review rv17 F6, q12). */
function rankScoreCase(rand: Rand): Case {
  const [prev, rank] = pick(rand, [[27, 21], [5, 9], [12, 12]] as const)
  const score = pick(rand, ['88.4', '91'])
  const n = pick(rand, [90, 77])
  const text = pick(rand, [
    `在某省政务公开指数评估中，我县综合得分${score}分、全省第${rank}（上年得分85.1分、全省第${prev}）。`,
    `在某省政务公开指数评估中，我县在全省${n}个县（市、区）中位列第一档，排名第${rank}位，上年第${prev}位。`,
  ])
  return { text, year: 2023, want: { indexRank: rank, indexRankChange: prev - rank, ...(text.includes('档') ? { indexRankOf: n } : {}) } }
}

/** The year's requests after their change, after last year's, or as the 新收 part with the total after (review rv17 q04, q08, p01). */
function requestsMoreCase(rand: Rand): Case {
  const n = pick(rand, [50, 7, 231])
  const text = pick(rand, [
    `全年收到政府信息公开申请同比增加12件，共${n}件。`,
    `全年受理政府信息公开申请较上年减少3件，共计${n}件。`,
    `上年共收到政府信息公开申请38件，本年共收到${n}件，增长31.6%。`,
    `2022年受理政府信息公开申请40件，今年受理${n}件。`,
    `本年度共受理政府信息公开申请，其中新收${n}件，上年结转4件，共${n + 4}件。`,
  ])
  // A part of the year, a channel or another year before the verb: not the year's requests (review rv17c).
  if (pick(rand, [false, false, true])) {
    const part = pick(rand, ['上半年', '第四季度', '通过网络平台', '2021年'])
    return { text: pick(rand, [`${part}收到政府信息公开申请同比增加12件，共${n}件。`, `${part}受理政府信息公开申请，其中新收${n}件，上年结转4件，共${n + 4}件。`]), year: 2023, want: { requestsReceived: null } }
  }
  return { text, year: 2023, want: { requestsReceived: n } }
}

function cases(make: (rand: Rand) => Case, count: number, seed: number): Case[] {
  const rand = seeded(seed)
  return Array.from({ length: count }, () => make(rand))
}

function check(all: Case[]): void {
  const wrong: string[] = []
  for (const { text, want, year } of all) {
    const r = extractMetrics(text, year ?? null)
    for (const [k, v] of Object.entries(want)) {
      const got = r.metrics[k as keyof typeof r.metrics]
      if (got !== v) wrong.push(`${JSON.stringify(text)} ${k}: got ${got}, want ${v}`)
      // A figure read keeps the sentence as printed.
      else if (v !== null && r.sources[k as keyof typeof r.sources] !== text.slice(text.lastIndexOf('\n') + 1)) wrong.push(`${JSON.stringify(text)} ${k}: source ${JSON.stringify(r.sources[k as keyof typeof r.sources])}`)
    }
  }
  expect(wrong).toEqual([])
}

describe('prose figures on generated phrasings', () => {
  it('reads requests received in 300 phrasings, never the carried-over count', () => check(cases(requestsCase, 300, 10)))
  it('reads hotline calls and their change in 200 phrasings', () => check(cases(hotlineCase, 200, 11)))
  it('reads requests after their change, after last year\'s, or as the 新收 part', () => check(cases(requestsMoreCase, 50, 16)))
  it('reads the calls, not the 诉求 total, where both are stated', () => check(cases(hotlineBesideCase, 60, 14)))
  it('reads the rank and its change in 200 phrasings', () => check(cases(rankCase, 200, 12)))
  it('reads the rank beside a score and last year\'s in brackets, and the bodies named before a band', () => check(cases(rankScoreCase, 40, 15)))
  it('reads the count of bodies stated with this year\'s rank where last year\'s is stated first', () => check(cases(rankTwoYearsCase, 60, 13)))
})
