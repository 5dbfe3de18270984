// A scan that came with someone else's OCR text (a copier, Adobe 「识别文本」, ABBYY, ocrmypdf): the text is
// invisible (render mode 3), or visible but covered by the opaque page picture; its digits are that tool's
// guesses. The PDF reader sets such a layer aside (the page is read as a picture, by our OCR); text painted
// over a picture (a page printed on a background) or under a see-through one (a watermark) stays text. The fixtures are written here, no tool needed.
import { describe, expect, it } from 'vitest'
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs'
import { withHiddenChineseText, type LayerWay } from '../../src-main/eval/garbled-layer'
import { imagePdf } from '../../src-main/eval/make-scan'
import { FOREIGN_LAYER_DETAIL } from '../../src-main/readers/foreign-layer'
import { isUnseenLayer, picturesOverText, textVisibility, type HiddenLayerOps } from '../../src-main/readers/pdf-layout/hidden-layer'
import { isOpaquePicture } from '../../src-main/readers/pdf-layout/picture-opacity'
import { readFile } from '../../src-main/readers/index'
import { readPdf } from '../../src-main/readers/pdf'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const OPS = pdfjs.OPS as unknown as HiddenLayerOps

/** A grey page picture (A4 at 50 dpi), white with a dark band: a page the OCR would read. */
function pagePicture(): { width: number; height: number; data: Uint8Array } {
  const width = 413, height = 585
  const data = new Uint8Array(width * height).fill(245)
  for (let y = 100; y < 104; y++) data.fill(30, y * width + 40, y * width + 370)
  return { width, height, data }
}

// A layer whose figure is an OCR slip: the page printed 38 (8 read as 3 would give 33).
const LINES = ['某县人民政府办公室2021年政府信息公开工作年度报告', '一、总体情况', '本年度主动公开政府信息33条，依申请公开办理申请12件。', '二、主动公开政府信息情况', '规章 0 0 0', '规范性文件 33 2 45']

const pdfOf = (ways: LayerWay[]): Uint8Array => withHiddenChineseText(imagePdf(ways.map(pagePicture), 50), ways.map(() => LINES), ways)
const textOf = (r: Awaited<ReturnType<typeof readPdf>>): string => (r.ok ? r.document.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows.flat().map((c) => c.text).join(' '))).join('\n') : '')

