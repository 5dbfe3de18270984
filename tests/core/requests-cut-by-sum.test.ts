// Table 三 in crawled text, a row's digits run together with more digits than cells (review hr27 F0):
// its own total is all that places the cuts, and a cell the report printed blank while its 总计 still
// counts it lets a wrong cut hold that total (「34211281292」 printed for 34 21 12 (blank) 8 12 92 was read
// 3 4 2 1 1 281 292, no note). Such a row is read only where an identity of the whole table (一 + 二 =
// （七） + 四, or the outcome rows = 总计, all seven columns at once) takes it in and holds; else it is left
// unread with a note. (Column by column was no proof: wr28's rule read a wrong cell where other rows' own
// misplaced digits made one column add up by chance.)
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'

const HEAD = '三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他'
/** The 2021 template's rows, as a crawled page prints their labels. */
const LABELS = [
  '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '（三）不予公开1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项',
  '（四）无法提供1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确',
  '（五）不予处理1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息',
  '（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他',
  '（七）总计', '四、结转下年度继续办理',
]
const RECEIVED = 0
const GRANTED = 2
const TOTAL = 23

/** The table run together, every row 0000000 but those given (their cells printed as `cells`, '' a blank). */
function crawled(rows: Record<number, string[]>): string {
  return HEAD + LABELS.map((l, i) => l + (rows[i] ?? Array(7).fill('0')).join('')).join('')
}

// 「58331149133」 with 社会公益组织 (27) blank: one cut holds the total, 5 83 31 1 4 9 133, and every cell of it is wrong.
const ROW = ['5', '8', '33', '27', '11', '49', '133']

describe('a run-together row cut by its own total alone', () => {
  it('is left unread where a blank cell the total counts breaks the column identities', () => {
    const slip = [...ROW.slice(0, 3), '', ...ROW.slice(4)]
    // On main: received read 5 83 31 1 4 9 133, no note.
    const got = parseRequestsTable(crawled({ [RECEIVED]: slip, [GRANTED]: ROW, [TOTAL]: ROW }))
    expect(got.rows.received).toEqual([null, null, null, null, null, null, null])
    expect(got.notes.some((n) => n.field === 'requests.received' && n.message.includes('表内各列合计关系不成立'))).toBe(true)
  })
  it('is left unread in the reviewed row (34 21 12 blank 8 12 92, one cut holds the total)', () => {
    const row = ['34', '21', '12', '5', '8', '12', '92']
    const slip = [...row.slice(0, 3), '', ...row.slice(4)]
    // On main: received read 3 4 2 1 1 281 292, no note.
    const got = parseRequestsTable(crawled({ [RECEIVED]: slip, [GRANTED]: row, [TOTAL]: row }))
    expect(got.rows.received).toEqual([null, null, null, null, null, null, null])
    expect(got.notes.some((n) => n.field === 'requests.received')).toBe(true)
  })
  it('is read where the column identities hold with it and a row read otherwise (予以公开 printed apart)', () => {
    const got = parseRequestsTable(crawled({ [RECEIVED]: ROW, [GRANTED]: ROW.map((c) => ` ${c}`), [TOTAL]: ROW }))
    expect(got.rows.received).toEqual([5, 8, 33, 27, 11, 49, 133])
    expect(got.rows.handledTotal).toEqual([5, 8, 33, 27, 11, 49, 133])
  })
  it('is left unread where the only rows it is checked against are printed with the same digits (review hr29 D1)', () => {
    // 一 = 予以公开 = 总计, the same blank dropped in each: every common cut holds every identity.
    for (const row of [['34', '21', '', '12', '8', '8', '83'], ['3', '5', '34', '15', '', '2', '59'], ROW]) {
      const got = parseRequestsTable(crawled({ [RECEIVED]: row, [GRANTED]: row, [TOTAL]: row }))
      // On main: 3 42 1 1 28 8 83 and 3 5 3 41 5 2 59, no note.
      expect(got.rows.received).toEqual([null, null, null, null, null, null, null])
      expect(got.rows.handledTotal).toEqual([null, null, null, null, null, null, null])
      expect(got.notes.some((n) => n.field === 'requests.received' && n.message.includes('同样的数字'))).toBe(true)
    }
  })
  it('is left unread where no identity can be checked (the table has no other rows)', () => {
    const got = parseRequestsTable(HEAD + LABELS[0] + '211731235' + LABELS[1] + '0000000')
    expect(got.rows.received).toEqual([null, null, null, null, null, null, null])
    expect(got.notes.some((n) => n.field === 'requests.received')).toBe(true)
  })
  it('digits as many as cells are cut one a cell as before', () => {
    expect(parseRequestsTable(HEAD + LABELS[0] + '2011004').rows.received).toEqual([2, 0, 1, 1, 0, 0, 4])
  })
})
