// Table 三 as pdftotext prints it without -layout (stream order) where wrapped labels take a number
// inside them (「…只计这一情 / 2 / 形…）」, 「…确认或重 / 0 / 新出具…」): one row's first cell is lost
// into its label, one label is not found, and the rows between are read one step off (review rv26
// F3). A label that waited while a later row's label took the cells after it (its own, the text says)
// is no label of the cells it is given later: 「1.信访举报投诉类申请」 must not take the zeros of
// 「4.无正当理由大量反复申请」 and be "proven" by their row totals alone. Numbers invented.
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import type { RequestRowKey } from '../../shared/model/report'
import { HEAD } from './requests-fixture'

const z = [0, 0, 0, 0, 0, 0, 0]
const TRUTH: Partial<Record<RequestRowKey, number[]>> = {
  received: [12, 2, 0, 0, 0, 0, 14],
  carriedOver: [1, 0, 0, 0, 0, 0, 1],
  granted: [4, 1, 0, 0, 0, 0, 5],
  partiallyGranted: [2, 0, 0, 0, 0, 0, 2],
  'withheld.thirdPartyRights': [1, 0, 0, 0, 0, 0, 1],
  'unavailable.notHeld': [2, 0, 0, 0, 0, 0, 2],
  'unavailable.needsCreation': [1, 0, 0, 0, 0, 0, 1],
  'unavailable.unclearAfterCorrection': [1, 0, 0, 0, 0, 0, 1],
  'notProcessed.petition': [1, 0, 0, 0, 0, 0, 1],
  'notProcessed.duplicate': [0, 1, 0, 0, 0, 0, 1],
  handledTotal: [12, 2, 0, 0, 0, 0, 14],
  carriedForward: [1, 0, 0, 0, 0, 0, 1],
}
const row = (k: RequestRowKey): number[] => TRUTH[k] ?? z
const cells = (k: RequestRowKey): string[] => row(k).map(String)

/** The stream order of the review's text: a label, then its cells; wrapped labels around their first cell. */
function streamText(): string {
  const W = '（三）不予公开'
  const U = '（四）无法提供'
  const N = '（五）不予处理'
  const O = '（六）其他处理'
  const [p0, ...pRest] = cells('partiallyGranted')
  return [
    HEAD.split(' ').join('\n'),
    '一、本年新收政府信息公开申请数量', ...cells('received'),
    '二、上年结转政府信息公开申请数量', ...cells('carriedOver'),
    '（一）予以公开', ...cells('granted'),
    '（二）部分公开（区分处理的，只计这一情', p0!, '形，不计其他情形）', ...pRest,
    ...cells('withheld.stateSecret'), W, '1.属于国家秘密',
    W, '2.其他法律行政法规禁止', '0', '公开', ...cells('withheld.prohibitedByLaw').slice(1),
    W, '3.危及“三安全一稳定” 0', ...cells('withheld.securityStability').slice(1),
    W, '4.保护第三方合法权益', ...cells('withheld.thirdPartyRights'),
    W, '5.属于三类内部事务信息 0', ...cells('withheld.internalAffairs').slice(1),
    W, '6.属于四类过程性信息', ...cells('withheld.processInformation'),
    W, '7.属于行政执法案卷', ...cells('withheld.enforcementFiles'),
    W, '8.属于行政查询事项', ...cells('withheld.administrativeQuery'),
    U, '1.本机关不掌握相关政府', cells('unavailable.notHeld')[0]!, '信息', ...cells('unavailable.notHeld').slice(1),
    U, '2.没有现成信息需要另行', '0', '制作', ...cells('unavailable.needsCreation').slice(1),
    U, '3.补正后申请内容仍不明', cells('unavailable.unclearAfterCorrection')[0]!, '确', ...cells('unavailable.unclearAfterCorrection').slice(1),
    N, '1.信访举报投诉类申请', ...cells('notProcessed.petition'),
    N, '2.重复申请', ...cells('notProcessed.duplicate'),
    N, '3.要求提供公开出版物', ...cells('notProcessed.publication'),
    N, '4.无正当理由大量反复申', '0', '请', ...cells('notProcessed.massRepeated').slice(1),
    N, '5.要求行政机关确认或重', '0', '新出具已获取信息', ...cells('notProcessed.confirmOrReissue').slice(1),
    O, '1.申请人无正当理由逾期', '不补正、行政机关不再', '0', '处理其政府信息公开申', '请', ...cells('otherHandling.noCorrection').slice(1),
    O, '2.申请人逾期未按收费通', '知要求缴纳费用、行政', '0', '机关不再处理其政府信', '息公开申请', ...cells('otherHandling.feeUnpaid').slice(1),
    O, '3.其他', ...cells('otherHandling.other'),
    '（七）总计', ...cells('handledTotal'),
    '四、结转下年度继续办理', ...cells('carriedForward'),
  ].join('\n\n')
}

describe('labels that waited while a later label took the cells after them (stream order, wrapped labels)', () => {
  const got = parseRequestsTable(streamText())

  it('reads no number that differs from the table printed', () => {
    for (const [k, r] of Object.entries(got.rows) as [RequestRowKey, (number | null)[]][]) {
      r.forEach((x, c) => {
        if (x !== null) expect([k, c, x]).toEqual([k, c, row(k)[c]])
      })
    }
  })

  it('leaves 「1.信访举报投诉类申请」 unread with a note, not "proven by sums" from another row\'s zeros', () => {
    expect(got.rows['notProcessed.petition']?.some((x) => x !== null) ?? false).toBe(false)
    expect(got.notes.some((n) => n.field === 'requests.notProcessed.petition')).toBe(true)
  })

  it('still reads the rows whose cells follow their own label', () => {
    expect(got.rows.received).toEqual(row('received'))
    expect(got.rows.handledTotal).toEqual(row('handledTotal'))
    expect(got.how.received).toBe('label')
  })
})

describe('a row whose cells have the next row\'s numbered label head amid them (stream order)', () => {
  // Each label wrapped after six characters, its first cell after the head (review rv26 F3, variant
  // t3-stream-labels): the label is found by its tail, so a run holds a row's last six cells, then the
  // next row's head 「3.补正后申」 and that row's first cell; its total holds by chance (0s and 1s).
  const wrapped = (label: string, k: RequestRowKey): string[] => [label.slice(0, 6), String(row(k)[0]), ...label.slice(6).match(/.{1,6}/g)!, ...cells(k).slice(1)]
  const text = streamText()
    .replace(/（四）无法提供\n\n2\.没有现成[\s\S]*?（五）不予处理/, () => ['（四）无法提供', ...wrapped('2.没有现成信息需要另行制作', 'unavailable.needsCreation'), '（四）无法提供', ...wrapped('3.补正后申请内容仍不明确', 'unavailable.unclearAfterCorrection'), '（五）不予处理'].join('\n\n'))
  const got = parseRequestsTable(text)

  it('reads no number that differs from the table printed', () => {
    expect(text).toContain('3.补正后申\n\n1\n\n请内容仍不明')
    for (const [k, r] of Object.entries(got.rows) as [RequestRowKey, (number | null)[]][]) {
      r.forEach((x, c) => {
        if (x !== null) expect([k, c, x]).toEqual([k, c, row(k)[c]])
      })
    }
  })
})
