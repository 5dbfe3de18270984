// Chinese and English labels of the tables' rows and columns, shared by the year-comparison table
// and the workbook export. The Chinese is the template's wording, kept once in model/template-labels.
import type { RequestRowKey, ReviewColumn, ReviewGroup } from '../model/report'
import { REVIEW_COLUMNS } from '../model/report'
import {
  REQUEST_COLUMN_LABELS,
  REQUEST_ROW_LABELS as TEMPLATE_ROW_LABELS,
  REVIEW_COLUMN_LABELS as TEMPLATE_REVIEW_COLUMN_LABELS,
} from '../model/template-labels'
import { REVIEW_GROUP_ZH } from '../checks/labels'

export interface RowLabel {
  /** Label as printed in the template (with its numbering). */
  zh: string
  en: string
  /** Indent level in the template (0 = top, 1 = （一）…, 2 = 1. 2. …). */
  level: 0 | 1 | 2
}

const ROW_EN_LEVEL: Record<RequestRowKey, Omit<RowLabel, 'zh'>> = {
  received: { en: 'New requests received', level: 0 },
  carriedOver: { en: 'Carried over from last year', level: 0 },
  granted: { en: 'Granted', level: 1 },
  partiallyGranted: { en: 'Partially granted', level: 1 },
  'withheld.stateSecret': { en: 'Withheld: state secret', level: 2 },
  'withheld.prohibitedByLaw': { en: 'Withheld: prohibited by law', level: 2 },
  'withheld.securityStability': { en: 'Withheld: security and stability', level: 2 },
  'withheld.thirdPartyRights': { en: "Withheld: third parties' rights", level: 2 },
  'withheld.internalAffairs': { en: 'Withheld: internal affairs', level: 2 },
  'withheld.processInformation': { en: 'Withheld: process information', level: 2 },
  'withheld.enforcementFiles': { en: 'Withheld: enforcement files', level: 2 },
  'withheld.administrativeQuery': { en: 'Withheld: administrative query', level: 2 },
  'unavailable.notHeld': { en: 'Unavailable: not held', level: 2 },
  'unavailable.needsCreation': { en: 'Unavailable: needs creating', level: 2 },
  'unavailable.unclearAfterCorrection': { en: 'Unavailable: unclear after correction', level: 2 },
  'notProcessed.petition': { en: 'Not processed: petition', level: 2 },
  'notProcessed.duplicate': { en: 'Not processed: duplicate', level: 2 },
  'notProcessed.publication': { en: 'Not processed: publication', level: 2 },
  'notProcessed.massRepeated': { en: 'Not processed: mass repeated', level: 2 },
  'notProcessed.confirmOrReissue': { en: 'Not processed: confirm or reissue', level: 2 },
  otherHandling: { en: 'Other handling', level: 1 },
  'otherHandling.noCorrection': { en: 'Other: no correction in time', level: 2 },
  'otherHandling.feeUnpaid': { en: 'Other: fee unpaid', level: 2 },
  'otherHandling.other': { en: 'Other: other', level: 2 },
  handledTotal: { en: 'Handled total', level: 1 },
  carriedForward: { en: 'Carried forward', level: 0 },
}

export const REQUEST_ROW_LABELS = Object.fromEntries(
  (Object.keys(ROW_EN_LEVEL) as RequestRowKey[]).map((k) => [k, { zh: TEMPLATE_ROW_LABELS[k], ...ROW_EN_LEVEL[k] }]),
) as Record<RequestRowKey, RowLabel>

/** Headings of the template that carry no numbers, placed before the row they precede. */
export const REQUEST_GROUP_HEADINGS: Partial<Record<RequestRowKey, string>> = {
  granted: '三、本年度办理结果',
  'withheld.stateSecret': '（三）不予公开',
  'unavailable.notHeld': '（四）无法提供',
  'notProcessed.petition': '（五）不予处理',
  'otherHandling.noCorrection': '（六）其他处理',
}

export const REQUEST_COLUMN_LABELS_ZH = REQUEST_COLUMN_LABELS
export const REQUEST_COLUMN_LABELS_EN = [
  'Natural persons',
  'Businesses',
  'Research bodies',
  'Non-profits',
  'Legal services',
  'Other orgs',
  'Total',
] as const

