// A footnote mark printed as a small raised digit after a number (126⁵), read by the recogniser as
// one more digit ("1265"): taken off where the box's ink shows it, the number made doubtful where
// the reading cannot be matched to the ink, and left alone where nothing is raised. First on glyphs
// drawn here (bars of a digit's size), then on a number printed by Chromium with <sup>, worn as an
// ordinary scan: the case that was read as a wrong number (1265 for 126) in a generated report.
import { describe, expect, it } from 'vitest'
import { degrade, renderPages } from '../../src-main/eval/make-scan'
import { SCAN_KINDS } from '../../src-main/eval/scan-kinds'
import type { GrayImage } from '../../src-main/readers/ocr/gray-image'
import { evenLight } from '../../src-main/readers/ocr/page-light'
import { markedReading, raisedMarks, withoutRaisedMarks } from '../../src-main/readers/ocr/raised-marks'
import { loadModels, modelsDir } from '../../src-main/readers/ocr/models'
import { existsSync } from 'node:fs'
import { canPrintPdf, printPdf } from '../variants/render/index'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

function paper(w: number, h: number): GrayImage {
  return { width: w, height: h, data: new Uint8Array(w * h).fill(255) }
}

/** A glyph drawn as its outline, two pixels thick (as a digit's strokes are). */
function glyph(img: GrayImage, x0: number, y0: number, w: number, h: number): void {
  for (let y = y0; y < y0 + h; y++) {
    for (let x = x0; x < x0 + w; x++) {
      const edge = x < x0 + 2 || x >= x0 + w - 2 || y < y0 + 2 || y >= y0 + h - 2
      if (edge) img.data[y * img.width + x] = 20
    }
  }
}

/** Three digits 10 × 22 on one baseline (y 10…31), 4 pixels apart, from x = 6. */
function digits(img: GrayImage): void {
  for (let k = 0; k < 3; k++) glyph(img, 6 + 14 * k, 10, 10, 22)
}

const box = { x: 2, y: 6, w: 44, h: 30 }

describe('raised marks read as a last digit', () => {
  it('a small glyph above the baseline, rising above the digits, is a mark after three whole digits', () => {
    const img = paper(80, 40)
    digits(img)
    glyph(img, 48, 4, 7, 14)
    const m = raisedMarks(img, box, '1265')
    expect(m).toMatchObject({ kind: 'marked', digits: 3, marks: 1 })
    // The digits' ink ends before the mark: the re-read is cut there.
    expect(m.kind === 'marked' && m.inkRight).toBeLessThanOrEqual(48)
    expect(raisedMarks(img, box, '126')).toMatchObject({ kind: 'marked', digits: 3 })
  })

  it('the number is the digits read again, where they agree with the first reading', () => {
    expect(markedReading('1265', '126', 3, 1)).toBe('126')
    expect(markedReading('126', '126', 3, 1)).toBe('126')
    // The mark read alone (7⁹ as "9"), a re-read with a digit too few or too many, a different digit.
    expect(markedReading('9', '7', 1, 1)).toBeNull()
    expect(markedReading('1265', '12', 3, 1)).toBeNull()
    expect(markedReading('1265', '1265', 3, 1)).toBeNull()
    expect(markedReading('1265', '128', 3, 1)).toBeNull()
  })

  it('a digit whose lower strokes are lost (its top level with the others) is no sure mark: doubtful', () => {
    const img = paper(80, 40)
    for (let k = 0; k < 2; k++) glyph(img, 6 + 14 * k, 10, 10, 22)
    glyph(img, 34, 10, 10, 12)
    expect(raisedMarks(img, box, '127').kind).toBe('doubt')
  })

  it('plain digits or a word are left alone', () => {
    const img = paper(80, 40)
    digits(img)
    expect(raisedMarks(img, box, '126').kind).toBe('none')
    expect(raisedMarks(img, box, '12件').kind).toBe('none')
  })
})

const hasModels = existsSync(join(modelsDir(), 'ch_PP-OCRv4_rec_infer.onnx'))

