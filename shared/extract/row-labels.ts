// The row labels of table 三, as patterns that survive the ways real reports print them:
// wrapped over several lines, with or without numbering, full- or half-width brackets, typos
// seen in published reports (三类内容事务信息, 情况/情形).
import type { RequestRowKey } from '../model/report'

/** A key phrase as a pattern that allows white space (line breaks, spaces) between characters. */
export function fuzzy(phrase: string): string {
  return phrase
    .split('')
    .map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\u3000]*')
}

/** 其他, or 其它 as many reports write it. */
const OTHER = '其[\\s\\u3000]*[他它]'

const N = (n: string): string => `[（(]${'[\\s\\u3000]*'}${n}${'[\\s\\u3000]*'}[)）]`

/** Key phrases per row, most specific first. A row label matches when any of them is found. */
const ROW_PHRASES: Record<RequestRowKey, string[]> = {
  received: [fuzzy('本年新收'), fuzzy('本年度新收')],
  carriedOver: [fuzzy('上年结转'), fuzzy('上年度结转')],
  granted: [fuzzy('予以公开')],
  partiallyGranted: [fuzzy('部分公开')],
  'withheld.stateSecret': [fuzzy('国家秘密')],
  'withheld.prohibitedByLaw': [fuzzy('行政法规禁止公开'), fuzzy('其他法律行政法规')],
  'withheld.securityStability': [fuzzy('三安全一稳定'), fuzzy('危及')],
  'withheld.thirdPartyRights': [fuzzy('第三方合法权益'), fuzzy('保护第三方')],
  'withheld.internalAffairs': [fuzzy('三类内部事务'), fuzzy('三类内容事务'), fuzzy('内部事务信息')],
  'withheld.processInformation': [fuzzy('四类过程性'), fuzzy('过程性信息')],
  'withheld.enforcementFiles': [fuzzy('行政执法案卷')],
  'withheld.administrativeQuery': [fuzzy('行政查询事项')],
  'unavailable.notHeld': [fuzzy('不掌握相关'), fuzzy('本机关不掌握')],
  'unavailable.needsCreation': [fuzzy('另行制作'), fuzzy('没有现成信息')],
  'unavailable.unclearAfterCorrection': [fuzzy('补正后申请内容'), fuzzy('仍不明确')],
  // 「信访、举报、投诉类申请」 as some reports punctuate it.
  'notProcessed.petition': [['信访', '举报', '投诉'].map(fuzzy).join('[\\s\\u3000、，,]*')],
  'notProcessed.duplicate': [fuzzy('重复申请')],
  'notProcessed.publication': [fuzzy('公开出版物')],
  'notProcessed.massRepeated': [fuzzy('大量反复')],
  'notProcessed.confirmOrReissue': [fuzzy('重新出具'), fuzzy('确认或重新')],
  // （六）其他处理: a row of its own in the 2019 template, the heading of three sub-rows in 2021.
  otherHandling: [`${N('六')}[\\s\\u3000]*${OTHER}[\\s\\u3000]*${fuzzy('处理')}`],
  'otherHandling.noCorrection': [fuzzy('逾期不补正')],
  'otherHandling.feeUnpaid': [fuzzy('收费通知'), fuzzy('缴纳费用')],
  // "3.其他" only: a bare 其他 is also a column heading.
  'otherHandling.other': [`3[\\s\\u3000]*[.．、][\\s\\u3000]*${OTHER}(?![\\s\\u3000]*[法处])`],
  handledTotal: [`${N('七')}[\\s\\u3000]*${fuzzy('总计')}`, `${N('七')}[\\s\\u3000]*${fuzzy('合计')}`],
  carriedForward: [fuzzy('结转下年度'), fuzzy('转下年度'), fuzzy('结转下一年度')],
}

export const ROW_PATTERNS: { key: RequestRowKey; re: RegExp }[] = Object.entries(ROW_PHRASES).map(
  ([key, phrases]) => ({ key: key as RequestRowKey, re: new RegExp(phrases.join('|'), 'g') }),
)

/** The sub-rows under （六） in the 2021 template. */
export const OTHER_HANDLING_SUBROWS: RequestRowKey[] = [
  'otherHandling.noCorrection',
  'otherHandling.feeUnpaid',
  'otherHandling.other',
]

/**
 * Labels printed without their numbering whose bare words are too common to match anywhere (总计 is
 * also a column heading, 其他 a column too): each is taken only between the labels of the rows that
 * must come before it (at least one of `after` found) and those that come after it.
 */
export const LOOSE_ROW_PATTERNS: { key: RequestRowKey; re: RegExp; after: (k: RequestRowKey) => boolean }[] = [
  { key: 'otherHandling', re: new RegExp(`${OTHER}[\\s\\u3000]*${fuzzy('处理')}`, 'g'), after: (k) => k.startsWith('notProcessed.') || k.startsWith('withheld.') },
  { key: 'otherHandling.other', re: new RegExp(`${OTHER}(?![\\s\\u3000]*[法处])`, 'g'), after: (k) => k === 'otherHandling.noCorrection' || k === 'otherHandling.feeUnpaid' },
  { key: 'handledTotal', re: new RegExp(`${fuzzy('总计')}|${fuzzy('合计')}`, 'g'), after: (k) => k.startsWith('otherHandling') || k.startsWith('notProcessed.') },
]
