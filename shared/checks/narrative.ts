// NARRATIVE_TABLE_MISMATCH: a number the prose states against the same quantity in the tables.
// Only quantities the prose states plainly for the reporting body itself are compared: requests
// received (metrics.requestsReceived, else the prose), handled, carried over and forward; 行政规范性
// 文件 made; 行政复议 and 行政诉讼 cases. A clause about a part of the body ("其中市政府…") or about
// another year is not compared. Blank (null) table cells are never compared.
import type { Evidence, Flag } from '../model/flag'
import type { Report } from '../model/report'
import { cell, flag, fmt, listForMessage, locOf, requestCells, reviewCells, type ReportContext } from './context'
import { clauseAt, parseNumber, reportSentences, type Sentence } from './text'
import { countIncludesCarriedOver } from '../text/carried-over-included'
import { nextCellAfterCount } from '../text/table-row-cells'
import { widerSubject } from '../text/agency-level'
import { shareReading } from '../extract/own-share'
import { REQUEST_SHARE_TERMS } from '../extract/metrics-requests'
import { periodQualifierBefore } from '../extract/prose-period-qualifier'
import { approxWordAfter } from '../extract/prose-approx-after'

type Quantity =
  | 'received'
  | 'receivedWithCarriedOver'
  | 'handled'
  | 'carriedForward'
  | 'carriedOver'
  | 'normativeDocs'
  | 'review'
  | 'litigationDirect'
  | 'litigationAfterReview'
  | 'litigation'

const QUANTITY_ZH: Record<Quantity, string> = {
  received: '收到申请数（一、本年新收 总计）',
  receivedWithCarriedOver: '含上年结转的申请数（一、本年新收 + 二、上年结转 总计）',
  handled: '办结申请数（三（七）总计）',
  carriedForward: '结转下年度数（四、结转下年度继续办理 总计）',
  carriedOver: '上年结转数（二、上年结转 总计）',
  normativeDocs: '行政规范性文件制发数（表二）',
  review: '行政复议案件数（表四 行政复议 总计）',
  litigationDirect: '未经复议直接起诉案件数（表四）',
  litigationAfterReview: '复议后起诉案件数（表四）',
  litigation: '行政诉讼案件数（表四 两类诉讼总计之和）',
}

interface Statement {
  quantity: Quantity
  value: number
  sentence: Sentence
}

const NUM = '(\\d[\\d,]*)'
const GAP = '[^，,。；;:：\\d]'
const REQUEST_CONTEXT_EXCLUDE = /留言|信箱|热线|来电|建议|提案|诉求|咨询|投诉|信访|舆情/
// Where the prose turns to a part of the body ("其中市政府共受理…；市政府被提起…"): nothing after
// it in the sentence speaks for the whole body.
const SUB_BODY = /其中[^\d，。；,;]{0,12}?(?:政府|本级|部门|乡镇|街道|局|办公室|委员会|单位|机关)/
// A clause that starts with 其中 gives a part of a total ("其中行政复议被纠错2件").
const SUBSET_CLAUSE = /^\s*其中/
// Words between the quantity and its number that make it a sub-count (被纠错 2 件, 维持 3 件).
const SUB_COUNT = /纠|维持|败诉|撤销|驳回|审结|终止|结案|同比|增加|减少|上升|下降/

const PATTERNS: { quantity: Quantity; re: RegExp; requestContext?: boolean }[] = [
  { quantity: 'received', re: new RegExp(`(?:受理|收到|新收|接收|接到)${GAP}{0,14}?申请${GAP}{0,3}?${NUM}\\s*件`, 'g'), requestContext: true },
  { quantity: 'received', re: new RegExp(`(?:受理|收到|新收|接收|接到)${GAP}{0,6}?${NUM}\\s*件${GAP}{0,10}?申请`, 'g'), requestContext: true },
  { quantity: 'handled', re: new RegExp(`(?:办结|答复|办理完毕|作出答复)${GAP}{0,6}?${NUM}\\s*件`, 'g'), requestContext: true },
  {
    quantity: 'carriedForward',
    re: new RegExp(`(?:结转|转入?|顺延|延续)(?:到|至|入)?下一?(?:个)?年度?${GAP}{0,8}?${NUM}\\s*件`, 'g'),
    requestContext: true,
  },
  {
    quantity: 'carriedForward',
    re: new RegExp(`${NUM}\\s*件${GAP}{0,10}?(?:结转|转入?|顺延|延续)(?:到|至|入)?下一?(?:个)?年`, 'g'),
    requestContext: true,
  },
  { quantity: 'carriedOver', re: new RegExp(`上一?年度?(?:结转|转入)${GAP}{0,8}?${NUM}\\s*件`, 'g'), requestContext: true },
  {
    quantity: 'normativeDocs',
    re: new RegExp(`(?:制发|印发|出台|制定)${GAP}{0,8}?(?:行政)?规范性文件${GAP}{0,3}?${NUM}\\s*件`, 'g'),
  },
  { quantity: 'review', re: new RegExp(`行政复议(?:案件|申请)?${GAP}{0,3}?${NUM}\\s*[件起宗]`, 'g') },
  { quantity: 'litigation', re: new RegExp(`行政诉讼(?:案件)?${GAP}{0,3}?${NUM}\\s*[件起宗]`, 'g') },
]

