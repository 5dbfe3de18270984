// A PDF whose page prints the right digits but whose text layer maps each digit to another (a font's
// Unicode map off by one; review rv21 made one with qpdf, ToUnicode d → d+1): every number of the layer
// would be wrong though its labels are right. Its years give it away (「3133年」 where the page prints
// 2022年): such a vector PDF's layer is never read; its pages are drawn and read by OCR instead, and
// where the OCR cannot run it is refused with a Chinese message, as before. A normal report is not.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { SourceDocument } from '../../shared/model/document'
import { extractReport } from '../../shared/extract/index'
import type { UtilityProcessApi } from '../../src-main/readers/ocr/ocr-launch'
import { judgeTextLayer } from '../../src-main/readers/garbled-text'
import { readFile } from '../../src-main/readers/index'

const doc = (text: string): SourceDocument => ({
  fileName: 't.pdf',
  format: 'pdf',
  blocks: text.split('\n').map((t, i) => ({ kind: 'paragraph' as const, text: t, loc: { page: 1, block: i } })),
})

const REPORT = (y: string, next: string): string =>
  `青岚市交通运输局${y}年政府信息公开工作年度报告\n本报告中所列数据的统计期限为${y}年1月1日至${y}年12月31日。\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n${next}年1月10日`

describe('a text layer whose digits are mapped to other digits', () => {
  it('is judged by its impossible years', () => {
    const v = judgeTextLayer(doc(REPORT('3133', '3134')))
    expect(v).toMatchObject({ byDigits: true, garbled: true, impossibleYear: '3133年' })
    // A real report's years, and one misprinted year among them, are not.
    expect(judgeTextLayer(doc(REPORT('2022', '2023')))).toMatchObject({ byDigits: false, impossibleYear: null })
    expect(judgeTextLayer(doc(REPORT('2022', '3023'))).byDigits).toBe(false)
    // Years written 二〇二二年 beside a history's Arabic years (明清时期（1368年—1911年）) are no garbled digits (rv21b).
    expect(judgeTextLayer(doc(`${REPORT('二〇二二', '二〇二三')}\n馆藏明清时期（1368年—1911年）历史档案。`)).byDigits).toBe(false)
  })

  const dir = mkdtempSync(join(tmpdir(), 'desk-digits-shifted-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('a vector PDF with such a layer is read by OCR of its drawn pages, its years right', { timeout: 300_000 }, async () => {
    const read = await readFile(resolve('tests/fixtures/readers/digits-shifted.pdf'), { ocr: { cacheDir: dir } })
    if (!read.ok) throw new Error(read.error.message)
    expect(read.document.ocr).toBeTruthy()
    expect(read.document.notes?.join('')).toContain('已将各页绘制成图片后做文字识别')
    expect(extractReport(read.document).report.year).toBe(2022)
  })

  it('where the OCR cannot run, it is refused with a Chinese message', async () => {
    const utility = { fork: () => { throw new Error('no OCR here') } } as unknown as UtilityProcessApi
    const shifted = await readFile(resolve('tests/fixtures/readers/digits-shifted.pdf'), { ocr: { cacheDir: join(dir, 'none'), utility } })
    expect(shifted.ok).toBe(false)
    if (!shifted.ok) {
      expect(shifted.error.code).toBe('UNSUPPORTED')
      expect(shifted.error.message).toContain('文字层中的数字与页面不符（所写年份不可能，如「3133年」')
    }
  })
})
