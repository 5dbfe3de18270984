// Table 三 whose zeros are printed blank in text where a blank leaves nothing behind (pdftotext
// -layout and plain, a crawled cell per line): a row prints only its non-zero cells, so the count of a
// run does not tell where one row ends (requests-short-rows.ts; issue 10). Before the fix:
// - a row whose next row's label was not found took that row's numbers, one of them left out "as a
//   page number" because the row's total then held by chance (「1 1 2」 + 「14 4 1 1 20」 read
//   1 | 1 | 2 | 14 | 1 | 1 | 20);
// - a short row's line was dropped as strays beside the next row's seven numbers, read as its own
//   (「21 21」 + 「160 32 1 1 3 4 201」 read 160 | 32 | 1 | 1 | 3 | 4 | 201);
// - numbers after 「4.无正当理由」 (a label wrapped around them, not found) were placed under the
//   label before it, 「3.要求提供公开出版物」, the column sums unable to tell sibling rows apart;
// - a short row and the page number after it, seven numbers in all, were read "by label" as the
//   report's own row that does not add up (「65 16 1 3 4 89」 + page 「5」 read 65 | 16 | 1 | 3 | 4 | 89 | 5).
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { REQUEST_ROW_LABELS } from '../../shared/model/template-labels'
import type { RequestRowKey } from '../../shared/model/report'

const HEAD = '申请人情况\n自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计'
const row = (k: RequestRowKey, nums: string): string => `${REQUEST_ROW_LABELS[k]}    ${nums}`
const noted = (got: ReturnType<typeof parseRequestsTable>, k: RequestRowKey): boolean => got.notes.some((n) => n.field === `requests.${k}`)
const unread = (got: ReturnType<typeof parseRequestsTable>, k: RequestRowKey): boolean => got.rows[k]?.every((x) => x === null) ?? true

