// The numbers of a page's text layer against those of the same page drawn and read by OCR
// (shared/text/digit-map.ts): a consistent digit substitution is a wrong map; OCR misreads and a
// report's own slips (both readings the same) are not.
import { describe, expect, it } from 'vitest'
import type { SourceDocument } from '../../shared/model/document'
import { documentWithDigitsUndone, judgeDigitMap, numberRuns } from '../../shared/text/digit-map'

// A page of table 三 as drawn (the OCR's reading of the printed page): numbers of two digits and more.
const DRAWN = numberRuns(['142320 15929 5111 2856.71', '397 39 447 16 16 204 16 226 38 44', '10 11 13 14 56 65 27 24 400 450 13 2022'])
const swap = (t: string, a: string, b: string): string => t.replace(/\d/g, (d) => (d === a ? b : d === b ? a : d))

describe('judgeDigitMap', () => {
  it('finds a layer whose 5 and 7 are swapped', () => {
    const layer = DRAWN.map((t) => swap(t, '5', '7'))
    const v = judgeDigitMap(layer, DRAWN)
    expect(v.wrong).toBe(true)
    expect(v.pairs).toEqual(expect.arrayContaining([{ layer: '7', drawn: '5' }, { layer: '5', drawn: '7' }]))
    expect(v.sample).not.toBeNull()
    expect(v.asWritten).toBe(0)
  })

  it('finds a cycle 1→2→3→1 and a one-way map (every 8 a 3)', () => {
    const cycle = (t: string): string => t.replace(/[123]/g, (d) => ({ '1': '2', '2': '3', '3': '1' })[d]!)
    expect(judgeDigitMap(DRAWN.map(cycle), DRAWN).wrong).toBe(true)
    const drawn = numberRuns(['18 28 38 48 58 68 148 2022'])
    expect(judgeDigitMap(drawn.map((t) => t.replace(/8/g, '3')), drawn).wrong).toBe(true)
  })

  it('keeps a layer that agrees with its page: a report printing a sum wrong is drawn as printed', () => {
    expect(judgeDigitMap(DRAWN, DRAWN)).toMatchObject({ wrong: false, pairs: [] })
  })

  it('keeps a layer whose page the OCR misreads here and there, even the same digit twice', () => {
    // The OCR reads 447 as 441 and 65 as 85, drops 204 and 38, and reads 27 as 21: misreads, no rule.
    const misread = DRAWN.map((t) => ({ '447': '441', '65': '85', '27': '21' })[t] ?? t).filter((t) => t !== '204' && t !== '38')
    expect(judgeDigitMap(DRAWN, misread).wrong).toBe(false)
  })

  it('keeps a layer where a digit the OCR misreads is still read right in most numbers', () => {
    // 7 read as 1 in three numbers, but read right in the other numbers holding a 7.
    const drawn = ['17', '27', '37', '47', '57', '67', '77', '170', '270']
    const ocr = drawn.map((t, i) => (i < 3 ? t.replace(/7/g, '1') : t))
    expect(judgeDigitMap(drawn, ocr).wrong).toBe(false)
  })

  it('needs a few numbers: one or two differing numbers are no rule', () => {
    expect(judgeDigitMap(['17929', '7111'], ['15929', '5111']).wrong).toBe(false)
  })

  it('a rare digit the OCR reads as another in every number holding it is only suspect, not proof (hostile review hr29 T3)', () => {
    // A table 三 page's numbers, 9 in only three of them, which the OCR reads 28 19→18 59→58 (a closed-bowl 9).
    const layer = ['2020', '41', '52', '23', '11', '485', '411', '36', '12', '14', '27', '10', '29', '19', '59', '17', '2021', '12', '33', '45', '16', '13', '24', '20']
    const drawn = layer.map((t) => (['29', '19', '59'].includes(t) ? t.replace('9', '8') : t))
    const v = judgeDigitMap(layer, drawn)
    // main judged this layer wrong (9→8, 3 substituted, 0 as written) and dropped it for the OCR reading.
    expect(v).toMatchObject({ wrong: false, suspect: true, substituted: 3, asWritten: 0 })
    expect(v.pairs).toEqual([{ layer: '9', drawn: '8' }])
    // A 5↔7 swap over the same page is proof on its own.
    const swapped = judgeDigitMap(DRAWN.map((t) => swap(t, '5', '7')), DRAWN)
    expect(swapped.wrong && swapped.suspect).toBe(true)
  })

  it('undoes a found map over a whole document, every paragraph and cell', () => {
    const doc: SourceDocument = {
      fileName: 'x.pdf',
      format: 'pdf',
      blocks: [
        { kind: 'paragraph', text: '主动公开 17 条，2075年', loc: { page: 1, block: 0 } },
        { kind: 'table', rows: [[{ text: '（七）总计' }, { text: '75' }]], loc: { page: 2, block: 1 } },
      ],
    }
    const undone = documentWithDigitsUndone(doc, [{ layer: '7', drawn: '5' }, { layer: '5', drawn: '7' }])
    expect(undone.blocks[0]).toMatchObject({ text: '主动公开 15 条，2057年' })
    expect(undone.blocks[1]).toMatchObject({ rows: [[{ text: '（七）总计' }, { text: '57' }]] })
  })
})
