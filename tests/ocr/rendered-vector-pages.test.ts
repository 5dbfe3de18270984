// A vector PDF whose text layer cannot be read (issue 12, item 5): a report put through PostScript and
// back (pdf2ps, ps2pdf) is set in bitmap Type 3 fonts without a Unicode map, and its layer is odd
// symbols. It was refused (「字体缺少字符映射，页面也不是图片」); now its pages are drawn (pdf.js on
// @napi-rs/canvas, in the OCR process) and read by OCR, and the import says so. When the OCR cannot
// run, the file is refused as before. A layer whose font map is wrong in part (a Ghostscript re-print)
// is read so too, and the reading that proves more numbers is kept. A normal text PDF never starts the OCR.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { readFile } from '../../src-main/readers/index'
import type { UtilityProcessApi } from '../../src-main/readers/ocr/ocr-launch'

const FIX = resolve('tests/fixtures/readers')
const dir = mkdtempSync(join(tmpdir(), 'desk-rendered-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A stand-in for the OCR process launcher that counts the processes asked for and starts none. */
function noOcr(): { utility: UtilityProcessApi; forks: () => number } {
  let forks = 0
  const utility = {
    fork: () => {
      forks++
      throw new Error('no OCR here')
    },
  } as unknown as UtilityProcessApi
  return { utility, forks: () => forks }
}

describe('a vector PDF whose font has no Unicode map', () => {
  it('is read by OCR of its drawn pages, and says so', { timeout: 300_000 }, async () => {
    const r = await readFile(join(FIX, 'type3-bitmap-layer.pdf'), { ocr: { cacheDir: join(dir, 'cache') } })
    if (!r.ok) throw new Error(r.error.message)
    expect(r.document.ocr?.pages).toBe(1)
    expect(r.document.notes?.join('')).toContain('已将各页绘制成图片后做文字识别')
    const text = r.document.blocks.map((b) => ('text' in b ? b.text : '')).join('')
    expect(text).toContain('收到政府信息公开申请')
    expect(text).toContain('主动公开政府信息情况')
    // Never a wrong number: a figure read is the printed one, or none is read.
    const { report } = extractReport(r.document)
    expect([null, 57]).toContain(report.metrics.requestsReceived)
    expect([null, 2741]).toContain(report.metrics.activeDisclosureItems)
  })

  it('is refused as before when the OCR cannot run', async () => {
    const { utility, forks } = noOcr()
    const r = await readFile(join(FIX, 'type3-bitmap-layer.pdf'), { ocr: { cacheDir: join(dir, 'none'), utility } })
    expect(forks()).toBe(1)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.message).toContain('字体缺少字符映射')
  })
})

describe('PDFs whose text layer stands', () => {
  it('a normal text PDF never starts the OCR', async () => {
    const { utility, forks } = noOcr()
    const plain = await readFile(join(FIX, 'label-value-rows.pdf'), { ocr: { cacheDir: join(dir, 'none'), utility } })
    expect(forks()).toBe(0)
    expect(plain.ok && plain.document.ocr).toBeFalsy()
  })

  it('a partly mis-mapped one keeps its layer and its note when the OCR cannot run', async () => {
    const { utility, forks } = noOcr()
    const r = await readFile(join(FIX, 'mis-mapped-layer.pdf'), { ocr: { cacheDir: join(dir, 'none'), utility } })
    expect(forks()).toBe(1)
    expect(r.ok && r.document.ocr).toBeFalsy()
    expect(r.ok && r.document.notes?.join('')).toContain('字符映射部分有误')
  })
})

describe('a vector PDF whose font map is wrong in part', () => {
  it('takes the OCR of its drawn pages where it proves more numbers (the sentence figures the layer loses)', { timeout: 300_000 }, async () => {
    const r = await readFile(join(FIX, 'mis-mapped-layer.pdf'), { ocr: { cacheDir: join(dir, 'cache') } })
    if (!r.ok) throw new Error(r.error.message)
    expect(r.document.ocr?.pages).toBe(1)
    expect(r.document.misMappedLetters).toBeUndefined()
    expect(r.document.notes?.join('')).toContain('比文字层核实的数字更多')
    const { report } = extractReport(r.document)
    expect([null, 57]).toContain(report.metrics.requestsReceived)
    expect([null, 2741]).toContain(report.metrics.activeDisclosureItems)
    expect([report.metrics.requestsReceived, report.metrics.activeDisclosureItems]).not.toEqual([null, null])
  })
})