describe('table 三 with its zeros blank and dropped', () => {
  it('does not leave a number out of a run to make a row add up when the number is not where a page number stands', () => {
    // （一）予以公开's label is not found (its words broken by another column): its numbers follow 二's.
    const text = [HEAD, row('received', '28    10    1    1    40'), row('carriedOver', '1    1    2'), '三、本年度办理结果  予  以', '   14    4    1    1    20', row('partiallyGranted', '4    2    6')].join('\n')
    const got = parseRequestsTable(text)
    expect(got.rows.carriedOver?.join() ?? '').not.toBe('1,1,2,14,1,1,20')
    expect(unread(got, 'carriedOver')).toBe(true)
    expect(noted(got, 'carriedOver')).toBe(true)
  })

  it('does not drop a short row\'s line as strays beside a line of seven numbers (another row whose label was not found)', () => {
    const text = [HEAD, row('received', '447    76    3    2    6    12    546'), row('carriedOver', '21    21'), '三、本年度办理结果  予  以   160    32    1    1    3    4    201', row('partiallyGranted', '68    10    1    1    1    2    83'), row('withheld.stateSecret', '1    1')].join('\n')
    const got = parseRequestsTable(text)
    expect(got.rows.carriedOver?.join() ?? '').not.toBe('160,32,1,1,3,4,201')
    expect(unread(got, 'carriedOver')).toBe(true)
    expect(noted(got, 'carriedOver')).toBe(true)
  })

  it('does not place numbers after another row\'s label, not found whole, by the label before it', () => {
    // pdftotext -layout of a table with a narrow label column: 「4.无正当理由大量反复申请」 wrapped around
    // its numbers is not found, and 「3.要求提供公开出版物」 printed nothing; the column sums cannot tell
    // these sibling rows apart.
    const body = [
      '一、本年新收政',
      '府信息公开申请    67    17    1    3    4    92',
      '数量',
      '二、上年结转政',
      '府信息公开申请    1    1',
      '数量',
      '三、本年度办理  （一）予以公开    6    6    1    1    2    16',
      '结果',
      '（二）部分公开',
      '（区分处理的，    12    3    1    1    17',
      '只计这一情形，',
      '不计其他情形）',
      '（三）不予公开  1.属于国家秘',
      '\u3000\u3000\u3000\u3000\u3000\u3000\u3000  密',
      '2.其他法律行',
      '政法规禁止公开',
      '3.危及“三安',
      '全一稳定”',
      '4.保护第三方    1    1    2',
      '合法权益',
      '5.属于三类内    3    1    4',
      '部事务信息',
      '6.属于四类过    1    1',
      '程性信息',
      '7.属于行政执    1    1',
      '法案卷',
      '8.属于行政查',
      '询事项',
      '（四）无法提供  1.本机关不掌    28    3    1    1    33',
      '\u3000\u3000\u3000\u3000\u3000\u3000\u3000  握相关政府信息',
      '2.没有现成信    1    1',
      '息需要另行制作',
      '3.补正后申请    1    1    2',
      '内容仍不明确',
      '（五）不予处理  1.信访举报投    2    2',
      '\u3000\u3000\u3000\u3000\u3000\u3000\u3000  诉类申请',
      '2.重复申请\u3000    5    1    6',
      '3.要求提供公',
      '开出版物',
      '4.无正当理由    1    1',
      '大量反复申请',
      '5.要求行政机',
      '关确认或重新出    1    1',
      '具已获取信息',
      '（六）其他处理  1.申请人无正',
      '\u3000\u3000\u3000\u3000\u3000\u3000\u3000  当理由逾期不补',
      '\u3000\u3000\u3000\u3000\u3000\u3000\u3000  正、行政机关不    1    1',
      '\u3000\u3000\u3000\u3000\u3000\u3000\u3000  再处理其政府信',
      '\u3000\u3000\u3000\u3000\u3000\u3000\u3000  息公开申请',
      '2.申请人逾期',
      '未按收费通知要',
      '求缴纳费用、行',
      '政机关不再处理',
      '其政府信息公开',
      '申请',
      '3.其他\u3000\u3000\u3000    1    1',
      '（七）总计\u3000\u3000    65    16    1    3    4    89',
      '四、结转下年度    3    1    4',
      '继续办理',
    ]
    const got = parseRequestsTable([HEAD, ...body].join('\n'))
    expect(got.rows['notProcessed.publication']?.some((x) => x !== null) ?? false).toBe(false)
    expect(noted(got, 'notProcessed.publication')).toBe(true)
  })

  it('still leaves out a number that stands where a page number does, the row then adding up', () => {
    const lines = [HEAD, row('received', '3    1    4'), row('handledTotal', ''), '442', '75', '3', '2', '6', '12', '540', '4', '']
    const text = lines.join('\n')
    const pageAt = text.length
    const withPage = parseRequestsTable(`${text}${row('carriedForward', '1    1')}`, '', { pageStarts: [pageAt] })
    expect(withPage.rows.handledTotal).toEqual([442, 75, 3, 2, 6, 12, 540])
    // Without the page break the 「4」 is a number like any other: the row is proven only by the table's sums.
    const noPage = parseRequestsTable(`${text}${row('carriedForward', '1    1')}`)
    expect(unread(noPage, 'handledTotal')).toBe(true)
    expect(noted(noPage, 'handledTotal')).toBe(true)
  })

  it('does not read seven numbers after a label "as printed" when they do not add up (a short row and a page number)', () => {
    const text = [HEAD, row('received', '3    1    4'), row('handledTotal', ''), '65', '16', '1', '3', '4', '89', '5', '', row('carriedForward', '3    1    4')].join('\n')
    const got = parseRequestsTable(text)
    expect(unread(got, 'handledTotal')).toBe(true)
    expect(got.notes.find((n) => n.field === 'requests.handledTotal')?.message).toMatch(/零格留空/)
  })

  it('keeps reading a row of seven that does not add up "as printed" where the table writes its zeros', () => {
    const text = [HEAD, row('received', '3    1    0    0    0    0    4'), row('handledTotal', '65    16    1    3    4    0    90'), row('carriedForward', '3    1    0    0    0    0    4')].join('\n')
    expect(parseRequestsTable(text).rows.handledTotal).toEqual([65, 16, 1, 3, 4, 0, 90])
  })
})
