// Table 三 printed with 总计 as its first column, under a header the reader cannot map (review rv26 F2):
// every full row breaks its own total and is emptied, but a row printed one cell short (a blank cell
// not printed: its total cannot be checked) was kept, the column identities placing its numbers, and
// the last printed cell — 其他 — was read as 总计. The guard now judges the rows as first read.
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { textToDocument } from '../../shared/text/text-document'

const ROWS: [string, string][] = [
  ['一、本年新收政府信息公开申请数量', '41 37 4 0 0 0 0'],
  ['二、上年结转政府信息公开申请数量', '5 5 0 0 0 0 0'],
  ['（一）予以公开', '12 10 2 0 0 0 0'],
  ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '6 6 0 0 0 0 0'],
  ['（三）不予公开 1.属于国家秘密', '0 0 0 0 0 0 0'],
  ['（三）不予公开 2.其他法律行政法规禁止公开', '0 0 0 0 0 0 0'],
  ['（三）不予公开 3.危及“三安全一稳定”', '0 0 0 0 0 0 0'],
  ['（三）不予公开 4.保护第三方合法权益', '0 0 0 0 0 0 0'],
  ['（三）不予公开 5.属于三类内部事务信息', '0 0 0 0 0 0 0'],
  ['（三）不予公开 6.属于四类过程性信息', '3 3 0 0 0 0 0'],
  ['（三）不予公开 7.属于行政执法案卷', '0 0 0 0 0 0 0'],
  ['（三）不予公开 8.属于行政查询事项', '0 0 0 0 0 0 0'],
  ['（四）无法提供 1.本机关不掌握相关政府信息', '19 17 2 0 0 0 0'],
  ['（四）无法提供 2.没有现成信息需要另行制作', '0 0 0 0 0 0 0'],
  ['（四）无法提供 3.补正后申请内容仍不明确', '0 0 0 0 0 0 0'],
  ['（五）不予处理 1.信访举报投诉类申请', '0 0 0 0 0 0 0'],
  ['（五）不予处理 2.重复申请', '0 0 0 0 0 0 0'],
  ['（五）不予处理 3.要求提供公开出版物', '0 0 0 0 0 0 0'],
  ['（五）不予处理 4.无正当理由大量反复申请', '0 0 0 0 0 0 0'],
  ['（五）不予处理 5.要求行政机关确认或重新出具已获取信息', '0 0 0 0 0 0 0'],
  ['（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '0 0 0 0 0 0 0'],
  ['（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '0 0 0 0 0 0 0'],
  ['（六）其他处理 3.其他', '0 0 0 0 0 0 0'],
  ['（七）总计', '40 36 4 0 0 0 0'],
  // 总计 6, 自然人 6, the rest 0: one 6 not printed (the report's blank), six numbers left.
  ['四、结转下年度继续办理', '6 0 0 0 0 0'],
]

const text = [
  '某县农业农村局2023年政府信息公开工作年度报告',
  '三、收到和处理政府信息公开申请情况',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  '申请人情况',
  '总计 自然人',
  '法人或其他组织',
  '商业企业',
  '科研',
  '机构',
  '社会',
  '公益',
  '组织',
  '法律服务',
  '机构',
  '其他',
  ...ROWS.map(([label, cells]) => `${label} ${cells}`),
  '四、政府信息公开行政复议、行政诉讼情况',
].join('\n')

describe('table 三 with 总计 printed first and a row one cell short', () => {
  it('reads no cell of the short row into the wrong column', () => {
    const { report, notes } = extractReport(textToDocument(text, 'total-first.txt'))
    const row = report.requests.rows.carriedForward ?? []
    // Under the template's order the last printed cell (其他, 0) would be 总计; the truth is 6.
    expect(row[6] ?? null).toBeNull()
    expect(row.every((x) => x === null)).toBe(true)
    expect(notes.some((n) => n.field === 'requests' && n.message.includes('列序'))).toBe(true)
  })
})