describe('text no reader sees, over a page picture', () => {
  it('an invisible layer over the picture: not read as text (the file is a scan, said why)', async () => {
    const read = await readPdf(pdfOf(['invisible', 'invisible']), 'x.pdf', 'x.pdf')
    expect(textOf(read)).not.toContain('33')
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.error.code).toBe('SCANNED')
    expect(read.error.message).toContain(FOREIGN_LAYER_DETAIL)
  })

  it('visible text painted first and covered by an opaque picture of the whole page is such a layer (an "image over text" scan)', async () => {
    const read = await readPdf(pdfOf(['under-picture', 'under-picture']), 'x.pdf', 'x.pdf')
    expect(textOf(read)).not.toContain('33')
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.error.message).toContain(FOREIGN_LAYER_DETAIL)
  })

  it.each(['under-see-through', 'under-faded', 'under-partial'] as const)('text under a picture that lets it show (%s) stays text', async (way) => {
    // Hostile review hr29 S1: a born-digital PDF with a transparent full-page watermark over its text was refused as a scan.
    const read = await readPdf(pdfOf([way]), 'x.pdf', 'x.pdf')
    expect(read.ok).toBe(true)
    expect(textOf(read)).toContain('本年度主动公开政府信息33条')
    expect(read.ok && read.document.notes?.some((n) => n.includes(FOREIGN_LAYER_DETAIL))).toBeFalsy()
  })

  it('text painted over a background picture stays text', async () => {
    const read = await readPdf(pdfOf(['visible']), 'x.pdf', 'x.pdf')
    expect(textOf(read)).toContain('本年度主动公开政府信息33条')
    expect(read.ok && read.document.notes?.some((n) => n.includes(FOREIGN_LAYER_DETAIL))).toBeFalsy()
  })

  it('among text pages, a scanned page with such a layer is a picture page: its layer is not read, the note names it', async () => {
    const read = await readPdf(pdfOf(['visible', 'invisible']), 'x.pdf', 'x.pdf')
    if (!read.ok) throw new Error(read.error.message)
    expect(read.document.pagesWithoutText).toEqual([2])
    expect(read.document.blocks.every((b) => b.loc.page === 1)).toBe(true)
    expect(read.document.notes?.join('')).toContain(`第 2 页是扫描件，${FOREIGN_LAYER_DETAIL}`)
  })

  it('with OCR turned off the file is refused as a scan, not read by the layer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-foreign-'))
    try {
      const file = join(dir, '扫描件.pdf')
      writeFileSync(file, pdfOf(['invisible']))
      const read = await readFile(file, { ocr: false })
      expect(read.ok).toBe(false)
      if (!read.ok) expect(read.error.message).toMatch(/^「扫描件\.pdf」是扫描件，所附的文字层是他方识别的/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('textVisibility', () => {
  const glyphs = (n: number): unknown[] => [Array.from({ length: n }, () => ({ unicode: '字' }))]
  const page = 595 * 842
  const picture = (): [number[], unknown[]] => [[OPS.save, OPS.transform, OPS.paintImageXObject, OPS.restore], [null, [595, 0, 0, 842, 0, 0], ['img', 1, 1], null]]

  it('counts glyphs shown in render mode 3 as hidden, and restores the mode with the graphics state', () => {
    const [f, a] = picture()
    const fn = [...f, OPS.save, OPS.setTextRenderingMode, OPS.showText, OPS.restore, OPS.showSpacedText]
    const args = [...a, null, [3], glyphs(10), null, [[...glyphs(2)[0] as unknown[], -120]]]
    const v = textVisibility(fn, args, OPS, page * 0.9)
    expect(v).toEqual({ glyphs: 12, hidden: 10, covered: 0 })
    expect(isUnseenLayer(v)).toBe(true)
  })

  it('counts visible glyphs painted before an opaque picture covering the page as covered; a smaller or see-through picture covers nothing', () => {
    const [f, a] = picture()
    const opaque = (): boolean => true
    expect(textVisibility([OPS.showText, ...f], [glyphs(8), ...a], OPS, page * 0.9, opaque)).toEqual({ glyphs: 8, hidden: 0, covered: 8 })
    // The picture itself has an alpha channel (asked of the decoded picture).
    expect(textVisibility([OPS.showText, ...f], [glyphs(8), ...a], OPS, page * 0.9, () => false)).toEqual({ glyphs: 8, hidden: 0, covered: 0 })
    const half: unknown[] = [null, [595, 0, 0, 300, 0, 0], ['img', 1, 1], null]
    expect(textVisibility([OPS.showText, ...f], [glyphs(8), ...half], OPS, page * 0.9, opaque)).toEqual({ glyphs: 8, hidden: 0, covered: 0 })
    // Constant alpha, a soft mask or a blend mode in the graphics state, kept to its save/restore.
    for (const entry of [['ca', 0.4], ['SMask', { subtype: 'Alpha' }], ['BM', 'multiply']]) {
      const fn = [OPS.showText, OPS.save, OPS.setGState!, ...f, OPS.restore]
      const args = [glyphs(8), null, [[entry]], ...a, null]
      expect(textVisibility(fn, args, OPS, page * 0.9, opaque).covered).toBe(0)
      expect(textVisibility([...fn, ...f], [...args, ...a], OPS, page * 0.9, opaque).covered).toBe(8)
    }
    // Entries set together: constant alpha stays with a normal blend mode set after it.
    expect(textVisibility([OPS.showText, OPS.setGState!, ...f], [glyphs(8), [[['ca', 0.3], ['BM', 'source-over']]], ...a], OPS, page * 0.9, opaque).covered).toBe(0)
    expect(picturesOverText([OPS.showText, ...f], [glyphs(8), ...a], OPS, page * 0.9)).toEqual([a[2]])
    expect(picturesOverText([...f, OPS.showText], [...a, glyphs(8)], OPS, page * 0.9)).toEqual([])
  })

  it('a decoded picture is opaque when it has no alpha, or alpha full on nearly every pixel', () => {
    expect(isOpaquePicture({ kind: 1, data: new Uint8Array(4) })).toBe(true)
    expect(isOpaquePicture({ kind: 2, data: new Uint8Array(12) })).toBe(true)
    const rgba = (alpha: number[]): Uint8Array => new Uint8Array(alpha.flatMap((x) => [9, 9, 9, x]))
    expect(isOpaquePicture({ kind: 3, data: rgba(Array(200).fill(255)) })).toBe(true)
    expect(isOpaquePicture({ kind: 3, data: rgba([...Array(190).fill(255), ...Array(10).fill(0)]) })).toBe(false)
    expect(isOpaquePicture(null)).toBe(false)
  })

  it('a page number shown over an invisible layer does not make it a text page; mostly visible text does', () => {
    expect(isUnseenLayer({ glyphs: 100, hidden: 97, covered: 0 })).toBe(true)
    expect(isUnseenLayer({ glyphs: 100, hidden: 30, covered: 0 })).toBe(false)
    expect(isUnseenLayer({ glyphs: 0, hidden: 0, covered: 0 })).toBe(false)
    // Covered (by an opaque picture) counts as unseen.
    expect(isUnseenLayer({ glyphs: 100, hidden: 0, covered: 100 })).toBe(true)
    expect(isUnseenLayer({ glyphs: 100, hidden: 0, covered: 50 })).toBe(false)
  })
})
