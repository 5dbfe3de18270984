// Rows right after a 「其中：」 row of table 三 (review rv17c s02–s21): a template row whose label the
// patterns miss (a typo, no ordinal) is read as that row; parts whose labels hold a template row's words
// (本年新收网络申请, 予以公开（网上）) are skipped with the other parts; the skipped rows' notes say what is true.
import { describe, expect, it } from 'vitest'
import { read, report, table3, table4 } from './report-text'

const row = (label: string, ...v: number[]): string => [label, ...v].join('\t')
const OF = row('其中：当面申请', 4, 0, 0, 0, 0, 0, 4)
const messages = (ex: ReturnType<typeof read>): string => ex.notes.map((n) => n.message).join('\n')
const allRead = (ex: ReturnType<typeof read>): boolean => Object.values(ex.report.requests.rows).flat().every((v) => v !== null)

/** table3(1) with `label` put for row `at` (its numbers kept) and `rows` inserted before it. */
function withRows(at: number, label: string | null, rows: string[]): string {
  const t3 = table3(1)
  if (label !== null) t3[at] = [label, ...t3[at]!.split('\t').slice(1)].join('\t')
  t3.splice(at, 0, ...rows)
  return report(t3, table4(1))
}

describe('a template row right after a 其中 row', () => {
  it('with a typo and without 政府信息公开 (上年接转申请数量) is read as 二、上年结转', () => {
    const ex = read(withRows(2, '上年接转申请数量', [OF]))
    expect(ex.report.requests.rows.carriedOver).toEqual([2, 0, 0, 0, 0, 0, 2])
    expect(allRead(ex)).toBe(true)
    expect(messages(ex)).not.toContain('上年接转申请数量')
  })

  it('after two parts (网络申请, then 上年接转申请数量): the parts skipped, the row read', () => {
    const ex = read(withRows(2, '上年接转申请数量', [OF, row('网络申请', 10, 0, 0, 0, 0, 0, 10)]))
    expect(ex.report.requests.rows.carriedOver).toEqual([2, 0, 0, 0, 0, 0, 2])
    expect(allRead(ex)).toBe(true)
    expect(messages(ex)).toContain('「网络申请」一行也不是模板中的行')
  })

  it('总计 without （七） after a 其中 row under 3.其他 is read as （七）总计', () => {
    const ex = read(withRows(29, '总计', [row('其中：逾期未答复', 0, 0, 0, 0, 0, 0, 0)]))
    expect(ex.report.requests.rows.handledTotal).toEqual([17, 0, 0, 0, 0, 0, 17])
    expect(allRead(ex)).toBe(true)
    expect(messages(ex)).not.toContain('表三未找到')
  })

  it('部份公开 (a typo of 部分公开) after a 其中 row under （一）予以公开 is read as （二）部分公开', () => {
    const ex = read(withRows(5, '部份公开', [row('其中：当场答复', 2, 0, 0, 0, 0, 0, 2)]))
    expect(ex.report.requests.rows.partiallyGranted).toEqual([3, 0, 0, 0, 0, 0, 3])
    expect(allRead(ex)).toBe(true)
  })
})

describe('parts after a 其中 row whose labels hold a template row’s words', () => {
  it('本年新收网络申请 under 一 (whose row is printed above): skipped, every template row read', () => {
    const ex = read(withRows(2, null, [OF, row('本年新收网络申请', 10, 0, 0, 0, 0, 0, 10)]))
    expect(allRead(ex)).toBe(true)
    expect(ex.report.requests.rows.carriedOver).toEqual([2, 0, 0, 0, 0, 0, 2])
    expect(messages(ex)).toContain('「本年新收网络申请」一行也不是模板中的行')
  })

  it('结转下年度 under a 其中 row before 四、结转下年度继续办理: skipped, 四 read from its own row', () => {
    const ex = read(withRows(30, null, [row('其中：本年办结', 16, 0, 0, 0, 0, 0, 16), row('结转下年度', 1, 0, 0, 0, 0, 0, 1)]))
    expect(allRead(ex)).toBe(true)
    expect(ex.report.requests.rows.carriedForward).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(messages(ex)).toContain('「结转下年度」一行也不是模板中的行')
  })

  it('a part with brackets (予以公开（网上）) is skipped like the others', () => {
    const ex = read(withRows(5, null, [row('其中：当场答复', 2, 0, 0, 0, 0, 0, 2), row('予以公开（网上）', 4, 0, 0, 0, 0, 0, 4)]))
    expect(allRead(ex)).toBe(true)
    expect(messages(ex)).toContain('「予以公开（网上）」一行也不是模板中的行')
  })
})

describe('the skipped rows’ notes', () => {
  it('say 「其余各行照常读取」 only where every other row was read', () => {
    const read1 = read(withRows(2, null, [OF]))
    expect(allRead(read1)).toBe(true)
    expect(messages(read1)).toContain('（其余各行照常读取）')
    // The same table with 二's numbers gone: that row is not read, and the note no longer says all were.
    const t3 = table3(1)
    t3[2] = t3[2]!.split('\t')[0]!
    t3.splice(2, 0, OF)
    const ex = read(report(t3, table4(1)))
    expect(ex.report.requests.rows.carriedOver?.some((v) => v !== null) ?? false).toBe(false)
    expect(messages(ex)).not.toContain('（其余各行照常读取）')
    expect(messages(ex)).toContain('其中有未能读取的行')
  })

  it('a part whose label is as near a missing row’s as that row’s own printed label: left unread with a note saying so', () => {
    const ex = read(withRows(2, '二、上年接转申请数量', [OF, row('上年接转申请数量', 9, 0, 0, 0, 0, 0, 9)]))
    // Never the part's numbers for 二.
    expect(ex.report.requests.rows.carriedOver?.[0] === 9).toBe(false)
    expect(messages(ex)).toMatch(/「上年接转申请数量」一行，行名与「二、上年结转政府信息公开申请数量」相近，但不能确定/)
  })
})
