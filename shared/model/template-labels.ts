// The official template's wording for every row and column, for laying tables out like the
// template (report view, Excel export) and for generating test reports.
import type { RequestRowKey, ReviewGroup, SectionKey } from './report'

/** The six section headings as the template prints them. */
export const SECTION_HEADINGS: Record<SectionKey, string> = {
  overview: '一、总体情况',
  activeDisclosure: '二、主动公开政府信息情况',
  requests: '三、收到和处理政府信息公开申请情况',
  reviewLitigation: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
}

export const REQUEST_COLUMN_LABELS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'] as const

/** Row labels of table 三 as the template prints them. */
export const REQUEST_ROW_LABELS: Record<RequestRowKey, string> = {
  received: '一、本年新收政府信息公开申请数量',
  carriedOver: '二、上年结转政府信息公开申请数量',
  granted: '（一）予以公开',
  partiallyGranted: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  'withheld.stateSecret': '1.属于国家秘密',
  'withheld.prohibitedByLaw': '2.其他法律行政法规禁止公开',
  'withheld.securityStability': '3.危及“三安全一稳定”',
  'withheld.thirdPartyRights': '4.保护第三方合法权益',
  'withheld.internalAffairs': '5.属于三类内部事务信息',
  'withheld.processInformation': '6.属于四类过程性信息',
  'withheld.enforcementFiles': '7.属于行政执法案卷',
  'withheld.administrativeQuery': '8.属于行政查询事项',
  'unavailable.notHeld': '1.本机关不掌握相关政府信息',
  'unavailable.needsCreation': '2.没有现成信息需要另行制作',
  'unavailable.unclearAfterCorrection': '3.补正后申请内容仍不明确',
  'notProcessed.petition': '1.信访举报投诉类申请',
  'notProcessed.duplicate': '2.重复申请',
  'notProcessed.publication': '3.要求提供公开出版物',
  'notProcessed.massRepeated': '4.无正当理由大量反复申请',
  'notProcessed.confirmOrReissue': '5.要求行政机关确认或重新出具已获取信息',
  otherHandling: '（六）其他处理',
  'otherHandling.noCorrection': '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  'otherHandling.feeUnpaid': '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  'otherHandling.other': '3.其他',
  handledTotal: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
}

/** The group heading a sub-row stands under (for the template's merged label column). */
export const REQUEST_ROW_GROUP: Partial<Record<RequestRowKey, string>> = {
  'withheld.stateSecret': '（三）不予公开',
  'withheld.prohibitedByLaw': '（三）不予公开',
  'withheld.securityStability': '（三）不予公开',
  'withheld.thirdPartyRights': '（三）不予公开',
  'withheld.internalAffairs': '（三）不予公开',
  'withheld.processInformation': '（三）不予公开',
  'withheld.enforcementFiles': '（三）不予公开',
  'withheld.administrativeQuery': '（三）不予公开',
  'unavailable.notHeld': '（四）无法提供',
  'unavailable.needsCreation': '（四）无法提供',
  'unavailable.unclearAfterCorrection': '（四）无法提供',
  'notProcessed.petition': '（五）不予处理',
  'notProcessed.duplicate': '（五）不予处理',
  'notProcessed.publication': '（五）不予处理',
  'notProcessed.massRepeated': '（五）不予处理',
  'notProcessed.confirmOrReissue': '（五）不予处理',
  'otherHandling.noCorrection': '（六）其他处理',
  'otherHandling.feeUnpaid': '（六）其他处理',
  'otherHandling.other': '（六）其他处理',
}

/** The rows of table 三 each template prints, in order. */
export function requestRowsOf(template: '2019' | '2021'): RequestRowKey[] {
  const all = Object.keys(REQUEST_ROW_LABELS) as RequestRowKey[]
  return template === '2019'
    ? all.filter((k) => !k.startsWith('otherHandling.'))
    : all.filter((k) => k !== 'otherHandling')
}

export const REVIEW_GROUP_LABELS: Record<ReviewGroup, string> = {
  review: '行政复议',
  litigationDirect: '行政诉讼·未经复议直接起诉',
  litigationAfterReview: '行政诉讼·复议后起诉',
}
export const REVIEW_COLUMN_LABELS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] as const

/** Section 二 rows and columns, per template. */
export const DISCLOSURE_LABELS = {
  '2019': {
    rows: {
      rules: '规章',
      normativeDocs: '规范性文件',
      licensing: '行政许可',
      otherServices: '其他对外管理服务事项',
      penalties: '行政处罚',
      enforcement: '行政强制',
      fees: '行政事业性收费',
      procurement: '政府集中采购',
    },
    fields: {
      newlyMade: '本年新制作数量',
      newlyPublished: '本年新公开数量',
      publishedTotal: '对外公开总数量',
      lastYearItems: '上一年项目数量',
      change: '本年增/减',
      decisions: '处理决定数量',
      projects: '采购项目数量',
      amountWanYuan: '采购总金额',
    },
  },
  '2021': {
    rows: {
      rules: '规章',
      normativeDocs: '行政规范性文件',
      licensing: '行政许可',
      penalties: '行政处罚',
      enforcement: '行政强制',
      fees: '行政事业性收费',
    },
    fields: {
      issued: '本年制发件数',
      repealed: '本年废止件数',
      inForce: '现行有效件数',
      decisions: '本年处理决定数量',
      amountWanYuan: '本年收费金额（单位：万元）',
    },
  },
} as const
