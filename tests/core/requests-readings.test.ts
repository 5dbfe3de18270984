// Table 三: dashes that the row's total contradicts, cells printed with units, an extra 小计 column,
// labels without numbering, and the other readings the layout allows when the sums fail.
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'

const row = (label: string, cells: (number | string)[]): string => `${label} ${cells.join(' ')}`

describe('table 三 dash cells', () => {
  it('reads a dash as 0 where the row total agrees', () => {
    const got = parseRequestsTable(row('一、本年新收政府信息公开申请数量', [3, '—', 0, 0, 0, 0, 3]))
    expect(got.rows.received).toEqual([3, 0, 0, 0, 0, 0, 3])
  })
  it('leaves a dash empty, with a note naming the row, where the row total contradicts 0', () => {
    const got = parseRequestsTable(row('一、本年新收政府信息公开申请数量', [3, '—', 0, '／', 0, 0, 5]))
    expect(got.rows.received).toEqual([3, null, 0, null, 0, 0, 5])
    expect(got.notes.some((n) => n.field === 'requests.received' && n.message.includes('本年新收'))).toBe(true)
  })
})

describe('table 三 labels without numbering', () => {
  it('reads 其他 and 总计 printed bare (crawled text) where their neighbours place them, not the 总计 column heading', () => {
    const text = [
      '申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他',
      row('本年新收政府信息公开申请数量', [2, 0, 0, 0, 0, 0, 2]),
      row('上年结转政府信息公开申请数量', [0, 0, 0, 0, 0, 0, 0]),
      row('予以公开', [1, 0, 0, 0, 0, 0, 1]),
      row('申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', [0, 0, 0, 0, 0, 0, 0]),
      row('申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', [0, 0, 0, 0, 0, 0, 0]),
      row('其他', [1, 0, 0, 0, 0, 0, 1]),
      row('总计', [2, 0, 0, 0, 0, 0, 2]),
      row('结转下年度继续办理', [0, 0, 0, 0, 0, 0, 0]),
    ].join('')
    const got = parseRequestsTable(text)
    expect(got.rows['otherHandling.other']).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(got.rows.handledTotal).toEqual([2, 0, 0, 0, 0, 0, 2])
    expect(got.rows.carriedForward).toEqual([0, 0, 0, 0, 0, 0, 0])
  })
  it('reads （六）其他处理 printed as 其他处理 in the one-row (2019) layout', () => {
    const text = [
      row('信访举报投诉类申请', [0, 0, 0, 0, 0, 0, 0]),
      row('其他处理', [3, 0, 0, 0, 0, 0, 3]),
      row('（七）总计', [3, 0, 0, 0, 0, 0, 3]),
    ].join('\n')
    expect(parseRequestsTable(text).rows.otherHandling).toEqual([3, 0, 0, 0, 0, 0, 3])
  })
  it('ends the table at table 四’s header when no heading stands between them', () => {
    const text = [row('四、结转下年度继续办理', [1, 0, 0, 0, 0, 0, 1]), '行政复议 行政诉讼', '结果维持 结果纠正 其他结果 尚未审结 总计', '1 0 0 0 1 0 0 0 0 0 0 0 0 0 0'].join('\n')
    expect(parseRequestsTable(text).rows.carriedForward).toEqual([1, 0, 0, 0, 0, 0, 1])
  })
})

describe('table 三 other readings: a page number among the cells', () => {
  it('leaves out a page number printed among a group’s cells where every row total then holds', () => {
    // Labels printed as a group before their numbers, a bare page number "9" after the first row.
    const text = ['（一）予以公开', '（二）部分公开', ...[3, 1, 0, 0, 0, 0, 4], 9, ...[2, 0, 0, 0, 0, 0, 2]].join('\n')
    const got = parseRequestsTable(text)
    expect(got.rows.granted).toEqual([3, 1, 0, 0, 0, 0, 4])
    expect(got.rows.partiallyGranted).toEqual([2, 0, 0, 0, 0, 0, 2])
    expect(got.how.granted).toBe('sums')
    expect(got.notes.some((n) => n.message.includes('（9）'))).toBe(true)
  })
  it('reads a row whose page number stands on a line of its own after it', () => {
    const text = [row('（七）总计', [9, 0, 0, 0, 0, 0, 9]), '4', '', row('四、结转下年度继续办理', [0, 0, 0, 0, 0, 0, 0])].join('\n')
    expect(parseRequestsTable(text).rows.handledTotal).toEqual([9, 0, 0, 0, 0, 0, 9])
  })
  it('does not leave anything out where two readings fit, nor to "repair" a wrong total', () => {
    // Leaving out the 4 ([1,0,0,0,0,5,6]) or the 6 ([4,1,0,0,0,0,5]) both make the rows add up.
    const twoWays = ['（一）予以公开', '（二）部分公开', ...[4, 1, 0, 0, 0, 0, 5], 6, ...[2, 0, 0, 0, 0, 0, 2]].join('\n')
    const got = parseRequestsTable(twoWays)
    expect(got.rows.partiallyGranted ?? null).toBeNull()
    expect(got.notes.some((n) => n.field === 'requests.granted')).toBe(true)
    const wrongTotal = ['（一）予以公开', '（二）部分公开', ...[4, 1, 0, 0, 0, 0, 6], 6, ...[2, 0, 0, 0, 0, 0, 2]].join('\n')
    expect(parseRequestsTable(wrongTotal).rows.granted ?? null).toBeNull()
  })
})