function mentionsOtherYear(clause: string, year: number | null): boolean {
  if (year === null) return false
  for (const m of clause.matchAll(/(20\d\d)\s*年/g)) if (Number(m[1]) !== year) return true
  // 「上年收到…120件」: last year's figure (「上年结转」 is this year's carried-over row, not last year).
  return /上年同期|去年|同比|较上年|(?:上一?|前一?)年(?!度?(?:结转|转入))/.test(clause)
}

/** A received count qualified as a part of the year, an average, a running total or an estimate. */
function receivedNotTheYears(text: string, at: number, end: number, year: number | null): boolean {
  const head = text.slice(0, at).replace(/\s+/g, '')
  return periodQualifierBefore(head, head.length, year) !== null || approxWordAfter(text.slice(end).replace(/^\s+/, ''), 0) !== null
}

/** The numbers the prose states, with the sentence each comes from. */
export function proseStatements(sentences: Sentence[], year: number | null, agency: string | null = null): Statement[] {
  const out: Statement[] = []
  const compact = (t: string | undefined): string => (t ?? '').replace(/\s+/g, '')
  for (const [i, s] of sentences.entries()) {
    const text = s.text
    const subBodyAt = text.search(SUB_BODY)
    for (const p of PATTERNS) {
      for (const m of text.matchAll(p.re)) {
        const at = m.index ?? 0
        if (subBodyAt >= 0 && at >= subBodyAt) continue
        const clause = clauseAt(text, at)
        const numAt = at + m[0].indexOf(m[1]!)
        const numClause = clauseAt(text, numAt)
        if (SUBSET_CLAUSE.test(clause.text) || SUBSET_CLAUSE.test(numClause.text)) continue
        if (SUB_COUNT.test(m[0])) continue
        // 「本年新收政府信息公开申请数量 15件 3件 … 34件」: a table row's first cell, not a statement (rv20b W1).
        if (nextCellAfterCount(text.slice(at + m[0].length)) !== null) continue
        if (mentionsOtherYear(numClause.text, year)) continue
        // 「全市共收到…866件」 in a county department's report: the city's figure, not the body's (rv20b W10).
        if (widerSubject(text.slice(clause.start, at).replace(/\s+/g, ''), agency)) continue
        // 「…共收到…1932件，（其中）本机关收到483件」, the share in the next sentence, first, as a percentage or a
        // part of other bodies: a whole or a share, not the body's plain figure (hr36 F1, hr37 G2, ps38; read
        // as the extractor reads it, extract/own-share.ts).
        if (p.quantity === 'received' && shareReading(compact(sentences[i - 1]?.text) + compact(text.slice(0, at)), compact(text.slice(at + m[0].length)) + compact(sentences[i + 1]?.text), REQUEST_SHARE_TERMS)) continue
        // 「上半年收到…238件」「月均受理…37件」「累计受理…1438件」「…440件左右」: not the year's requests, as the
        // extractor's rules say (prose-period-qualifier, prose-approx-after; hr38 F2, F3): the table is not blamed.
        if (p.quantity === 'received' && receivedNotTheYears(text, at, at + m[0].length, year)) continue
        if (p.requestContext && (REQUEST_CONTEXT_EXCLUDE.test(clause.text) || !/申请|依申请/.test(text))) continue
        // "同意公开答复 9 件", "不予公开答复 2 件": an outcome, not the number handled.
        // "转下一年度办理答复的有 1 件": carried forward, not handled.
        if (p.quantity === 'handled') {
          if (/公开|不予|提供|处理|部分|同意/.test(text.slice(Math.max(0, at - 4), at))) continue
          if (/下一?个?年|结转|顺延/.test(text.slice(clause.start, at))) continue
        }
        let quantity = p.quantity
        // 「166件（含上年结转5件）」: the figure is 新收 + 结转.
        if (quantity === 'received' && countIncludesCarriedOver(text.slice(at + m[0].length))) quantity = 'receivedWithCarriedOver'
        if (quantity === 'litigation') {
          const before = text.slice(Math.max(0, at - 12), at)
          if (/复议后/.test(before)) quantity = 'litigationAfterReview'
          else if (/直接|未经复议/.test(before)) quantity = 'litigationDirect'
        }
        out.push({ quantity, value: parseNumber(m[1]!), sentence: s })
      }
    }
  }
  return out
}

