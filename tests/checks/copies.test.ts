// Copies of one report (same body and year) and second versions (更正版), through checkAll and the
// grouping itself: the finding of copies that differ, the later version winning, bounded output.
import { describe, expect, it } from 'vitest'
import { checkAll, type CheckInput } from '../../shared/checks/index'
import { groupCopies, primaryOf } from '../../shared/identity/copies'
import type { Extraction } from '../../shared/model/extraction'
import type { Flag } from '../../shared/model/flag'
import { makeReport } from './make-report'

const input = (id: string, extraction: Extraction, fileName = `${id}.pdf`): CheckInput => ({ id, fileName, extraction })
const idsOf = (m: Map<string, Flag[]>, id: string) => (m.get(id) ?? []).map((f) => f.id)
const flagOf = (m: Map<string, Flag[]>, id: string, check: string) => (m.get(id) ?? []).find((f) => f.id === check)

describe('COPIES_DIFFER', () => {
  it('two copies with one differing cell: both flagged, both values side by side', () => {
    const pdf = makeReport({ year: 2022 })
    const docx = structuredClone(pdf)
    docx.report.requests.rows.granted = [...docx.report.requests.rows.granted!]
    const before = pdf.report.requests.rows.granted![6]!
    docx.report.requests.rows.granted[6] = before + 5
    const out = checkAll([input('p', pdf, '年报.pdf'), input('d', docx, '年报草稿.docx')])
    for (const id of ['p', 'd']) {
      const f = flagOf(out, id, 'COPIES_DIFFER')!
      expect(f, id).toBeDefined()
      expect(f.message).toContain('（一）予以公开·总计')
      expect(f.message).toContain(`${before}（「年报.pdf」）`)
      expect(f.message).toContain(`${before + 5}（「年报草稿.docx」）`)
      expect(f.message).toContain('1 处')
      const cell = f.evidence.find((e) => e.kind === 'metric')
      expect(cell).toMatchObject({ field: 'requests.granted[6]', value: id === 'p' ? before : before + 5 })
    }
    expect(idsOf(out, 'p')).not.toContain('DUPLICATE_REPORT')
  })

  it('a cell one copy could not read is no difference', () => {
    const pdf = makeReport({ year: 2022 })
    const html = structuredClone(pdf)
    html.report.requests.rows.granted = [...html.report.requests.rows.granted!]
    html.report.requests.rows.granted[6] = null
    const out = checkAll([input('p', pdf), input('h', html)])
    expect(idsOf(out, 'p')).not.toContain('COPIES_DIFFER')
    expect(idsOf(out, 'h')).not.toContain('COPIES_DIFFER')
  })

  it('2,000 copies, one of them different: flags stay small', () => {
    const base = makeReport({ year: 2022 })
    const inputs = Array.from({ length: 2000 }, (_, i) => input(`c${i}`, base, `copy-${i}.txt`))
    const odd = structuredClone(base)
    odd.report.metrics.activeDisclosureItems = 999_999
    inputs.push(input('odd', odd, 'odd.txt'))
    const out = checkAll(inputs)
    const f = flagOf(out, 'c7', 'COPIES_DIFFER')!
    expect(f.message).toContain('等 2000 份')
    expect(f.evidence.length).toBeLessThanOrEqual(12 + 10)
    expect(JSON.stringify([...out.values()]).length).toBeLessThan(2001 * 2000)
  })
})

