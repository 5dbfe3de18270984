// The safety net under the "image over text" rule (covered-layer-net.ts): a page whose visible text was set
// aside as covered by a picture, whose OCR then reads nothing (or far less), is read by its text. The
// OCR outcome is a stub here (no OCR in tests); the PDF is read for real (readPdf), as index.ts wires it.
import { describe, expect, it } from 'vitest'
import { withHiddenChineseText, type LayerWay } from '../../src-main/eval/garbled-layer'
import { imagePdf } from '../../src-main/eval/make-scan'
import { coveredLayerNet, pagesOcrMissed, type ReadKeeping } from '../../src-main/readers/covered-layer-net'
import { fail, type ReaderOutcome } from '../../src-main/readers/errors'
import { readPdf } from '../../src-main/readers/pdf'

function pagePicture(): { width: number; height: number; data: Uint8Array } {
  return { width: 413, height: 585, data: new Uint8Array(413 * 585).fill(245) }
}
const LINES = ['某县人民政府办公室2021年政府信息公开工作年度报告', '一、总体情况', '本年度主动公开政府信息38条，依申请公开办理申请12件。']
const pdfOf = (ways: LayerWay[]): Uint8Array => withHiddenChineseText(imagePdf(ways.map(pagePicture), 50), ways.map(() => LINES), ways)
const textOf = (r: ReaderOutcome): string => (r.ok ? r.document.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n') : '')
const rereadOf = (bytes: Uint8Array): ReadKeeping => (keep, onKept) => readPdf(bytes.slice(), 'x.pdf', 'x.pdf', { keepCoveredPages: keep, onKeptCovered: onKept })
const same = async (r: ReaderOutcome): Promise<ReaderOutcome> => r
const noText = fail('SCANNED', 'x.pdf', { detail: '未读出任何文字' })
/** An OCR read of page 1 with this text. */
const ocrRead = (text: string): ReaderOutcome => ({ ok: true, document: { fileName: 'x.pdf', format: 'pdf', blocks: [{ kind: 'paragraph', text, loc: { page: 1, block: 0 } }] } })

describe('covered text whose picture OCR reads nothing', () => {
  it('is read by its text, with a note, when the OCR read no text', async () => {
    const bytes = pdfOf(['under-picture'])
    expect((await readPdf(bytes.slice(), 'x.pdf', 'x.pdf')).ok).toBe(false)
    const out = await coveredLayerNet(noText, rereadOf(bytes), same)
    expect(textOf(out)).toContain('本年度主动公开政府信息38条')
    expect(out.ok && out.document.notes?.join('')).toContain('第 1 页的文字上盖着一张图片')
  })

  it('is read by its text when the OCR read under a quarter of its Chinese; the OCR stands when it read the page', async () => {
    const bytes = pdfOf(['under-picture'])
    expect(textOf(await coveredLayerNet(ocrRead('某县'), rereadOf(bytes), same))).toContain('政府信息38条')
    const read = ocrRead(LINES.join(''))
    expect(await coveredLayerNet(read, rereadOf(bytes), same)).toBe(read)
  })

  it('never keeps invisible text (render mode 3), nor any layer when the OCR failed rather than read nothing', async () => {
    expect(await coveredLayerNet(noText, rereadOf(pdfOf(['invisible'])), same)).toBe(noText)
    const broke = fail('SCANNED', 'x.pdf', { detail: '文字识别出错：超时' })
    expect(await coveredLayerNet(broke, rereadOf(pdfOf(['under-picture'])), same)).toBe(broke)
  })

  it('judges each page by its own text', () => {
    expect(pagesOcrMissed(new Map([[1, 400], [2, 400], [3, 0]]), new Map([[1, 390], [2, 99]]))).toEqual([2])
  })
})
