// Review 12 R12-9: a group of table-三 labels printed before their numbers, in a table that adds up
// everywhere, where our reading of the run (a row printing nothing, blanks dropped, rows split across
// lines, wrapped labels) leaves one row failing its own total. Such a row was kept as "the report's
// slip" (the other rows of the group added up) with a wrong cell. A failing row of a run the text
// allows other readings of cannot be told from a misreading: the group is left empty with a note.
// The table (made-up numbers, every identity holding) and its text come from a generator of this shape.
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import type { RequestRowKey } from '../../shared/model/report'

const TABLE: [RequestRowKey, number[]][] = [
  ['received', [111, 3, 25, 44, 11, 68, 262]],
  ['carriedOver', [0, 0, 0, 0, 0, 0, 0]],
  ['granted', [29, 0, 0, 0, 0, 6, 35]],
  ['partiallyGranted', [1, 0, 2, 0, 0, 0, 3]],
  ['withheld.stateSecret', [14, 2, 0, 2, 0, 0, 18]],
  ['withheld.prohibitedByLaw', [0, 0, 0, 0, 0, 0, 0]],
  ['withheld.securityStability', [9, 0, 0, 2, 0, 18, 29]],
  ['withheld.thirdPartyRights', [0, 0, 0, 0, 0, 2, 2]],
  ['withheld.internalAffairs', [0, 0, 0, 0, 3, 0, 3]],
  ['withheld.processInformation', [0, 0, 1, 0, 0, 2, 3]],
  ['withheld.enforcementFiles', [3, 0, 0, 0, 0, 3, 6]],
  ['withheld.administrativeQuery', [1, 0, 0, 0, 8, 3, 12]],
  ['unavailable.notHeld', [0, 0, 0, 17, 0, 0, 17]],
  ['unavailable.needsCreation', [0, 1, 0, 0, 0, 0, 1]],
  ['unavailable.unclearAfterCorrection', [0, 0, 0, 0, 0, 0, 0]],
  ['notProcessed.petition', [0, 0, 0, 0, 0, 1, 1]],
  ['notProcessed.duplicate', [2, 0, 8, 19, 0, 0, 29]],
  ['notProcessed.publication', [3, 0, 0, 0, 0, 10, 13]],
  ['notProcessed.massRepeated', [14, 0, 0, 0, 0, 19, 33]],
  ['notProcessed.confirmOrReissue', [23, 0, 14, 0, 0, 0, 37]],
  ['otherHandling.noCorrection', [9, 0, 0, 0, 0, 3, 12]],
  ['otherHandling.feeUnpaid', [0, 0, 0, 0, 0, 0, 0]],
  ['otherHandling.other', [3, 0, 0, 0, 0, 0, 3]],
  ['handledTotal', [111, 3, 25, 40, 11, 67, 257]],
  ['carriedForward', [0, 0, 0, 4, 0, 1, 5]],
]
// 2021 template; zeros printed blank and dropped by the text; several groups of labels before their numbers.
const TEXT = [
  '申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计',
  '一、本年新收政府信息公开申请数量',
  '二、上年',
  '结转政府信息公开申请数量',
  '（一）予以公开',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '（三）不予公开',
  '1.属于国家秘密',
  '111 3 25 44 11 68 262',
  '',
  '29',
  '6 35',
  '1',
  '2 3',
  '14 2 2 18',
  '2.其他法律行政法规禁止公开 ',
  '3.危及“三安全一稳定” 9 2',
  '18 29',
  '4.保护第三方合法权益 2 2',
  '5.属于三类内部事务信息 3 3',
  '6.属于四类过程',
  '性信息 1 2 3',
  '7.属于行政执法案卷 3 3 6',
  '8.属于行政查询事项 1 8 3',
  '12',
  '（四）无法提供',
  '1.本机关不掌握相关政',
  '府信息',
  '2.没有现成信息需要',
  '另行制作',
  '3.补正后申请内容仍不明确',
  '（五）不予处理',
  '1.信访举报',
  '投诉类申请',
  '17 17',
  '1 1',
  '',
  '1 1',
  '2.重复申请',
  '3.要求提供公开出版物',
  '4.无正当理由大量反复申请',
  '5.要求行政机关确认或重新出具已获取信息',
  '2 8 19',
  '29',
  '3 10 13',
  '14 19 33',
  '23 14',
  '37',
  '（六）其他处理',
  '1.申请人无正当理由逾',
  '期不补正、行政机关不再处理其政府信息公开申请 9',
  '3 12',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '3.其他',
  '（七）总计',
  '',
  '3 3',
  '111 3 25 40 11 67 257',
  '四、结转下年度继续办理 4 1 5',
].join('\n')

describe('labels before their numbers in a table that adds up, read with a failing row', () => {
  const got = parseRequestsTable(TEXT)
  it('reads no cell wrong: each cell is the table\'s or empty', () => {
    const wrong = TABLE.flatMap(([k, row]) => (got.rows[k] ?? []).flatMap((x, c) => (x !== null && x !== row[c] ? [`${k}:${c} ${x}≠${row[c]}`] : [])))
    expect(wrong).toEqual([])
  })
  it('calls no row the report\'s slip, and says why the failing group is empty', () => {
    expect(got.notes.filter((n) => n.message.includes('报告自身的差错'))).toEqual([])
    expect(got.rows['otherHandling.other']?.every((x) => x === null) ?? true).toBe(true)
    expect(got.notes.some((n) => n.field === 'requests.otherHandling.other')).toBe(true)
  })
  it('gives every row with an empty cell a note naming that row (一 and 二 included)', () => {
    // Before: 一 and 二, given no digits by every reading that fits the sums, came out empty without a note.
    const silent = TABLE.flatMap(([k]) => ((got.rows[k] ?? [null]).some((x) => x === null) && !got.notes.some((n) => n.field === `requests.${k}`) ? [k] : []))
    expect(silent).toEqual([])
  })
  it('gives each row of the failing group a note', () => {
    const group: RequestRowKey[] = ['otherHandling.feeUnpaid', 'otherHandling.other', 'handledTotal']
    expect(group.filter((k) => !got.notes.some((n) => n.field === `requests.${k}`))).toEqual([])
  })
})
