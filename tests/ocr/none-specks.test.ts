// A speck glued to a 无 in a scanned table (eval-scans' "photocopy"): the recogniser read table 三's
// cell 无 and a speck beside it as one box, 「无安店」, so the row 「6.属于四类过程性信息」 had a cell too
// few, was not placed, and no column's sums could prove the copies above it (none-specks.ts).
// Fixture: the OCR boxes of pages 2–4 of a generated report (tests/variants' generator, gen-1, not a
// corpus file; the body's name taken out), photocopied, as the recogniser gave them (engine 30).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { expectReadCellsPrinted } from './gen1-table3'
import type { TableCell } from '../../shared/model/document'
import { extractReport } from '../../shared/extract/index'
import { noneWithSpecks } from '../../src-main/readers/ocr/none-specks'
import { ocrDocument } from '../../src-main/readers/ocr/ocr-document'
import type { OcrPage } from '../../src-main/readers/ocr/ocr-page'


describe('a photocopy whose table 三 has a speck glued to a 无', () => {
  const pages = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'photocopy-gen1-p2-4.json'), 'utf8')) as OcrPage[]
  const report = extractReport(ocrDocument('photocopy.pdf', 'pdf', pages)).report

  it('reads the row with the speck, and every cell of table 三 as printed', () => {
    expect(report.requests.rows['withheld.processInformation']).toEqual([0, 0, 0, 0, 0, 0, 0])
    const read = expectReadCellsPrinted(report.requests.rows, expect)
    // Before (the call in ocr-table-clean.ts left out): 130 of the 161 (the speck's row and copies it left unproven).
    // 157 since issue 12: 不掌握 (7 … 7) and 补正后 (5 … 5) each have a blank cell, so column 一 alone
    // vouches for the 7 and the 5 (and column 总计 for their copies) — 6 and 6 misread as 7 and 5 would hold too.
    expect(read).toBe(157)
    expect(report.requests.rows['unavailable.notHeld']).toEqual([null, 0, 0, 0, 0, 0, null])
  })
})

const cells = (...texts: string[]): TableCell[] => texts.map((text) => ({ text }) as TableCell)

describe('a 无 or dash with specks glued on, in a row of counts', () => {
  it('is read as the 无 or dash alone', () => {
    const row = cells('6.属于四类过程性信息', '无', '无', '无安店', '无', '—了', '无', '无')
    noneWithSpecks(row)
    expect(row.map((c) => c.text)).toEqual(['6.属于四类过程性信息', '无', '无', '无', '无', '—', '无', '无'])
  })
  it('reads a 无 or its look-alike 元 with a rule read as 1 before it as 无, first in the row too (a fax)', () => {
    const row = cells('4.无正当理由人量反复申请', '1元', '无', '无', '无', '无', '1无', '|无')
    noneWithSpecks(row)
    expect(row.map((c) => c.text)).toEqual(['4.无正当理由人量反复申请', '无', '无', '无', '无', '无', '无', '无'])
    // Too few counts beside it (a row of table 二), or two digits: kept.
    const small = cells('政府集中采购', '135', '1元')
    noneWithSpecks(small)
    expect(small.map((c) => c.text)).toEqual(['政府集中采购', '135', '1元'])
    const digits = cells('2.重复申请', '11无', '无', '无', '无')
    noneWithSpecks(digits)
    expect(digits[1]!.text).toBe('11无')
  })
  it('not the row total as 「1无」: a real 1 and its total both misread would read 0 = 0 (review rv19c)', () => {
    const row = cells('（二）部分公开', '1元', '无', '无', '无', '无', '无', '1无')
    noneWithSpecks(row)
    expect(row[7]!.text).toBe('1无')
  })
  it('reads a 无 with one speck before it, after a count, as 无 (a blurred scan); 暂无 is words and stays', () => {
    const row = cells('6.属于四类过程性信息', '无', '无', '无', '无', '无', '面无', '无')
    noneWithSpecks(row)
    expect(row[6]!.text).toBe('无')
    const words = cells('2.重复申请', '3', '无', '暂无', '无', '无', '无', '3')
    noneWithSpecks(words)
    expect(words[3]!.text).toBe('暂无')
    // Before the first count it may be a label's last character: kept.
    const wrapped = cells('四、结转下年度继续', '办', '理无', '无', '无', '无')
    noneWithSpecks(wrapped)
    expect(wrapped[2]!.text).toBe('理无')
  })
  it('reads a 无 read alone as 元, 尼 or 允, after a count, as 无 (a fax); not before the first count, nor in a row of words', () => {
    // gen-1's fax, table 三 (engine 45): 「4.保护第三方合法权益 | 无 | 无 | 无 | 无 | 尼 | 无 | 无」, 「3.补正后… | 5 | 无 | 无 | 允 | 无 | 无 | 5」.
    const row = cells('3.补正后申请内容仍不明确', '5', '无', '尼', '允', '元', '无', '5')
    noneWithSpecks(row)
    expect(row.map((c) => c.text)).toEqual(['3.补正后申请内容仍不明确', '5', '无', '无', '无', '无', '无', '5'])
    const label = cells('元', '无', '无', '无')
    noneWithSpecks(label)
    expect(label[0]!.text).toBe('元')
    const words = cells('信息内容', '尼', '无', '本年增/减')
    noneWithSpecks(words)
    expect(words[1]!.text).toBe('尼')
  })
  it('leaves a label starting with 无, a number glued to a 无, two cells run together, and rows of words', () => {
    const row = cells('无法提供', '无', '3', '无3', '无无', '无—', '无', '5')
    noneWithSpecks(row)
    expect(row.map((c) => c.text)).toEqual(['无法提供', '无', '3', '无3', '无无', '无—', '无', '5'])
    const words = cells('信息内容', '无变化', '无', '本年增/减')
    noneWithSpecks(words)
    expect(words.map((c) => c.text)).toEqual(['信息内容', '无变化', '无', '本年增/减'])
  })
})
