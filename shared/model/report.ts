// The report model, exactly as ../shared/spec/report-model.md names it.
// The JSON export, `analyze --json` and the gold files all use these field names.

/** Which official template a report follows. */
export type TemplateVersion = '2019' | '2021' | 'legacy'

/** The six sections of the template, in order. */
export const SECTION_KEYS = [
  'overview', // 一、总体情况
  'activeDisclosure', // 二、主动公开政府信息情况
  'requests', // 三、收到和处理政府信息公开申请情况
  'reviewLitigation', // 四、政府信息公开行政复议、行政诉讼情况
  'problems', // 五、存在的主要问题及改进情况
  'other', // 六、其他需要报告的事项
] as const
export type SectionKey = (typeof SECTION_KEYS)[number]

/** Numbers stated in the prose. `null` = the report does not state it. */
export interface Metrics {
  activeDisclosureItems: number | null
  /** Items more (+) or fewer (−) than last year, where the sentence of the count states it.
   *  Beyond report-model.md: docs/model-beyond-spec.md. */
  activeDisclosureItemsChange: number | null
  requestsReceived: number | null
  indexRank: number | null
  indexRankOf: number | null
  indexRankChange: number | null
  hotlineCalls: number | null
  hotlineCallsYoYPercent: number | null
  messagesReceived: number | null
}
export const METRIC_KEYS = [
  'activeDisclosureItems',
  'activeDisclosureItemsChange',
  'requestsReceived',
  'indexRank',
  'indexRankOf',
  'indexRankChange',
  'hotlineCalls',
  'hotlineCallsYoYPercent',
  'messagesReceived',
] as const satisfies readonly (keyof Metrics)[]

/** Table 三 columns, always in this order. */
export const REQUEST_COLUMNS = [
  'naturalPerson', // 自然人
  'business', // 商业企业
  'research', // 科研机构
  'nonprofit', // 社会公益组织
  'legalService', // 法律服务机构
  'otherOrg', // 其他
  'total', // 总计
] as const
export type RequestColumn = (typeof REQUEST_COLUMNS)[number]

/** Table 三 row keys (report-model.md). Order = order in the template. */
export const REQUEST_ROW_KEYS = [
  'received', // 一、本年新收政府信息公开申请数量
  'carriedOver', // 二、上年结转政府信息公开申请数量
  'granted', // 三（一）予以公开
  'partiallyGranted', // 三（二）部分公开
  'withheld.stateSecret', // 三（三）1
  'withheld.prohibitedByLaw', // 三（三）2
  'withheld.securityStability', // 三（三）3
  'withheld.thirdPartyRights', // 三（三）4
  'withheld.internalAffairs', // 三（三）5
  'withheld.processInformation', // 三（三）6
  'withheld.enforcementFiles', // 三（三）7
  'withheld.administrativeQuery', // 三（三）8
  'unavailable.notHeld', // 三（四）1
  'unavailable.needsCreation', // 三（四）2
  'unavailable.unclearAfterCorrection', // 三（四）3
  'notProcessed.petition', // 三（五）1
  'notProcessed.duplicate', // 三（五）2
  'notProcessed.publication', // 三（五）3
  'notProcessed.massRepeated', // 三（五）4
  'notProcessed.confirmOrReissue', // 三（五）5
  'otherHandling', // 三（六）其他处理, one row (2019 template)
  'otherHandling.noCorrection', // 三（六）1 (2021 template)
  'otherHandling.feeUnpaid', // 三（六）2 (2021 template)
  'otherHandling.other', // 三（六）3 (2021 template)
  'handledTotal', // 三（七）总计
  'carriedForward', // 四、结转下年度继续办理
] as const
export type RequestRowKey = (typeof REQUEST_ROW_KEYS)[number]

/** The outcome rows （一）…（六） whose sum must equal （七）总计. */
export const OUTCOME_ROW_KEYS: readonly RequestRowKey[] = REQUEST_ROW_KEYS.filter(
  (k) => !['received', 'carriedOver', 'handledTotal', 'carriedForward'].includes(k),
)

/** The outcome rows of the layout a table follows: （六） as one row (2019), or its three sub-rows
 *  (2021) where any of them is among `present`. */
export function outcomeRowsOf(present: readonly RequestRowKey[]): readonly RequestRowKey[] {
  const subRows = present.some((k) => k.startsWith('otherHandling.'))
  return OUTCOME_ROW_KEYS.filter((k) => (k === 'otherHandling' ? !subRows : k.startsWith('otherHandling.') ? subRows : true))
}

