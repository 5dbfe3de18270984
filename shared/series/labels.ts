// Chinese (template wording) and English labels of the tables' rows and columns, shared by the
// year-comparison table and the workbook export.
import { PROBLEM_CATEGORY_ZH } from '../analysis/problem-labels'
import type { RequestRowKey, ReviewColumn, ReviewGroup } from '../model/report'

export interface RowLabel {
  /** Label as printed in the template (with its numbering). */
  zh: string
  en: string
  /** Indent level in the template (0 = top, 1 = （一）…, 2 = 1. 2. …). */
  level: 0 | 1 | 2
}

export const REQUEST_ROW_LABELS: Record<RequestRowKey, RowLabel> = {
  received: { zh: '一、本年新收政府信息公开申请数量', en: 'New requests received', level: 0 },
  carriedOver: { zh: '二、上年结转政府信息公开申请数量', en: 'Carried over from last year', level: 0 },
  granted: { zh: '（一）予以公开', en: 'Granted', level: 1 },
  partiallyGranted: {
    zh: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    en: 'Partially granted',
    level: 1,
  },
  'withheld.stateSecret': { zh: '1.属于国家秘密', en: 'Withheld: state secret', level: 2 },
  'withheld.prohibitedByLaw': { zh: '2.其他法律行政法规禁止公开', en: 'Withheld: prohibited by law', level: 2 },
  'withheld.securityStability': { zh: '3.危及“三安全一稳定”', en: 'Withheld: security and stability', level: 2 },
  'withheld.thirdPartyRights': { zh: '4.保护第三方合法权益', en: "Withheld: third parties' rights", level: 2 },
  'withheld.internalAffairs': { zh: '5.属于三类内部事务信息', en: 'Withheld: internal affairs', level: 2 },
  'withheld.processInformation': { zh: '6.属于四类过程性信息', en: 'Withheld: process information', level: 2 },
  'withheld.enforcementFiles': { zh: '7.属于行政执法案卷', en: 'Withheld: enforcement files', level: 2 },
  'withheld.administrativeQuery': { zh: '8.属于行政查询事项', en: 'Withheld: administrative query', level: 2 },
  'unavailable.notHeld': { zh: '1.本机关不掌握相关政府信息', en: 'Unavailable: not held', level: 2 },
  'unavailable.needsCreation': { zh: '2.没有现成信息需要另行制作', en: 'Unavailable: needs creating', level: 2 },
  'unavailable.unclearAfterCorrection': {
    zh: '3.补正后申请内容仍不明确',
    en: 'Unavailable: unclear after correction',
    level: 2,
  },
  'notProcessed.petition': { zh: '1.信访举报投诉类申请', en: 'Not processed: petition', level: 2 },
  'notProcessed.duplicate': { zh: '2.重复申请', en: 'Not processed: duplicate', level: 2 },
  'notProcessed.publication': { zh: '3.要求提供公开出版物', en: 'Not processed: publication', level: 2 },
  'notProcessed.massRepeated': {
    zh: '4.无正当理由大量反复申请',
    en: 'Not processed: mass repeated',
    level: 2,
  },
  'notProcessed.confirmOrReissue': {
    zh: '5.要求行政机关确认或重新出具已获取信息',
    en: 'Not processed: confirm or reissue',
    level: 2,
  },
  otherHandling: { zh: '（六）其他处理', en: 'Other handling', level: 1 },
  'otherHandling.noCorrection': {
    zh: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    en: 'Other: no correction in time',
    level: 2,
  },
  'otherHandling.feeUnpaid': {
    zh: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    en: 'Other: fee unpaid',
    level: 2,
  },
  'otherHandling.other': { zh: '3.其他', en: 'Other: other', level: 2 },
  handledTotal: { zh: '（七）总计', en: 'Handled total', level: 1 },
  carriedForward: { zh: '四、结转下年度继续办理', en: 'Carried forward', level: 0 },
}

/** Headings of the template that carry no numbers, placed before the row they precede. */
export const REQUEST_GROUP_HEADINGS: Partial<Record<RequestRowKey, string>> = {
  granted: '三、本年度办理结果',
  'withheld.stateSecret': '（三）不予公开',
  'unavailable.notHeld': '（四）无法提供',
  'notProcessed.petition': '（五）不予处理',
  'otherHandling.noCorrection': '（六）其他处理',
}

export const REQUEST_COLUMN_LABELS_ZH = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'] as const
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
  review: { zh: '行政复议', en: 'Administrative review' },
  litigationDirect: { zh: '行政诉讼（未经复议直接起诉）', en: 'Litigation, direct' },
  litigationAfterReview: { zh: '行政诉讼（复议后起诉）', en: 'Litigation after review' },
}

export const REVIEW_COLUMN_LABELS: Record<ReviewColumn, { zh: string; en: string }> = {
  upheld: { zh: '结果维持', en: 'Upheld' },
  corrected: { zh: '结果纠正', en: 'Corrected' },
  other: { zh: '其他结果', en: 'Other' },
  pending: { zh: '尚未审结', en: 'Pending' },
  total: { zh: '总计', en: 'Total' },
}

export const METRIC_LABELS: Record<string, { zh: string; en: string; unitZh: string }> = {
  activeDisclosureItems: { zh: '主动公开政府信息', en: 'Items disclosed', unitZh: '条' },
  requestsReceived: { zh: '收到公开申请（正文所述）', en: 'Requests received (prose)', unitZh: '件' },
  indexRank: { zh: '政务公开指数排名', en: 'Openness index rank', unitZh: '名' },
  indexRankOf: { zh: '参评单位数', en: 'Bodies ranked', unitZh: '个' },
  indexRankChange: { zh: '排名变化（正文所述）', en: 'Rank change (prose)', unitZh: '位' },
  hotlineCalls: { zh: '12345热线来电', en: '12345 hotline calls', unitZh: '个' },
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

/** Problem categories of problem-taxonomy.md, in Chinese (one list, kept in shared/analysis). */
export const PROBLEM_CATEGORY_LABELS: Record<string, string> = PROBLEM_CATEGORY_ZH
