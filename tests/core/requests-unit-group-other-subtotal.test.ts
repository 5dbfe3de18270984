// A 2019-template report printing （六）其他处理 with its 小计 AND the 2021 template's three sub-rows (hostile
// review hr37 S1): the sub-rows are read; the 小计 row (the 2019 key otherHandling) is not, and now says so
// with a note (before: left empty without one). A 2021 table (no 小计 on the heading) gets no such note.
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'

const TABLE = [
  '自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计',
  '一、本年新收政府信息公开申请数量    380    38    1    2    5    5    431',
  '二、上年结转政府信息公开申请数量    8    0    0    0    0    0    8',
  '三、本年度办理结果  （一）予以公开    175    10    1    1    3    2    192',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）    51    6    0    0    1    1    59',
  '（三）不予公开  1.属于国家秘密    1    0    0    0    0    0    1',
  '2.其他法律行政法规禁止公开    2    0    0    0    0    0    2',
  '3.危及“三安全一稳定”    2    0    0    0    0    0    2',
  '4.保护第三方合法权益    7    1    0    0    0    0    8',
  '5.属于三类内部事务信息    7    1    0    0    0    0    8',
  '6.属于四类过程性信息    6    1    0    0    0    0    7',
  '7.属于行政执法案卷    7    1    0    0    0    0    8',
  '8.属于行政查询事项    4    1    0    0    0    0    5',
  '（四）无法提供  1.本机关不掌握相关政府信息    42    11    0    1    1    2    57',
  '2.没有现成信息需要另行制作    4    1    0    0    0    0    5',
  '3.补正后申请内容仍不明确    7    1    0    0    0    0    8',
  '（五）不予处理  1.信访举报投诉类申请    10    1    0    0    0    0    11',
  '2.重复申请    29    2    0    0    0    0    31',
  '3.要求提供公开出版物    2    0    0    0    0    0    2',
  '4.无正当理由大量反复申请    2    0    0    0    0    0    2',
  '5.要求行政机关确认或重新出具已获取信息    2    0    0    0    0    0    2',
  '（六）其他处理  小计    7    1    0    0    0    0    8',
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请    3    0    0    0    0    0    3',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请    0    0    0    0    0    0    0',
  '3.其他    4    1    0    0    0    0    5',
  '（七）总计    367    38    1    2    5    5    418',
  '四、结转下年度继续办理    21    0    0    0    0    0    21',
].join('\n')

describe('table 三: （六）其他处理 with 小计 above the 2021 sub-rows', () => {
  it('reads the sub-rows and notes the 小计 row it leaves unread', () => {
    const parse = parseRequestsTable(TABLE)
    expect(parse.rows['otherHandling.noCorrection']).toEqual([3, 0, 0, 0, 0, 0, 3])
    expect(parse.rows['otherHandling.other']).toEqual([4, 1, 0, 0, 0, 0, 5])
    expect(parse.rows.otherHandling ?? null).toBeNull()
    expect(parse.notes.filter((n) => n.field === 'requests.otherHandling').map((n) => n.message)).toEqual([expect.stringContaining('小计')])
  })
  it('no such note where （六）其他处理 only heads its sub-rows', () => {
    const parse = parseRequestsTable(TABLE.replace(/（六）其他处理  小计 [ \d]+\n/, '（六）其他处理\n'))
    expect(parse.rows['otherHandling.other']).toEqual([4, 1, 0, 0, 0, 0, 5])
    expect(parse.notes.filter((n) => n.field === 'requests.otherHandling')).toEqual([])
  })
})
