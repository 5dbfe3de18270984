// Section 二 rows whose labels' brackets are wrapped inside (hostile review rv27 C: a LibreOffice Draw
// export, text boxes overlapping): 「行政处罚（本」 and 「行政处罚（累」 with 「年）」「计）」 on other lines, the
// numbers one line off their labels — the cumulative figure was read as this year's, no note. And a row
// of another period glued after a cell's unit in crawled text. Invented numbers.
import { describe, expect, it } from 'vitest'
import { resolve } from 'node:path'
import { existsSync } from 'node:fs'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'
import { cutQualifierAt } from '../../shared/extract/disclosure-cut-twins'
import { otherPeriodAt } from '../../shared/extract/other-period'
import { loadModels } from '../variants/generator/model'
import { makeVariant } from '../variants/generator/variant'
import { readVariants } from '../variants/suite'

const messages = (p: ReturnType<typeof parseActiveDisclosure>): string => p.notes.map((n) => n.message).join('\n')

describe('section 二 labels with a cut qualifier', () => {
  it('tells a cut bracket: 本 is this year, 累 / 上 another period', () => {
    expect(cutQualifierAt('行政处罚（本 5585\n', 4)).toBe('（本')
    expect(cutQualifierAt('行政处罚（本年） 5585\n', 4)).toBeNull()
    expect(otherPeriodAt('行政处罚（累 5585\n计）', 4)).toBe('（累')
    expect(otherPeriodAt('行政处罚（上 4471\n年）', 4)).toBe('（上')
    expect(otherPeriodAt('行政处罚（本 5585\n年）', 4)).toBeNull()
  })

  it('a cut letter that the next line continues into a word naming no period is no other period (hr30 UL2)', () => {
    expect(otherPeriodAt('行政规范性文件（上\n级转发）\n61', 7)).toBeNull()
    expect(otherPeriodAt('行政许可（前\n置审批）\n142320', 4)).toBeNull()
    // Continued into a period's word, or continued on no next line: another period still.
    expect(otherPeriodAt('行政处罚（累\n计）\n4471', 4)).toBe('（累计）')
    expect(otherPeriodAt('行政处罚（上\n一年）\n4471', 4)).not.toBeNull()
    expect(otherPeriodAt('行政处罚（前\n4471\n置审批）', 4)).toBe('（前')
    const p = parseActiveDisclosure(['二、主动公开政府信息情况', '第二十条第（五）项', '信息内容 本年处理决定数量', '行政许可（前', '置审批）', '142320', ''].join('\n'))
    expect(p.table.licensing?.decisions).toBe(142320)
  })

  it('a this-year row and its cumulative twin, both labels cut, numbers off their lines (Draw export): neither read, noted', () => {
    const text = ['二、主动公开政府信息情况', '第二十条第', '件（累计）本年处理决定数', '行政许可（本 6120', '（五）项', '行政许可（累量', '第二十条第', '年）', '信息内容 1402',
      '计）本年处理决定数', '行政处罚（本 4471', '（六）项', '行政处罚（累 203量', '行政强制（本 690', '年）', '行政强制（累', '计）', ''].join('\n')
    const p = parseActiveDisclosure(text)
    expect(p.table.penalties?.decisions ?? null).toBeNull()
    expect(p.table.licensing?.decisions ?? null).toBeNull()
    expect(messages(p)).toContain('表二有「行政处罚（本」行，又有「行政处罚（累」行')
  })

  it('whole qualifiers: this year’s row read, the cumulative one named and skipped', () => {
    const p = parseActiveDisclosure(['二、主动公开政府信息情况', '第二十条第（六）项', '信息内容 本年处理决定数量', '行政处罚（本年） 1402', '行政处罚（累计） 4471', ''].join('\n'))
    expect(p.table.penalties?.decisions).toBe(1402)
  })

  it('the cumulative row alone, its label cut: not read as this year’s', () => {
    const p = parseActiveDisclosure(['二、主动公开政府信息情况', '第二十条第（六）项', '信息内容 本年处理决定数量', '行政处罚（累 4471', '计）', ''].join('\n'))
    expect(p.table.penalties?.decisions ?? null).toBeNull()
    expect(p.notes.some((n) => n.field === 'activeDisclosure.penalties')).toBe(true)
  })
})

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')

describe.skipIf(!existsSync(corpus))('generator rule last-year:t2-cut-rows', () => {
  it('crawled text, another period’s row glued after the cell’s unit (「…16788万元政府集中采购（上年）482364万元」): never its number', async () => {
    const model = loadModels(corpus).find((m) => m.id.includes('bailuzhen_2021'))!
    const [r] = await readVariants([makeVariant(model, 1_822_002, 'crawled-run', { lastYear: 't2-cut-rows' })])
    expect(r!.score.misses.filter((x) => x.startsWith('错 activeDisclosure'))).toEqual([])
  })
})
