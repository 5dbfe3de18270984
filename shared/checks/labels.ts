// Short Chinese labels for flag messages: table rows, groups, check names.
import type { CheckId, Severity } from '../model/flag'
import type { RequestRowKey, ReviewGroup } from '../model/report'

// Column names are the template's own (model/template-labels: REQUEST_COLUMN_LABELS, REVIEW_COLUMN_LABELS).
export const REVIEW_GROUP_ZH: Record<ReviewGroup, string> = {
  review: '行政复议',
  litigationDirect: '行政诉讼（未经复议直接起诉）',
  litigationAfterReview: '行政诉讼（复议后起诉）',
}

export const REQUEST_ROW_ZH: Record<RequestRowKey, string> = {
  received: '一、本年新收',
  carriedOver: '二、上年结转',
  granted: '（一）予以公开',
  partiallyGranted: '（二）部分公开',
  'withheld.stateSecret': '（三）1.属于国家秘密',
  'withheld.prohibitedByLaw': '（三）2.其他法律行政法规禁止公开',
  'withheld.securityStability': '（三）3.危及“三安全一稳定”',
  'withheld.thirdPartyRights': '（三）4.保护第三方合法权益',
  'withheld.internalAffairs': '（三）5.属于三类内部事务信息',
  'withheld.processInformation': '（三）6.属于四类过程性信息',
  'withheld.enforcementFiles': '（三）7.属于行政执法案卷',
  'withheld.administrativeQuery': '（三）8.属于行政查询事项',
  'unavailable.notHeld': '（四）1.本机关不掌握相关政府信息',
  'unavailable.needsCreation': '（四）2.没有现成信息需要另行制作',
  'unavailable.unclearAfterCorrection': '（四）3.补正后申请内容仍不明确',
  'notProcessed.petition': '（五）1.信访举报投诉类申请',
  'notProcessed.duplicate': '（五）2.重复申请',
  'notProcessed.publication': '（五）3.要求提供公开出版物',
  'notProcessed.massRepeated': '（五）4.无正当理由大量反复申请',
  'notProcessed.confirmOrReissue': '（五）5.要求行政机关确认或重新出具已获取信息',
  otherHandling: '（六）其他处理',
  'otherHandling.noCorrection': '（六）1.逾期不补正',
  'otherHandling.feeUnpaid': '（六）2.逾期未缴纳费用',
  'otherHandling.other': '（六）3.其他',
  handledTotal: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
}

export const SEVERITY_ZH: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' }

export const CHECK_ZH: Record<CheckId, string> = {
  STRUCTURE_SECTION_MISSING: '缺少章节',
  STRUCTURE_TEMPLATE_MISMATCH: '格式版本不符',
  STRUCTURE_GOV_ITEMS_MISSING: '未报告工作考核、社会评议和责任追究',
  FEE_NOT_REPORTED: '未说明信息处理费',
  PUBLISHED_LATE: '发布逾期',
  PUBLISHED_BEFORE_YEAR_END: '落款早于报告年度结束',
  TABLE_CELL_BLANK: '表格空白单元格',
  REQUESTS_IDENTITY: '表三勾稽关系不符',
  REQUESTS_ROW_TOTAL: '表三行总计不符',
  REQUESTS_STRAY_DIGIT: '表三疑有多余数字',
  REQUESTS_HANDLED_TOTAL: '表三办理结果总计不符',
  REVIEW_TOTAL: '表四总计不符',
  NARRATIVE_TABLE_MISMATCH: '正文与表格数字不符',
  CORRECTED_CASES: '复议诉讼被纠错',
  NOT_HELD_SHARE: '“本机关不掌握”占比高',
  PROBLEMS_EMPTY: '未列出具体问题',
  CARRYOVER_MISMATCH: '结转数前后年不衔接',
  ITEMS_CONTINUITY: '项目数量前后年不衔接',
  PROBLEMS_COPIED: '问题部分照抄上年',
  PROBLEM_RECURRING: '问题反复出现',
  INDEX_RANK_DROP: '政务公开指数排名下降',
  INDEX_RANK_CHANGE_MISMATCH: '排名变化与名次不符',
  SWING: '数字大幅波动',
  DUPLICATE_REPORT: '同一年度有较早或较新版本',
  COPIES_DIFFER: '同一报告的副本数字不一致',
  ROLLUP_MISMATCH: '汇总数与所属机关合计不符',
  SERIES_RENAMED: '疑为同一机关更名',
  TABLE_UNREADABLE: '表格部分无法识读',
}