/** The table's figure for a quantity, with the cells it rests on; null when blank or absent. */
function tableFigure(ctx: ReportContext, q: Quantity): { value: number; evidence: Evidence[]; alt?: number } | null {
  const r: Report = ctx.report
  const rows = r.requests.rows
  const req = (key: 'received' | 'handledTotal' | 'carriedForward' | 'carriedOver') => {
    const v = cell(rows[key], 6)
    return v === null ? null : { value: v, evidence: [requestCells(ctx, key, [6])] }
  }
  const rev = (g: 'review' | 'litigationDirect' | 'litigationAfterReview') => {
    const v = cell(r.reviewLitigation[g], 4)
    return v === null ? null : { value: v, evidence: [reviewCells(ctx, g, [4])] }
  }
  switch (q) {
    case 'received':
      return req('received')
    case 'receivedWithCarriedOver': {
      const a = req('received')
      const b = req('carriedOver')
      if (!a || !b) return null
      return { value: a.value + b.value, evidence: [...a.evidence, ...b.evidence] }
    }
    case 'handled':
      return req('handledTotal')
    case 'carriedForward':
      return req('carriedForward')
    case 'carriedOver':
      return req('carriedOver')
    case 'review':
      return rev('review')
    case 'litigationDirect':
      return rev('litigationDirect')
    case 'litigationAfterReview':
      return rev('litigationAfterReview')
    case 'litigation': {
      const a = rev('litigationDirect')
      const b = rev('litigationAfterReview')
      if (!a || !b) return null
      return { value: a.value + b.value, evidence: [...a.evidence, ...b.evidence] }
    }
    case 'normativeDocs': {
      const nd = r.activeDisclosure.normativeDocs
      if (!nd) return null
      const loc = locOf(ctx, 'activeDisclosure.normativeDocs')
      const ev = (field: string, v: number): Evidence[] => [
        { kind: 'cell', table: 'activeDisclosure', field: `normativeDocs.${field}`, values: [v], ...(loc ? { loc } : {}) },
      ]
      if (nd.issued !== undefined && nd.issued !== null) return { value: nd.issued, evidence: ev('issued', nd.issued) }
      // 2019 template: either 本年新制作 or 本年新公开 may be what the prose calls 制发.
      if (nd.newlyMade !== undefined && nd.newlyMade !== null) {
        const alt = nd.newlyPublished ?? undefined
        return { value: nd.newlyMade, evidence: ev('newlyMade', nd.newlyMade), ...(alt !== undefined ? { alt } : {}) }
      }
      return null
    }
  }
}

export function checkNarrative(ctx: ReportContext): Flag[] {
  const parts: string[] = []
  const evidence: Evidence[] = []
  const seen = new Set<string>()
  const add = (q: Quantity, prose: number, textEv: Evidence) => {
    const fig = tableFigure(ctx, q)
    if (!fig || fig.value === prose || fig.alt === prose) return
    const key = `${q}:${prose}`
    if (seen.has(key)) return
    seen.add(key)
    parts.push(`${QUANTITY_ZH[q]} 正文 ${fmt(prose)}，表格 ${fmt(fig.value)}`)
    evidence.push(textEv, ...fig.evidence)
  }
  const metric = ctx.report.metrics.requestsReceived
  const statements = proseStatements(reportSentences(ctx, undefined, true), ctx.report.year, ctx.report.agency)
  // A received figure whose sentence says it holds 结转 (「166件（含上年结转5件）」) is 新收 + 结转.
  const metricWithCarried = metric !== null && statements.some((st) => st.quantity === 'receivedWithCarriedOver' && st.value === metric)
  if (metric !== null) {
    const prov = ctx.extraction.provenance['metrics.requestsReceived']
    add(metricWithCarried ? 'receivedWithCarriedOver' : 'received', metric, {
      kind: 'metric',
      field: 'metrics.requestsReceived',
      value: metric,
      ...(prov ? { loc: prov.loc, text: prov.text } : {}),
    })
  }
  for (const st of statements) {
    // The extractor's requestsReceived already speaks for the received figure.
    if ((st.quantity === 'received' || (metricWithCarried && st.quantity === 'receivedWithCarriedOver')) && metric !== null) continue
    add(st.quantity, st.value, {
      kind: 'text',
      text: st.sentence.text,
      ...(st.sentence.section ? { section: st.sentence.section } : {}),
      ...(st.sentence.loc ? { loc: st.sentence.loc } : {}),
    })
  }
  if (parts.length === 0) return []
  return [flag('NARRATIVE_TABLE_MISMATCH', `正文所述数字与表格不符：${listForMessage(parts)}。`, evidence)]
}