describe('table 三 cells printed with their unit', () => {
  it('reads cells printed as 5件, but not a count in the sentence before the table', () => {
    const text = [
      '本年度新收政府信息公开申请5件，上年结转1件。',
      row('一、本年新收政府信息公开申请数量', ['4件', '1件', '0件', '0件', '0件', '0件', '5件']),
      row('二、上年结转政府信息公开申请数量', ['1件', '0件', '0件', '0件', '0件', '0件', '1件']),
    ].join('\n')
    const got = parseRequestsTable(text)
    expect(got.rows.received).toEqual([4, 1, 0, 0, 0, 0, 5])
    expect(got.rows.carriedOver).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(got.how.received).toBe('label')
  })
})

describe('table 三 with an extra 小计 column', () => {
  const head = '申请人情况\n自然人 法人或其他组织 总计\n商业企业 科研机构 社会公益组织 法律服务机构 其他 小计'
  it('leaves the 小计 column out where the rows’ sums place it', () => {
    const text = [
      head,
      row('一、本年新收政府信息公开申请数量', [5, 2, 1, 0, 0, 0, 3, 8]),
      row('二、上年结转政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 0, 1]),
    ].join('\n')
    const got = parseRequestsTable(text)
    expect(got.rows.received).toEqual([5, 2, 1, 0, 0, 0, 8])
    expect(got.rows.carriedOver).toEqual([1, 0, 0, 0, 0, 0, 1])
    // Three rows' labels printed before their 24 numbers.
    const grouped = [head, '（一）予以公开', '（二）部分公开', '1.属于国家秘密', ...[4, 1, 0, 0, 0, 0, 1, 5], ...[2, 0, 0, 1, 0, 0, 1, 3], ...[0, 0, 0, 0, 0, 0, 0, 0]].join('\n')
    const g = parseRequestsTable(grouped)
    expect(g.rows.granted).toEqual([4, 1, 0, 0, 0, 0, 5])
    expect(g.rows.partiallyGranted).toEqual([2, 0, 0, 1, 0, 0, 3])
    expect(g.rows['withheld.stateSecret']).toEqual([0, 0, 0, 0, 0, 0, 0])
  })
  it('leaves out a page number among eight-cell rows where the sums single it out', () => {
    const text = [head, '（一）予以公开', '（二）部分公开', ...[4, 1, 0, 0, 0, 0, 1, 5], 9, ...[2, 0, 0, 1, 0, 0, 1, 3]].join('\n')
    const got = parseRequestsTable(text)
    expect(got.rows.granted).toEqual([4, 1, 0, 0, 0, 0, 5])
    expect(got.rows.partiallyGranted).toEqual([2, 0, 0, 1, 0, 0, 3])
  })
  it('finds 小计 printed before the five columns too', () => {
    const text = [head.replace('其他 小计', '其他').replace('商业企业', '小计 商业企业'), row('一、本年新收政府信息公开申请数量', [5, 3, 2, 1, 0, 0, 0, 8])].join('\n')
    expect(parseRequestsTable(text).rows.received).toEqual([5, 2, 1, 0, 0, 0, 8])
  })
  it('leaves rows unread, with notes, where no row’s sums place the column', () => {
    const text = [head, row('一、本年新收政府信息公开申请数量', [5, 2, 1, 0, 0, 0, 9, 8])].join('\n')
    const got = parseRequestsTable(text)
    expect(got.rows.received ?? null).toBeNull()
    expect(got.notes.some((n) => n.field === 'requests.received' && n.message.includes('小计'))).toBe(true)
  })
})

describe('table 三 other readings: a row one cell short', () => {
  const table = (last: (number | string)[]): string =>
    [
      row('一、本年新收政府信息公开申请数量', [3, 1, 0, 0, 0, 0, 4]),
      row('二、上年结转政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 1]),
      row('（一）予以公开', [3, 0, 0, 0, 0, 0, 3]),
      row('（七）总计', [3, 0, 0, 0, 0, 0, 3]),
      row('四、结转下年度继续办理', last),
    ].join('\n')
  it('places the cells where the column sums prove it, and leaves the missing (blank) one empty', () => {
    // 一 + 二 = （七） + 四 column by column: 四 is [1, 1, 0, 0, 0, 0, ?]; its total cell was blank.
    const got = parseRequestsTable(table([1, 1, 0, 0, 0, 0]))
    expect(got.rows.carriedForward).toEqual([1, 1, 0, 0, 0, 0, null])
    expect(got.how.carriedForward).toBe('sums')
    expect(got.notes.some((n) => n.field === 'requests.carriedForward' && n.message.includes('少一格'))).toBe(true)
  })
  it('reads nothing of the row where the sums do not single out one place', () => {
    // With the report's own error in the 自然人 column no place fits: nothing is read.
    const got = parseRequestsTable(table([5, 1, 0, 0, 0, 0]))
    expect(got.rows.carriedForward?.every((v) => v === null) ?? true).toBe(true)
  })
})

describe('table 三 other readings: a label swallowed by its neighbour', () => {
  it('leaves the unlabelled row unread where the sums cannot prove it, with one note that says so', () => {
    const text = [
      row('一、本年新收政府信息公开申请数量', [3, 1, 0, 0, 0, 0, 4]),
      row('（一）予以公开', [2, 0, 0, 0, 0, 0, 2]),
      // A label the patterns do not know: its cells follow 予以公开's.
      row('（二）部份公幵', [1, 1, 0, 0, 0, 0, 2]),
    ].join('\n')
    const got = parseRequestsTable(text)
    expect(got.rows.partiallyGranted?.every((v) => v === null)).toBe(true)
    const mine = got.notes.filter((n) => n.field === 'requests.partiallyGranted')
    expect(mine).toHaveLength(1)
    expect(mine[0]!.message).toContain('未读取')
  })
})
