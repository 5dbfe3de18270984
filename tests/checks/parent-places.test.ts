// Review rv19 #7–#9: bodies of one name under different parent places (two counties' 城关镇, two
// cities' 东城区教育局) were one series: a false CARRYOVER_MISMATCH, or DUPLICATE_REPORT hiding one.
import { describe, expect, it } from 'vitest'
import { parentsDiffer, seriesKeysByParent } from '../../shared/identity/parent-places'
import { checkAll, type CheckInput } from '../../shared/checks/index'
import type { Extraction } from '../../shared/model/extraction'
import type { Flag } from '../../shared/model/flag'
import { makeReport } from './make-report'

describe('seriesKeysByParent', () => {
  it('splits one name under two parents', () => {
    const k = seriesKeysByParent(['甲山县城关镇人民政府', '乙水县城关镇人民政府'])
    expect(k[0]).not.toBe(k[1])
    const d = seriesKeysByParent(['丙州市东城区教育局', '丁州市东城区教育局'])
    expect(d[0]).not.toBe(d[1])
    const z = seriesKeysByParent(['甲山县经济开发区管委会', '乙水县经济开发区管理委员会'])
    expect(z[0]).not.toBe(z[1])
  })
  it('keeps one body named with and without its parent in one series', () => {
    const k = seriesKeysByParent(['丙州市甲山县财政局', '甲山县财政局'])
    expect(k[0]).toBe(k[1])
    const w = seriesKeysByParent(['某省丙州市东城区人民政府', '丙州市东城区人民政府', '东城区政府'])
    expect(new Set(w).size).toBe(1)
  })
  it('the same parent twice is one body', () => {
    const k = seriesKeysByParent(['甲山县城关镇人民政府', '甲山县城关镇政府'])
    expect(k[0]).toBe(k[1])
  })
  it('parentsDiffer only where both names carry a parent', () => {
    expect(parentsDiffer('甲山县白石镇', '乙水县白石镇人民政府')).toBe(true)
    expect(parentsDiffer('白石镇', '乙水县白石镇人民政府')).toBe(false)
  })
})

describe('through checkAll', () => {
  const input = (id: string, e: Extraction): CheckInput => ({ id, fileName: `${id}.txt`, extraction: e })
  const ids = (m: Map<string, Flag[]>, id: string) => (m.get(id) ?? []).map((f) => f.id)

  it('two counties\' towns of one name, same year: two reports, no DUPLICATE_REPORT', () => {
    const a = makeReport({ agency: '甲山县城关镇人民政府', year: 2022, publishedOn: '2023-01-20' })
    const b = makeReport({ agency: '乙水县城关镇人民政府', year: 2022, publishedOn: '2023-01-25' })
    const out = checkAll([input('a', a), input('b', b)])
    expect(ids(out, 'a')).not.toContain('DUPLICATE_REPORT')
    expect(ids(out, 'b')).not.toContain('DUPLICATE_REPORT')
  })
  it('the same town named with and without its county, same year: still one report', () => {
    const a = makeReport({ agency: '甲山县城关镇人民政府', year: 2022, publishedOn: '2023-01-20' })
    const b = makeReport({ agency: '城关镇人民政府', year: 2022, publishedOn: '2023-01-25' })
    const out = checkAll([input('a', a), input('b', b)])
    expect(ids(out, 'a')).toContain('DUPLICATE_REPORT')
  })
  it('a government and its office, same year: two bodies; the office is due 31 January', () => {
    const gov = makeReport({ agency: '甲山县人民政府', year: 2022, publishedOn: '2023-01-10' })
    const office = makeReport({ agency: '甲山县人民政府办公室', year: 2022, publishedOn: '2023-03-10' })
    const out = checkAll([input('gov', gov), input('office', office)])
    expect(ids(out, 'gov')).not.toContain('DUPLICATE_REPORT')
    expect(ids(out, 'office')).not.toContain('DUPLICATE_REPORT')
    expect(ids(out, 'office')).toContain('PUBLISHED_LATE')
  })
  it('a bare place and its 人民政府 are one series', () => {
    const a = makeReport({ agency: '甲山县', year: 2022, publishedOn: '2023-01-20' })
    const b = makeReport({ agency: '甲山县人民政府', year: 2022, publishedOn: '2023-01-25' })
    expect(ids(checkAll([input('a', a), input('b', b)]), 'a')).toContain('DUPLICATE_REPORT')
  })
})

describe('ROLLUP_MISMATCH across parents (rv22 #9)', () => {
  const input = (id: string, e: Extraction): CheckInput => ({ id, fileName: `${id}.txt`, extraction: e })
  it('another city’s district of the same name is no part of the compiled report', () => {
    const gov = makeReport({ agency: '乙市东城区人民政府', publishedOn: '2023-03-01' })
    gov.preamble = '本报告由乙市东城区人民政府办公室综合东城区各部门和各街道的政府信息公开年度报告编制而成。'
    const rows = gov.report.requests.rows
    for (const k of Object.keys(rows) as (keyof typeof rows)[]) rows[k] = rows[k]!.map((v) => (v === null ? null : v * 2))
    gov.report.reviewLitigation = { review: [4, 0, 2, 0, 6], litigationDirect: [2, 0, 0, 0, 2], litigationAfterReview: [0, 0, 0, 0, 0] }
    const own = [input('g', gov), input('d1', makeReport({ agency: '乙市东城区财政局' })), input('d2', makeReport({ agency: '乙市东城区民政局' }))]
    const ids = (m: Map<string, Flag[]>) => (m.get('g') ?? []).map((f) => f.id)
    expect(ids(checkAll(own))).not.toContain('ROLLUP_MISMATCH')
    expect(ids(checkAll([...own, input('x', makeReport({ agency: '甲市东城区教育局' }))]))).not.toContain('ROLLUP_MISMATCH')
    // A third body of its own city still counts (the check itself is not switched off).
    expect(ids(checkAll([...own, input('y', makeReport({ agency: '乙市东城区教育局' }))]))).toContain('ROLLUP_MISMATCH')
  })
})