describe('copies where one leaves its zeros blank (review s5, I1)', () => {
  const withBlanks = () => {
    const printed = makeReport({ year: 2022 })
    printed.report.requests.rows['otherHandling.feeUnpaid'] = [0, 0, 0, 0, 0, 0, 0]
    const blank = structuredClone(printed)
    blank.report.requests.rows['otherHandling.feeUnpaid'] = [null, null, null, null, null, null, null]
    return [input('zeros', printed, '年报.html'), input('blank', blank, '年报-空白.html')]
  }

  it('COPIES_DIFFER says which copy leaves cells empty where the other prints 0', () => {
    const out = checkAll(withBlanks())
    for (const id of ['zeros', 'blank']) {
      const f = flagOf(out, id, 'COPIES_DIFFER')!
      expect(f, id).toBeDefined()
      expect(f.message).toContain('「年报-空白.html」有 7 个表格单元格空白，其他副本在这些位置印为 0')
      expect(f.message).not.toContain('数字不一致')
    }
  })

  it('cells a copy could not read (a note names the row) are not called blank (review rv21: an OFD copy)', () => {
    const [zeros, blank] = withBlanks()
    blank!.extraction.notes.push({ field: 'requests.otherHandling.feeUnpaid', message: '表三「2.申请人逾期未按收费通知要求缴纳费用…」行未读取。' })
    const out = checkAll([zeros!, blank!])
    // The same print read less completely is no finding about the report.
    expect(idsOf(out, 'blank')).not.toContain('COPIES_DIFFER')
    expect(idsOf(out, 'zeros')).not.toContain('COPIES_DIFFER')
    // With a real difference besides, the unread cells are named as unread, never as printed blank.
    zeros!.extraction.report.requests.rows.granted = [...zeros!.extraction.report.requests.rows.granted!]
    zeros!.extraction.report.requests.rows.granted[6] = zeros!.extraction.report.requests.rows.granted[6]! + 2
    const f = flagOf(checkAll([zeros!, blank!]), 'blank', 'COPIES_DIFFER')!
    expect(f.message).toContain('「年报-空白.html」有 7 个表格单元格未能读取（原因见该副本的说明）')
    expect(f.message).not.toContain('个表格单元格空白')
  })

  it('a row the copy prints blank stays blank whatever its notes say of it or of the table (review rv21b)', () => {
    const [zeros, blank] = withBlanks()
    blank!.extraction.notes.push({ field: 'requests.otherHandling.feeUnpaid', message: '表三「2.申请人逾期未按收费通知要求缴纳费用…」行各格都是空白（未印数字），留空，未当作 0。' })
    blank!.extraction.notes.push({ field: 'requests', message: '表三中有不属于任何行的数字“6”，未读取。' })
    const f = flagOf(checkAll([zeros!, blank!]), 'blank', 'COPIES_DIFFER')!
    expect(f.message).toContain('「年报-空白.html」有 7 个表格单元格空白，其他副本在这些位置印为 0')
  })

  it("'each-copy': each copy gets its own verdicts (the blank copy its TABLE_CELL_BLANK, the other none)", () => {
    const inputs = withBlanks()
    const each = checkAll(inputs, undefined, { verdicts: 'each-copy' })
    expect(idsOf(each, 'blank')).toContain('TABLE_CELL_BLANK')
    expect(idsOf(each, 'zeros')).not.toContain('TABLE_CELL_BLANK')
    // The default gives every copy the verdicts of the copy used (the one with the zeros).
    expect(idsOf(checkAll(inputs), 'blank')).not.toContain('TABLE_CELL_BLANK')
  })

  it("'each-copy': a verdict the copy could not reach itself comes from the copy used, and says so", () => {
    const read = makeReport({ year: 2022 })
    read.report.requests.rows.received = [11, 2, 0, 0, 0, 0, 13] // 一+二 ≠ 三（七）+四: REQUESTS_IDENTITY
    const scan = structuredClone(read)
    scan.report.requests.rows.received = null as never
    const each = checkAll([input('read', read, '年报.pdf'), input('scan', scan, '年报扫描.pdf')], undefined, { verdicts: 'each-copy' })
    const own = flagOf(each, 'read', 'REQUESTS_IDENTITY')!
    expect(own.message).not.toContain('据同一报告所用副本')
    const inherited = flagOf(each, 'scan', 'REQUESTS_IDENTITY')!
    expect(inherited.message).toBe(`据同一报告所用副本「年报.pdf」：${own.message}`)
  })
})

/** A department's report first published on `firstOn` and its 更正版 dated `fixedOn` (same numbers). */
function firstAndFixed(firstOn: string, fixedOn: string): { first: Extraction; fixed: Extraction } {
  const first = makeReport({ year: 2022, publishedOn: firstOn })
  const fixed = structuredClone(first)
  fixed.report.publishedOn = fixedOn
  fixed.preamble = '云溪市测试局2022年政府信息公开工作年度报告（更正版）'
  return { first, fixed }
}