/** Seven cells; `null` = blank or unreadable cell (never invent a number). */
export type RequestRow = (number | null)[]

export interface RequestsTable {
  rows: Partial<Record<RequestRowKey, RequestRow>>
}

/** Table 四: five numbers per group, in this order. */
export const REVIEW_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const
export type ReviewColumn = (typeof REVIEW_COLUMNS)[number]
export const REVIEW_GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'] as const
export type ReviewGroup = (typeof REVIEW_GROUPS)[number]
export type ReviewRow = (number | null)[]
export type ReviewLitigation = Record<ReviewGroup, ReviewRow | null>

/** Section 二, `2019` template. */
export interface ActiveDisclosure2019 {
  rules?: { newlyMade: number | null; newlyPublished: number | null; publishedTotal: number | null }
  normativeDocs?: { newlyMade: number | null; newlyPublished: number | null; publishedTotal: number | null }
  licensing?: { lastYearItems: number | null; change: number | null; decisions: number | null }
  otherServices?: { lastYearItems: number | null; change: number | null; decisions: number | null }
  penalties?: { lastYearItems: number | null; change: number | null; decisions: number | null }
  enforcement?: { lastYearItems: number | null; change: number | null; decisions: number | null }
  fees?: { lastYearItems: number | null; change: number | null }
  procurement?: { projects: number | null; amountWanYuan: number | null }
}

/** Section 二, `2021` template. */
export interface ActiveDisclosure2021 {
  rules?: { issued: number | null; repealed: number | null; inForce: number | null }
  normativeDocs?: { issued: number | null; repealed: number | null; inForce: number | null }
  licensing?: { decisions: number | null }
  penalties?: { decisions: number | null }
  enforcement?: { decisions: number | null }
  fees?: { amountWanYuan: number | null }
}

/** Rows whose fields follow either template (decided by the tables' own column headings). */
type EitherRow<K extends PropertyKey> = (K extends keyof ActiveDisclosure2019 ? Partial<NonNullable<ActiveDisclosure2019[K]>> : unknown) &
  (K extends keyof ActiveDisclosure2021 ? Partial<NonNullable<ActiveDisclosure2021[K]>> : unknown)
export type ActiveDisclosure = {
  [K in keyof ActiveDisclosure2019 | keyof ActiveDisclosure2021]?: EitherRow<K>
}

/** Problem categories of problem-taxonomy.md. */
export const PROBLEM_CATEGORIES = [
  'update-gap',
  'platform-stability',
  'duplicate-publishing',
  'incomplete-disclosure',
  'reading-room-underused',
  'request-handling',
  'policy-interpretation',
  'public-participation',
  'staff-capacity',
  'awareness',
  'standardization',
  'new-media',
  'other',
] as const
export type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number]

/** One problem or planned improvement of section 五. */
export interface ProblemEntry {
  text: string
  categories: ProblemCategory[]
  /** For each category, the words of the text that decided it (explainable sorting). */
  matchedWords?: Partial<Record<ProblemCategory, string[]>>
}

/** The report as extracted: the fields of report-model.md. */
export interface Report {
  agency: string | null
  year: number | null
  template: TemplateVersion
  publishedOn: string | null
  sections: SectionKey[]
  metrics: Metrics
  activeDisclosure: ActiveDisclosure
  requests: RequestsTable
  reviewLitigation: ReviewLitigation
  problems: ProblemEntry[]
  improvements: ProblemEntry[]
  /** Section 五's account of last year's measures carried out (上年度问题整改情况), when it has one. */
  priorDone?: ProblemEntry[]
}

export function emptyMetrics(): Metrics {
  return {
    activeDisclosureItems: null,
    activeDisclosureItemsChange: null,
    requestsReceived: null,
    indexRank: null,
    indexRankOf: null,
    indexRankChange: null,
    hotlineCalls: null,
    hotlineCallsYoYPercent: null,
    messagesReceived: null,
  }
}

export function emptyReport(): Report {
  return {
    agency: null,
    year: null,
    template: 'legacy',
    publishedOn: null,
    sections: [],
    metrics: emptyMetrics(),
    activeDisclosure: {},
    requests: { rows: {} },
    reviewLitigation: { review: null, litigationDirect: null, litigationAfterReview: null },
    problems: [],
    improvements: [],
  }
}
