// Table 三's notes name the true reason, once a row. pdftotext -layout with blank cells not printed
// (a row per line, each number whole) was told 「数字连在一起（N 种拆法）」 — nothing runs together
// there, the numbers' columns (or rows) are what is open — and a row left unread because its
// placement is not proven carried the solver's note as well (「…不能唯一确定其中 6 格」 as if one cell
// were read) beside 「…位置不能证明」. requests-open-words.ts, requests-reading-notes.ts.
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { openReadingsWords } from '../../shared/extract/requests-open-words'

const ROWS: [string, string][] = [
  ['一、本年新收政府信息公开申请数量', '5 5'], ['二、上年结转政府信息公开申请数量', ''], ['三、本年度办理结果', ''],
  ['（一）予以公开', '3 3'], ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ''], ['（三）不予公开', ''],
  ['1.属于国家秘密', ''], ['2.其他法律行政法规禁止公开', ''], ['3.危及“三安全一稳定”', ''], ['4.保护第三方合法权益', ''],
  ['5.属于三类内部事务信息', ''], ['6.属于四类过程性信息', ''], ['7.属于行政执法案卷', ''], ['8.属于行政查询事项', ''],
  ['（四）无法提供', ''], ['1.本机关不掌握相关政府信息', '2 2'], ['2.没有现成信息需要另行制作', ''], ['3.补正后申请内容仍不明确', ''],
  ['（五）不予处理', ''], ['1.信访举报投诉类申请', ''], ['2.重复申请', ''], ['3.要求提供公开出版物', ''], ['4.无正当理由大量反复申请', ''],
  ['5.要求行政机关确认或重新出具已获取信息', ''], ['（六）其他处理', ''], ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', ''],
  ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', ''], ['3.其他', ''], ['（七）总计', '5 5'], ['四、结转下年度继续办理', ''],
]
// pdftotext -layout: a row per line, zeros left blank (so not printed at all).
const LAYOUT = [
  '申请人情况', '自然人　　法人或其他组织　　总计', '商业企业　　科研机构　　社会公益组织　　法律服务机构　　其他',
  ...ROWS.map(([label, nums]) => (nums ? `${label}    ${nums.split(' ').join('    ')}` : label)),
].join('\n')

describe('table 三 notes: the true reason, once a row', () => {
  it('never says digits run together where every number stands apart', () => {
    const r = parseRequestsTable(LAYOUT)
    const t3 = r.notes.filter((n) => n.field.startsWith('requests'))
    expect(t3.length).toBeGreaterThan(10)
    expect(t3.filter((n) => n.message.includes('连在一起')).map((n) => n.message)).toEqual([])
    // Only 一's 总计 is proven (by its label, its last number): the numbers' columns (blank columns
    // everywhere) and, after the rows that print nothing, their rows stay open.
    expect(r.rows.received).toEqual([null, null, null, null, null, null, 5])
    expect(Object.entries(r.rows).filter(([k, row]) => k !== 'received' && row!.some((v) => v !== null))).toEqual([])
  })

  it('gives each row one note', () => {
    const r = parseRequestsTable(LAYOUT)
    const fields = r.notes.filter((n) => n.field.startsWith('requests.')).map((n) => n.field)
    expect(fields.filter((f, i) => fields.indexOf(f) !== i)).toEqual([])
  })

  it('tells cut digits from whole numbers whose columns are open', () => {
    expect(openReadingsWords([[5, null, 5], [null, 5, 5]], true)).toBe('有空白格未印出，其 2 个数字所在的列有 2 种排法')
    expect(openReadingsWords([[1, 2, 3], [12, null, 3]], false)).toBe('的数字连在一起（2 种拆法）')
    expect(openReadingsWords([[null, null, null], [1, null, 1]], true)).toContain('属于哪一行')
  })
})
