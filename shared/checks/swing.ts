// SWING: a headline figure changed by more than the threshold (default 50 %) on last year's report:
// requests received (table 一 总计, and the prose's figure), items disclosed, 12345 calls, mailbox
// messages, 行政复议 and 行政诉讼 cases (each group, and summed). A change from 0 is not measured.
// Where the hotline cannot be measured against last year's report (none, a blank, or 0), the prose's
// own year-on-year % for it is used.
import type { Evidence, Flag } from '../model/flag'
import type { Report, ReviewGroup } from '../model/report'
import { flag, fmt, reportEvidence, requestCells, reviewCells, type ReportContext } from './context'
import { sumOrNull } from '../series/arith'
import { litigationTotal, requestTotal, reviewCell } from '../series/figures'

interface Figure {
  key: string
  zh: string
  get: (r: Report) => number | null
  evidence: (ctx: ReportContext, v: number | null) => Evidence
}

const metricFigure = (key: keyof Report['metrics'], zh: string): Figure => ({
  key,
  zh,
  get: (r) => r.metrics[key],
  evidence: (ctx, v) => {
    const p = ctx.extraction.provenance[`metrics.${key}`]
    return { kind: 'metric', field: `metrics.${key}`, value: v, ...(p ? { loc: p.loc, text: p.text } : {}) }
  },
})

const reviewTotal = (r: Report, g: ReviewGroup) => reviewCell(r, g, 4)

const SWING_FIGURES: Figure[] = [
  {
    key: 'requests.received',
    zh: '本年新收申请（表三 总计）',
    get: (r) => requestTotal(r, 'received'),
    evidence: (ctx) => requestCells(ctx, 'received', [6]),
  },
  metricFigure('requestsReceived', '正文所述收到申请数'),
  metricFigure('activeDisclosureItems', '主动公开政府信息'),
  metricFigure('hotlineCalls', '12345 热线来电'),
  metricFigure('messagesReceived', '网上信箱留言'),
  ...(['review', 'litigationDirect', 'litigationAfterReview'] as const).map(
    (g): Figure => ({
      key: `reviewLitigation.${g}`,
      zh: { review: '行政复议案件', litigationDirect: '未经复议直接起诉案件', litigationAfterReview: '复议后起诉案件' }[g],
      get: (r) => reviewTotal(r, g),
      evidence: (ctx) => reviewCells(ctx, g, [4]),
    }),
  ),
  {
    key: 'reviewLitigation.litigation',
    zh: '行政诉讼案件（两类合计）',
    get: litigationTotal,
    evidence: (_ctx, v) => ({ kind: 'metric', field: 'reviewLitigation.litigation', value: v }),
  },
  {
    key: 'reviewLitigation.all',
    zh: '行政复议和行政诉讼案件合计',
    get: (r) => sumOrNull([reviewTotal(r, 'review'), litigationTotal(r)]),
    evidence: (_ctx, v) => ({ kind: 'metric', field: 'reviewLitigation.all', value: v }),
  },
]

function pct(x: number): string {
  return `${x > 0 ? '+' : ''}${(x * 100).toFixed(1)}%`
}

export function checkSwing(cur: ReportContext, prev: ReportContext | null): Flag[] {
  const limit = cur.settings.swingShare
  const parts: string[] = []
  const evidence: Evidence[] = []
  const measured = new Set<string>()
  for (const f of prev ? SWING_FIGURES : []) {
    const now = f.get(cur.report)
    const before = f.get(prev!.report)
    if (now === null || before === null || before === 0) continue
    measured.add(f.key)
    const change = (now - before) / before
    if (Math.abs(change) <= limit) continue
    parts.push(`${f.zh} ${fmt(before)} → ${fmt(now)}（${pct(change)}）`)
    evidence.push(f.evidence(cur, now))
  }
  // The hotline not measured against last year's report (none, a blank, or a change from 0): the
  // prose's own 同比 speaks for it.
  const yoy = cur.report.metrics.hotlineCallsYoYPercent
  if (!measured.has('hotlineCalls') && yoy !== null && Math.abs(yoy) / 100 > limit) {
    parts.push(`12345 热线来电 正文称同比${yoy > 0 ? '上升' : '下降'} ${Math.abs(yoy)}%`)
    evidence.push({ kind: 'metric', field: 'metrics.hotlineCallsYoYPercent', value: yoy })
  }
  if (parts.length === 0) return []
  if (prev) evidence.push(reportEvidence(prev, '上年报告'))
  return [
    flag('SWING', `与上年相比变化超过 ${Math.round(limit * 100)}%：${parts.join('；')}，请核实原因或数字。`, evidence),
  ]
}