describe('DUPLICATE_REPORT: a second version of the same year', () => {
  it('a 更正版 wins over the first publication; both are kept and named', () => {
    const { first, fixed } = firstAndFixed('2023-01-20', '2023-02-10')
    const out = checkAll([input('fixed', fixed, 'b.pdf'), input('first', first, 'a.pdf')])
    expect(flagOf(out, 'first', 'DUPLICATE_REPORT')!.message).toContain('本份为较早版本')
    expect(flagOf(out, 'fixed', 'DUPLICATE_REPORT')!.message).toContain('本份为较新版本')
    expect(idsOf(out, 'first')).not.toContain('COPIES_DIFFER')
  })

  it('names the cells the 更正版 changed, on both versions', () => {
    const { first, fixed } = firstAndFixed('2023-01-20', '2023-02-10')
    fixed.report.requests.rows.granted = [...first.report.requests.rows.granted!]
    const was = first.report.requests.rows.granted![6]!
    fixed.report.requests.rows.granted[6] = was + 3
    const out = checkAll([input('fixed', fixed, 'b.pdf'), input('first', first, 'a.pdf')])
    for (const id of ['first', 'fixed']) {
      const f = flagOf(out, id, 'DUPLICATE_REPORT')!
      expect(f.message, id).toContain(`较新版本改动 1 处数字：表三 （一）予以公开·总计：${was} → ${was + 3}`)
      expect(f.evidence.find((e) => e.kind === 'metric'), id).toMatchObject({ field: 'requests.granted[6]', value: id === 'first' ? was : was + 3 })
    }
  })

  it('a 更正版 dated after the deadline is not late when the first version was on time', () => {
    // A department's report: due 31 January.
    const { first, fixed } = firstAndFixed('2023-01-20', '2023-04-10')
    const out = checkAll([input('fixed', fixed, 'b.pdf'), input('first', first, 'a.pdf')])
    expect(idsOf(out, 'fixed')).not.toContain('PUBLISHED_LATE')
    expect(flagOf(out, 'fixed', 'DUPLICATE_REPORT')!.message).toContain('两版本均读出的数字没有不同')
    // A first version that was late itself: the flag stays, with the first version's date.
    const lateFirst = structuredClone(first)
    lateFirst.report.publishedOn = '2023-03-02'
    const out2 = checkAll([input('fixed', fixed, 'b.pdf'), input('first', lateFirst, 'a.pdf')])
    const late = flagOf(out2, 'fixed', 'PUBLISHED_LATE')!
    expect(late.message).toContain('首次发布的版本「a.pdf」')
    expect(late.message).toContain('2023年3月2日')
  })

  it('the first publication is the earliest dated version, even when that is the 更正版 (review rv20c 3)', () => {
    const { first: plain, fixed } = firstAndFixed('2023-03-05', '2023-01-28')
    const out = checkAll([input('fixed', fixed, 'b.pdf'), input('plain', plain, 'a.pdf')])
    expect(idsOf(out, 'fixed')).not.toContain('PUBLISHED_LATE')
    // The copy dated March came after the first publication: not late either.
    expect(idsOf(out, 'plain')).not.toContain('PUBLISHED_LATE')
  })

  it('a late 更正版 beside an undated first version says the first date is unknown (review rv20c dupA)', () => {
    const { first, fixed } = firstAndFixed('2023-01-20', '2023-04-10')
    first.report.publishedOn = null
    const out = checkAll([input('fixed', fixed, 'b.pdf'), input('first', first, 'a.pdf')])
    const late = flagOf(out, 'fixed', 'PUBLISHED_LATE')!
    expect(late.message).toContain('另有未注明日期的版本「a.pdf」，首次发布日期不明')
    expect(idsOf(out, 'first')).not.toContain('PUBLISHED_LATE')
  })

  it('the later version is the one the next year is checked against', () => {
    const first = makeReport({ year: 2022, publishedOn: '2023-01-20' })
    first.report.requests.rows.carriedForward = [9, 0, 0, 0, 0, 0, 9]
    const fixed = makeReport({ year: 2022, publishedOn: '2023-03-01' })
    const next = makeReport({ year: 2023 })
    next.report.requests.rows.carriedOver = fixed.report.requests.rows.carriedForward
    const out = checkAll([input('first', first), input('fixed', fixed), input('next', next)])
    expect(idsOf(out, 'next')).not.toContain('CARRYOVER_MISMATCH')
  })
})

describe('groupCopies', () => {
  const facts = (id: string, readScore: number, publishedOn: string | null = '2023-01-20', revised = false) => ({
    id, seriesKey: 'k', year: 2022, publishedOn, revised, readScore,
  })
  it('uses the best-read copy, or the one the user chose; an undated copy joins its dated version', () => {
    const items = [facts('a', 10), facts('b', 30), facts('c', 20, null)]
    const [r] = groupCopies(items, (x) => x)
    expect(r!.versions).toHaveLength(1)
    expect(primaryOf(r!).id).toBe('b')
    expect(primaryOf(groupCopies(items, (x) => x, new Set(['a']))[0]!).id).toBe('a')
  })
  it('orders versions: earlier date first, a revised title last', () => {
    const items = [facts('r', 1, '2023-01-01', true), facts('late', 1, '2023-05-01'), facts('early', 1, '2023-01-01')]
    const [r] = groupCopies(items, (x) => x)
    expect(r!.versions.map((v) => v.copies[0]!.id)).toEqual(['early', 'late', 'r'])
    expect(primaryOf(r!).id).toBe('r')
  })
})

describe("verdicts: 'used-copy' (the library)", () => {
  it('only the copy used carries the verdicts; every copy keeps the copy findings', () => {
    const a = makeReport({ year: 2021 })
    a.report.requests.rows.carriedForward = [7, 0, 0, 0, 0, 0, 7]
    const b = makeReport({ year: 2022 })
    const b2 = structuredClone(b)
    b2.report.metrics.activeDisclosureItems = 1
    const inputs = [input('a', a), input('b', b), input('b2', b2)]
    const every = checkAll(inputs)
    const used = checkAll(inputs, undefined, { verdicts: 'used-copy' })
    expect(idsOf(every, 'b')).toContain('CARRYOVER_MISMATCH')
    expect(idsOf(every, 'b2')).toContain('CARRYOVER_MISMATCH')
    const [withIt, without] = idsOf(used, 'b').includes('CARRYOVER_MISMATCH') ? ['b', 'b2'] : ['b2', 'b']
    expect(idsOf(used, withIt)).toContain('CARRYOVER_MISMATCH')
    expect(idsOf(used, without)).toEqual(['COPIES_DIFFER'])
    expect(idsOf(used, withIt)).toContain('COPIES_DIFFER')
  })
})