describe.skipIf(!canPrintPdf || !hasModels)('a <sup> mark printed by Chromium, worn as an ordinary scan', () => {
  it('126⁵ in a serif face comes out as 126 (read as 1265 before); 2648 beside it is untouched', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-marks-'))
    try {
      const pdf = join(dir, 'mark.pdf')
      writeFileSync(pdf, printPdf('<html><body style="font-family:\'Noto Serif CJK SC\',serif;font-size:14px;margin:0"><p style="margin:40px">126<sup>5</sup></p><p style="margin:40px">2648</p></body></html>'))
      const kind = SCAN_KINDS.find((k) => k.name === 'ordinary')!
      const page = evenLight(degrade(renderPages(pdf, 200, 1, 1)[0]!, { ...kind.degrade(1), rotate: 0, shadow: undefined })).image
      // Each line's ink, found by rows and columns darker than the paper.
      const lines = inkLines(page)
      expect(lines).toHaveLength(2)
      const [mark, plain] = lines
      // The box as the re-read gives it: the digits' ink grown, the mark partly outside it.
      const digitsOnly = { x: mark!.x0 - 6, y: mark!.y1 - 26, w: 0.75 * (mark!.x1 - mark!.x0), h: 30 }
      const plainBox = { x: plain!.x0 - 6, y: plain!.y0 - 6, w: plain!.x1 - plain!.x0 + 12, h: plain!.y1 - plain!.y0 + 12 }
      expect(raisedMarks(page, digitsOnly, '1265')).toMatchObject({ kind: 'marked', digits: 3 })
      expect(raisedMarks(page, plainBox, '2648').kind).toBe('none')
      // Through the recogniser: the first reading as the detector gave it, the digits read again.
      const read = (text: string) => ({ text, confidence: 0.9, minConfidence: 0.9, steps: [] })
      const out = await withoutRaisedMarks(await loadModels(), page, [
        { box: { ...digitsOnly, score: 1 }, read: read('1265') },
        { box: { ...plainBox, score: 1 }, read: read('2648') },
      ])
      expect(out.map((r) => r.read.text)).toEqual(['126', '2648'])
      expect(out[0]!.read.minConfidence).toBeGreaterThanOrEqual(0.5)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe.skipIf(!canPrintPdf || !hasModels)('a mark after a two-digit number (23⁶): the digits cut before it make a narrow crop', () => {
  it('23⁶ comes out as 23: the narrow cut is read with paper around it, not widened into its mark (read as 236 before)', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-marks-'))
    try {
      const pdf = join(dir, 'mark.pdf')
      writeFileSync(pdf, printPdf('<html><body style="font-family:\'Noto Serif CJK SC\',serif;font-size:14px;margin:0"><p style="margin:40px">23<sup>6</sup></p></body></html>'))
      const kind = SCAN_KINDS.find((k) => k.name === 'ordinary')!
      const page = evenLight(degrade(renderPages(pdf, 200, 1, 1)[0]!, { ...kind.degrade(1), rotate: 0, shadow: undefined })).image
      const [line] = inkLines(page)
      // The detector's box: the whole ink (digits and mark) grown by its margin.
      const h = line!.y1 - line!.y0 + 12
      const box = { x: line!.x0 - 0.19 * h, y: line!.y0 - 6, w: line!.x1 - line!.x0 + 0.38 * h, h, score: 1 }
      expect(raisedMarks(page, box, '236')).toMatchObject({ kind: 'marked', digits: 2, marks: 1 })
      const out = await withoutRaisedMarks(await loadModels(), page, [{ box, read: { text: '236', confidence: 0.9, minConfidence: 0.9, steps: [] } }])
      expect(out[0]!.read.text).toBe('23')
      expect(out[0]!.read.minConfidence).toBeGreaterThanOrEqual(0.5)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

/** Bands of rows holding ink, each with its ink's left and right ends. */
function inkLines(img: GrayImage): { x0: number; x1: number; y0: number; y1: number }[] {
  const out: { x0: number; x1: number; y0: number; y1: number }[] = []
  let open: { x0: number; x1: number; y0: number; y1: number } | null = null
  for (let y = 0; y < img.height; y++) {
    let x0 = -1, x1 = -1
    for (let x = 0; x < img.width; x++) if (img.data[y * img.width + x]! < 120) (x0 = x0 < 0 ? x : x0), (x1 = x)
    if (x0 >= 0) open = open ? { x0: Math.min(open.x0, x0), x1: Math.max(open.x1, x1), y0: open.y0, y1: y } : { x0, x1, y0: y, y1: y }
    else if (open) (out.push(open), (open = null))
  }
  return out.filter((l) => l.y1 - l.y0 >= 8)
}