export const REVIEW_GROUP_LABELS: Record<ReviewGroup, { zh: string; en: string }> = {
  review: { zh: REVIEW_GROUP_ZH.review, en: 'Administrative review' },
  litigationDirect: { zh: REVIEW_GROUP_ZH.litigationDirect, en: 'Litigation, direct' },
  litigationAfterReview: { zh: REVIEW_GROUP_ZH.litigationAfterReview, en: 'Litigation after review' },
}

const REVIEW_COLUMN_EN: Record<ReviewColumn, string> = {
  upheld: 'Upheld',
  corrected: 'Corrected',
  other: 'Other',
  pending: 'Pending',
  total: 'Total',
}
export const REVIEW_COLUMN_LABELS = Object.fromEntries(
  REVIEW_COLUMNS.map((c, i) => [c, { zh: TEMPLATE_REVIEW_COLUMN_LABELS[i]!, en: REVIEW_COLUMN_EN[c] }]),
) as Record<ReviewColumn, { zh: string; en: string }>

export const METRIC_LABELS: Record<string, { zh: string; en: string; unitZh: string }> = {
  activeDisclosureItems: { zh: '主动公开政府信息', en: 'Items disclosed', unitZh: '条' },
  activeDisclosureItemsChange: { zh: '主动公开比上年增减（正文所述）', en: 'Items disclosed, change on last year (prose)', unitZh: '条' },
  requestsReceived: { zh: '收到公开申请（正文所述）', en: 'Requests received (prose)', unitZh: '件' },
  indexRank: { zh: '政务公开指数排名', en: 'Openness index rank', unitZh: '名' },
  indexRankOf: { zh: '参评单位数', en: 'Bodies ranked', unitZh: '个' },
  indexRankChange: { zh: '排名变化（正文所述）', en: 'Rank change (prose)', unitZh: '位' },
  hotlineCalls: { zh: '12345热线来电', en: '12345 hotline calls', unitZh: '件' },
  hotlineCallsYoYPercent: { zh: '12345热线同比（正文所述）', en: 'Hotline YoY % (prose)', unitZh: '%' },
  messagesReceived: { zh: '网上留言', en: 'Messages received', unitZh: '件' },
}

/** Section 二: one entry per (item, field) of either template; rows without a value are skipped by users. */
export interface ActiveFieldLabel {
  item: string
  field: string
  itemZh: string
  fieldZh: string
  en: string
}

export const ACTIVE_ITEM_LABELS: Record<string, { zh2019: string; zh2021: string; en: string }> = {
  rules: { zh2019: '规章', zh2021: '规章', en: 'Rules' },
  normativeDocs: { zh2019: '规范性文件', zh2021: '行政规范性文件', en: 'Normative documents' },
  licensing: { zh2019: '行政许可', zh2021: '行政许可', en: 'Licensing' },
  otherServices: { zh2019: '其他对外管理服务事项', zh2021: '其他对外管理服务事项', en: 'Other services' },
  penalties: { zh2019: '行政处罚', zh2021: '行政处罚', en: 'Penalties' },
  enforcement: { zh2019: '行政强制', zh2021: '行政强制', en: 'Enforcement' },
  fees: { zh2019: '行政事业性收费', zh2021: '行政事业性收费', en: 'Fees' },
  procurement: { zh2019: '政府集中采购', zh2021: '政府集中采购', en: 'Procurement' },
}

export const ACTIVE_FIELD_LABELS: Record<string, { zh: string; en: string }> = {
  newlyMade: { zh: '本年新制作数量', en: 'newly made' },
  newlyPublished: { zh: '本年新公开数量', en: 'newly published' },
  publishedTotal: { zh: '对外公开总数量', en: 'published total' },
  lastYearItems: { zh: '上一年项目数量', en: 'items last year' },
  change: { zh: '本年增/减', en: 'change' },
  decisions: { zh: '处理决定数量', en: 'decisions' },
  projects: { zh: '采购项目数量', en: 'projects' },
  amountWanYuan: { zh: '金额（万元）', en: 'amount (10k yuan)' },
  issued: { zh: '本年制发件数', en: 'issued' },
  repealed: { zh: '本年废止件数', en: 'repealed' },
  inForce: { zh: '现行有效件数', en: 'in force' },
}
