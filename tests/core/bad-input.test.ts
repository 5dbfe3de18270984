// Bad or unrelated text never crashes the extractor and never yields a made-up number.
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { textToDocument } from '../../shared/text/text-document'
import { makeReport, rng } from './fixtures/make-report'
import { renderText } from './fixtures/render-text'

const numbersOf = (r: ReturnType<typeof extractReport>['report']): number[] =>
  [...Object.values(r.requests.rows).flat(), ...Object.values(r.reviewLitigation).flat()].filter((v): v is number => typeof v === 'number')

describe('bad input', () => {
  it('an empty text: nothing read, every section named missing', () => {
    const ex = extractReport(textToDocument('', 'empty.txt'))
    expect(ex.report.sections).toEqual([])
    expect(numbersOf(ex.report)).toEqual([])
    expect(ex.notes.filter((n) => n.field.startsWith('section.')).length).toBe(6)
  })

  it('a novel: no sections, no numbers', () => {
    const novel = Array.from({ length: 400 }, (_, i) => `第${i + 1}回 话说天下大势，分久必合，合久必分。周末七国分争，并入于秦。共有${i * 3}人。`).join('\n')
    const ex = extractReport(textToDocument(novel, 'novel.txt'))
    expect(ex.report.sections).toEqual([])
    expect(numbersOf(ex.report)).toEqual([])
    expect(Object.values(ex.report.metrics).every((v) => v === null)).toBe(true)
  })

  it('binary garbage decoded as text: no crash, no numbers', () => {
    const rand = rng(7)
    const garbage = Array.from({ length: 200_000 }, () => String.fromCharCode(Math.floor(rand() * 0xffff))).join('')
    const ex = extractReport(textToDocument(garbage, 'garbage.bin'))
    expect(numbersOf(ex.report)).toEqual([])
  })

  it('a report with table 三 missing: the section is named missing and no row is invented', () => {
    const text = renderText(makeReport(3, '2021'), 'rows')
    const cut = text.slice(0, text.indexOf('三、收到和处理')) + text.slice(text.indexOf('四、政府信息公开行政复议'))
    const ex = extractReport(textToDocument(cut, 'no-table3.txt'))
    expect(ex.report.sections).not.toContain('requests')
    expect(ex.report.requests.rows).toEqual({})
    expect(ex.notes.some((n) => n.field === 'section.requests')).toBe(true)
    expect(ex.report.reviewLitigation.review).not.toBeNull()
  })

  it('a 50 MB text: reads it without a crash', () => {
    const model = makeReport(5, '2021')
    const report = renderText(model, 'rows')
    const filler = '本段为重复填充文字，用于测试大文件的处理。'.repeat(2000) + '\n'
    let big = report
    while (big.length < 50 * 1024 * 1024 / 3) big += filler
    const ex = extractReport(textToDocument(big, 'big.txt'))
    expect(ex.report.requests.rows.received).toBeDefined()
    expect(ex.report.requests.rows).toEqual(model.requests.rows)
    // The prose is searched only so far, and a note says so.
    expect(ex.notes.some((n) => n.field === 'metrics')).toBe(true)
  })
})
