// Test helper: a small, consistent Extraction (every check quiet) that a test then breaks in one place.
import type { Extraction, SectionText } from '../../shared/model/extraction'
import type { Report, RequestRowKey, SectionKey, TemplateVersion } from '../../shared/model/report'
import { REQUEST_ROW_KEYS, SECTION_KEYS, emptyMetrics } from '../../shared/model/report'

export interface MakeOptions {
  agency?: string
  year?: number
  template?: TemplateVersion
  publishedOn?: string | null
}

const Z = [0, 0, 0, 0, 0, 0, 0]

/** Table 三 that balances: 一 + 二 = （七）+ 四 in every column, rows add up, outcomes sum to （七）. */
function requestRows(template: TemplateVersion): Partial<Record<RequestRowKey, (number | null)[]>> {
  const rows: Partial<Record<RequestRowKey, (number | null)[]>> = {}
  for (const k of REQUEST_ROW_KEYS) rows[k] = [...Z]
  rows.received = [10, 2, 0, 0, 0, 0, 12]
  rows.carriedOver = [1, 0, 0, 0, 0, 0, 1]
  rows.granted = [5, 1, 0, 0, 0, 0, 6]
  rows.partiallyGranted = [2, 0, 0, 0, 0, 0, 2]
  rows['unavailable.notHeld'] = [1, 1, 0, 0, 0, 0, 2]
  rows['notProcessed.duplicate'] = [1, 0, 0, 0, 0, 0, 1]
  rows.handledTotal = [9, 2, 0, 0, 0, 0, 11]
  rows.carriedForward = [2, 0, 0, 0, 0, 0, 2]
  if (template === '2019') {
    delete rows['otherHandling.noCorrection']
    delete rows['otherHandling.feeUnpaid']
    delete rows['otherHandling.other']
  } else {
    delete rows.otherHandling
  }
  return rows
}

export function sectionText(text: string, block = 0): SectionText {
  return { text, loc: { block } }
}

export const PROSE = {
  overview:
    '一、总体情况\n本年度共收到政府信息公开申请12件，办结11件，结转下年度继续办理2件。全年制发行政规范性文件5件。' +
    '严格落实工作考核、社会评议和责任追究制度，本年度未发生责任追究情况。因政府信息公开被申请行政复议3件，行政诉讼1件。',
  problems:
    '五、存在的主要问题及改进情况\n一是政务公开栏目更新不及时，个别栏目存在断档。二是工作人员业务能力有待提升。\n' +
    '下一步，一是加强栏目日常巡查；二是加强业务培训。',
  other: '六、其他需要报告的事项\n本年度未收取信息处理费。',
}

export function makeReport(opts: MakeOptions = {}): Extraction {
  const template = opts.template ?? '2021'
  const year = opts.year ?? (template === '2019' ? 2020 : 2022)
  const report: Report = {
    agency: opts.agency ?? '云溪市测试局',
    year,
    template,
    publishedOn: opts.publishedOn === undefined ? `${year + 1}-01-20` : opts.publishedOn,
    sections: [...SECTION_KEYS],
    metrics: { ...emptyMetrics(), requestsReceived: 12, activeDisclosureItems: 1000 },
    activeDisclosure:
      template === '2019'
        ? {
            rules: { newlyMade: 0, newlyPublished: 0, publishedTotal: 0 },
            normativeDocs: { newlyMade: 5, newlyPublished: 5, publishedTotal: 40 },
            licensing: { lastYearItems: 100, change: 2, decisions: 500 },
            otherServices: { lastYearItems: 10, change: 0, decisions: 20 },
            penalties: { lastYearItems: 50, change: -1, decisions: 30 },
            enforcement: { lastYearItems: 5, change: 0, decisions: 3 },
            fees: { lastYearItems: 4, change: 0 },
            procurement: { projects: 3, amountWanYuan: 12.5 },
          }
        : {
            rules: { issued: 0, repealed: 0, inForce: 0 },
            normativeDocs: { issued: 5, repealed: 1, inForce: 40 },
            licensing: { decisions: 500 },
            penalties: { decisions: 30 },
            enforcement: { decisions: 3 },
            fees: { amountWanYuan: 12.5 },
          },
    requests: { rows: requestRows(template) },
    reviewLitigation: { review: [2, 0, 1, 0, 3], litigationDirect: [1, 0, 0, 0, 1], litigationAfterReview: [0, 0, 0, 0, 0] },
    problems: [
      { text: '一是政务公开栏目更新不及时，个别栏目存在断档。', categories: ['update-gap'] },
      { text: '二是工作人员业务能力有待提升。', categories: ['staff-capacity'] },
    ],
    improvements: [
      { text: '一是加强栏目日常巡查。', categories: ['update-gap'] },
      { text: '二是加强业务培训。', categories: ['staff-capacity'] },
    ],
  }
  const texts: Partial<Record<SectionKey, string>> = {
    overview: PROSE.overview,
    activeDisclosure: '二、主动公开政府信息情况',
    requests: '三、收到和处理政府信息公开申请情况',
    reviewLitigation: '四、政府信息公开行政复议、行政诉讼情况',
    problems: PROSE.problems,
    other: PROSE.other,
  }
  const st: Extraction['sectionText'] = {}
  SECTION_KEYS.forEach((k, i) => {
    if (texts[k] !== undefined) st[k] = sectionText(texts[k]!, i + 1)
  })
  return { report, provenance: {}, sectionText: st, preamble: `${report.agency}${year}年政府信息公开工作年度报告`, notes: [] }
}

/** Deep copy, so a test can break one thing without touching the template. */
export function clone<T>(x: T): T {
  return structuredClone(x)
}
