// The OCR pipeline's own parts on inputs built here: CTC decoding, DB boxes, deskew, ruling lines,
// tidying of digit readings, the doubt rule, and the image-only PDF writer read back by pdf.js.
import { describe, expect, it } from 'vitest'
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs'
import { dropRepeatedBoxes } from '../../src-main/readers/ocr/box-overlap'
import { mergedNumberBoxes, pageDigitWidth, tooNarrow, tooWide } from '../../src-main/readers/ocr/number-boxes'
import { evenLight } from '../../src-main/readers/ocr/page-light'
import { agrees, fillsInk } from '../../src-main/readers/ocr/cell-reread'
import { oneByRule, straddles, withoutRuleGlyphs } from '../../src-main/readers/ocr/cell-rule-readings'
import { ctcDecode, digitGroups } from '../../src-main/readers/ocr/ctc-decode'
import { dbBoxes } from '../../src-main/readers/ocr/db-boxes'
import { skewDegrees } from '../../src-main/readers/ocr/deskew'
import { flatDash, isDoubtful } from '../../src-main/readers/ocr/doubt'
import { rotate, type GrayImage } from '../../src-main/readers/ocr/gray-image'
import { imageRulings } from '../../src-main/readers/ocr/image-rulings'
import { cellDash, cellInk, gridCells } from '../../src-main/readers/ocr/grid-cells'
import { tidyReading } from '../../src-main/readers/ocr/ocr-text'
import { pageImage } from '../../src-main/readers/ocr/pdf-page-images'
import { degrade, imagePdf } from '../../src-main/eval/make-scan'

const alphabet = ['', '0', '1', '2', '○', '０', '年', ' ']

function probs(rows: number[][]): Float32Array {
  return new Float32Array(rows.flat())
}

describe('CTC decoding', () => {
  it('collapses repeats, drops blanks and keeps a repeated character split by a blank', () => {
    const p = probs([
      [0.1, 0, 0.9, 0, 0, 0, 0, 0],
      [0.1, 0, 0.9, 0, 0, 0, 0, 0],
      [0.9, 0, 0.1, 0, 0, 0, 0, 0],
      [0.2, 0, 0.8, 0, 0, 0, 0, 0],
      [0.3, 0, 0, 0, 0, 0, 0.7, 0],
    ])
    const d = ctcDecode(p, 5, 8, alphabet)
    expect(d.text).toBe('11年')
    expect(d.minConfidence).toBeCloseTo(0.7)
  })
  it('scores a zero by its whole group of round glyphs, and ignores steps past the crop', () => {
    const p = probs([
      [0.1, 0.3, 0, 0, 0.35, 0.25, 0, 0],
      [0.1, 0, 0, 0.9, 0, 0, 0, 0],
    ])
    const plain = ctcDecode(p, 2, 8, alphabet, 1)
    expect(plain.text).toBe('○')
    expect(plain.minConfidence).toBeCloseTo(0.35)
    const grouped = ctcDecode(p, 2, 8, alphabet, 1, digitGroups(alphabet))
    expect(grouped.text).toBe('○')
    expect(grouped.minConfidence).toBeCloseTo(0.9)
  })
})

describe('DB boxes', () => {
  it('finds each region above the threshold, drops weak ones, and grows the kept ones', () => {
    const W = 60, H = 20
    const data = new Float32Array(W * H)
    for (let y = 5; y < 12; y++) for (let x = 4; x < 24; x++) data[y * W + x] = 0.9
    for (let y = 5; y < 12; y++) for (let x = 34; x < 54; x++) data[y * W + x] = 0.4 // mean below 0.6
    const boxes = dbBoxes({ width: W, height: H, data })
    expect(boxes).toHaveLength(1)
    const b = boxes[0]!
    expect(b.x).toBeLessThan(4)
    expect(b.x + b.w).toBeGreaterThan(24)
    expect(b.score).toBeCloseTo(0.9)
  })
})

function blankPage(w: number, h: number): GrayImage {
  return { width: w, height: h, data: new Uint8Array(w * h).fill(255) }
}

function grid(w: number, h: number, rows: number[], cols: number[]): GrayImage {
  const img = blankPage(w, h)
  for (const y of rows) for (let x = cols[0]!; x <= cols[cols.length - 1]!; x++) for (let t = 0; t < 2; t++) img.data[(y + t) * w + x] = 0
  for (const x of cols) for (let y = rows[0]!; y <= rows[rows.length - 1]!; y++) for (let t = 0; t < 2; t++) img.data[y * w + x + t] = 0
  return img
}

describe('deskew and ruling lines', () => {
  const page = grid(800, 1000, [200, 260, 320, 380, 440], [100, 300, 500, 700])
  it('finds no turn on a level page and the turn of a turned one', () => {
    expect(skewDegrees(page)).toBe(0)
    const turned = rotate(page, 0.8)
    // Within one search step (0.1°).
    expect(Math.abs(Math.abs(skewDegrees(turned)) - 0.8)).toBeLessThanOrEqual(0.1 + 1e-9)
    expect(Math.abs(skewDegrees(rotate(turned, -skewDegrees(turned))))).toBeLessThanOrEqual(0.1)
  })
  it('finds every rule of a grid, through noise', () => {
    const noisy = degrade(page, { noise: 12, specks: 0.002, seed: 3 })
    const rs = imageRulings(noisy)
    const hs = rs.filter((r) => r.dir === 'h').map((r) => Math.round(r.at))
    const vs = rs.filter((r) => r.dir === 'v').map((r) => Math.round(r.at))
    expect(hs.sort((a, b) => a - b)).toEqual([200, 260, 320, 380, 440].map((y) => y + 1))
    expect(vs.sort((a, b) => a - b)).toEqual([100, 300, 500, 700].map((x) => x + 1))
  })
})

describe('table cells from the rulings, and the ink inside one', () => {
  const rows = [200, 260, 320, 380, 440], cols = [100, 300, 500, 700]
  it('finds every cell the rules bound, and none outside the table', () => {
    const cells = gridCells(imageRulings(degrade(grid(800, 1000, rows, cols), { noise: 12, specks: 0.002, seed: 5 })))
    expect(cells).toHaveLength(4 * 3)
    for (const c of cells) {
      expect(rows.some((y) => Math.abs(c.y0 - y - 1) <= 1)).toBe(true)
      expect(cols.some((x) => Math.abs(c.x1 - x - 1) <= 1)).toBe(true)
    }
  })
  it('closes the open top row of a table continued from the page before (column rules, no rule across)', () => {
    const page = grid(800, 1000, rows, cols)
    // Wipe the top rule: the column rules now start at the page's table edge with nothing across.
    for (let y = rows[0]! - 2; y <= rows[0]! + 2; y++) for (let x = 0; x < 800; x++) if (!cols.some((c) => Math.abs(x - c) <= 2)) page.data[y * 800 + x] = 255
    const cells = gridCells(imageRulings(degrade(page, { noise: 8, seed: 4 })))
    expect(cells).toHaveLength(4 * 3)
    expect(cells.filter((c) => c.y0 < rows[0]! + 5)).toHaveLength(3)
    // Two column rules ending level are no table edge.
    const two = grid(800, 1000, rows, [100, 300])
    for (let y = rows[0]! - 2; y <= rows[0]! + 2; y++) for (let x = 0; x < 800; x++) if (!cols.some((c) => Math.abs(x - c) <= 2)) two.data[y * 800 + x] = 255
    expect(gridCells(imageRulings(two)).filter((c) => c.y0 < rows[0]! + 5)).toHaveLength(0)
  })
  it('tells a reading that runs over its cell\'s column rule from one that only comes near it', () => {
    const cell = { x0: 300, y0: 260, x1: 500, y1: 320 }
    // Boxes as the detector gives them: the glyphs with about a fifth of the box's height around.
    const grown = (x0: number, x1: number, y0 = 280, y1 = 300) => {
      const h = (y1 - y0) / (1 - 2 * 0.19), m = 0.19 * h
      return { x: x0 - m, y: y0 - m, w: x1 - x0 + 2 * m, h, score: 1 }
    }
    // "10" where the 1 is the left rule itself (glyphs from x 299; the rule's centre is 300).
    expect(straddles(grown(299, 322), cell)).toBe(true)
    // A lone 0 four pixels inside the rule, and a long number right-aligned near the right rule.
    expect(straddles(grown(304, 316), cell)).toBe(false)
    expect(straddles(grown(420, 496), cell)).toBe(false)
  })
  it('finds a thin stroke through specks, and no ink in a speckled empty cell', () => {
    const page = grid(800, 1000, rows, cols)
    // A thin "1": 3 px wide, 22 px tall, in the cell (300..500) × (260..320).
    for (let y = 279; y < 301; y++) for (let x = 398; x < 401; x++) page.data[y * 800 + x] = 20
    const noisy = degrade(page, { noise: 10, specks: 0.01, seed: 9 })
    const cells = gridCells(imageRulings(noisy))
    const at = (x: number, y: number) => cells.find((c) => c.x0 < x && c.x1 > x && c.y0 < y && c.y1 > y)!
    const ink = cellInk(noisy, at(400, 290), 20)
    expect(ink).not.toBeNull()
    expect(ink!.x0).toBeGreaterThanOrEqual(396)
    expect(ink!.x1).toBeLessThanOrEqual(403)
    expect(ink!.y1 - ink!.y0).toBeGreaterThanOrEqual(20)
    expect(cellInk(noisy, at(600, 290), 20)).toBeNull()
  })
})

describe('digit readings', () => {
  it('reads round glyphs as 0 and full-width digits as digits', () => {
    expect(tidyReading('○', 0.4)).toEqual({ text: '0', confidence: 0.4, guess: false })
    expect(tidyReading('１２', 0.9)).toEqual({ text: '12', confidence: 0.9, guess: false })
  })
  it('marks look-alikes and a lone full stop as guesses, and leaves words alone', () => {
    expect(tidyReading('З', 0.9)).toMatchObject({ text: '3', guess: true })
    expect(tidyReading('。', 0.9)).toMatchObject({ text: '0', guess: true })
    expect(tidyReading('1o', 0.9)).toMatchObject({ text: '10', guess: true })
    expect(tidyReading('总计', 0.9)).toMatchObject({ text: '总计', guess: false })
    expect(tidyReading('I', 0.9)).toMatchObject({ text: 'I', guess: false })
  })
  it('doubts guesses and unsure non-zero digits, never words', () => {
    expect(isDoubtful('3', 0.9, true)).toBe(true)
    expect(isDoubtful('7', 0.2, false)).toBe(true)
    expect(isDoubtful('0', 0.2, false)).toBe(false)
    expect(isDoubtful('7', 0.8, false)).toBe(false)
    expect(isDoubtful('申请', 0.1, false)).toBe(false)
    // A lone stroke may be a thin 1 read badly; the extractor would take a dash for 0.
    for (const stroke of ['-', '—', '－', '|', 'l']) expect(isDoubtful(stroke, 0.99, false)).toBe(true)
    expect(isDoubtful('一、', 0.99, false)).toBe(false)
  })
})

describe('image-only PDF writer', () => {
  it('writes pages pdf.js reads back as the same pictures, with no text', async () => {
    const a = grid(300, 400, [50, 100], [40, 260])
    const b = degrade(a, { noise: 20, seed: 1 })
    const bytes = imagePdf([a, b], 100)
    ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
    const task = pdfjs.getDocument({ data: bytes, useWasm: false, isOffscreenCanvasSupported: false, verbosity: 0 } as Parameters<typeof pdfjs.getDocument>[0])
    const doc = await task.promise
    expect(doc.numPages).toBe(2)
    const p2 = await doc.getPage(2)
    expect((await p2.getTextContent()).items).toHaveLength(0)
    const pic = await pageImage(p2, 2)
    expect(pic?.image.width).toBe(300)
    expect(Buffer.from(pic!.image.data).equals(Buffer.from(b.data))).toBe(true)
    expect(pic!.width).toBeCloseTo(216)
    await task.destroy()
  })
})

describe('raised, lowered and circled digits', () => {
  // A phone photo's blurred 7 in a table's total column was read as 「²」 (0.59) and kept as 2; a
  // misread 7 → 12 in the same column made the column's sum hold, and both went into the report.
  it('takes a number read with one of them as a guess (doubtful), not as the digit', () => {
    expect(tidyReading('²', 0.59)).toMatchObject({ text: '2', guess: true })
    expect(tidyReading('1²', 0.9)).toMatchObject({ text: '12', guess: true })
    expect(tidyReading('₃', 0.9)).toMatchObject({ text: '3', guess: true })
    expect(tidyReading('⑦', 0.9)).toMatchObject({ text: '7', guess: true })
    expect(isDoubtful('2', 0.59, tidyReading('²', 0.59).guess)).toBe(true)
  })
  it('leaves full-width digits and words as they were', () => {
    expect(tidyReading('２３', 0.9)).toEqual({ text: '23', confidence: 0.9, guess: false })
    expect(tidyReading('①予以公开', 0.9)).toMatchObject({ guess: false })
  })
})

describe('digit readings with specks', () => {
  it('keeps the digit shape of a speckled reading, as a guess', () => {
    expect(tidyReading('"o', 0.9)).toMatchObject({ text: '0', guess: true })
    expect(tidyReading('[2]', 0.9)).toMatchObject({ text: '2', guess: true })
    expect(tidyReading('(一)', 0.9)).toMatchObject({ text: '(一)', guess: false })
    expect(tidyReading('三、I收到和处理', 0.9).text).toBe('三、收到和处理')
    expect(tidyReading('三、I', 0.9).text).toBe('三、')
    expect(tidyReading('AB岗制度', 0.9).text).toBe('AB岗制度')
  })
})

describe('a place read twice', () => {
  const box = (text: string, x: number, w: number, y = 100, h = 14) => ({ text, confidence: 0.95, x, y, w, h })
  it('drops a sliver read inside a number\'s box (18 over 89 would join as 1889), keeps neighbours', () => {
    const label = box('规范性文件', 37, 54), sliver = box('18', 93, 4), number = box('89', 94, 15), next = box('89', 175, 15)
    expect(dropRepeatedBoxes([label, sliver, number, next]).map((b) => b.text)).toEqual(['规范性文件', '89', '89'])
    // Touching boxes of one line, and a box of the line below, all stay.
    const below = box('7', 96, 6, 116)
    expect(dropRepeatedBoxes([label, number, box('0', 110, 8), below])).toHaveLength(4)
  })
})

describe('the page\'s light evened out before reading', () => {
  // A ruled table above lines of "print" (small dark squares), as much ink as a page of text has.
  const page = (w: number, h: number) => {
    const img = grid(w, h, [200, 260, 320, 380, 440], [100, 300, 500, 700])
    for (let y = 600; y + 10 < h - 100; y += 25) for (let x = 100; x + 10 < w - 100; x += 25) for (let k = 0; k < 100; k++) img.data[(y + Math.floor(k / 10)) * w + x + (k % 10)] = 0
    return img
  }
  it('leaves a clean page as it is', () => {
    const clean = degrade(page(1600, 2000), { noise: 8, seed: 3 })
    expect(evenLight(clean).image).toBe(clean)
  })
  it('makes shaded paper white and faint rules dark again, on a page big enough', () => {
    const worn = degrade(page(1600, 2000), { fade: 0.4, paper: 215, shadow: { side: 'left', reach: 0.5, depth: 0.5 }, noise: 6, seed: 3 })
    const fixed = evenLight(worn)
    expect(fixed.flattened).toBe(true)
    expect(fixed.inkWas).toBeGreaterThan(60)
    const at = (img: { width: number; data: Uint8Array }, x: number, y: number) => img.data[y * img.width + x]!
    // Paper near the shaded edge and far from it, and a rule (row 260, 2 px thick).
    expect(at(worn, 150, 560)).toBeLessThan(170)
    expect(at(fixed.image, 150, 560)).toBeGreaterThan(225)
    expect(at(fixed.image, 1300, 560)).toBeGreaterThan(225)
    expect(at(worn, 400, 261)).toBeGreaterThan(90)
    expect(at(fixed.image, 400, 261)).toBeLessThan(60)
    // The ruling search, with its fixed grey, finds every rule again.
    expect(imageRulings(fixed.image).filter((r) => r.dir === 'h').length).toBeGreaterThanOrEqual(5)
  })
  it('does not stretch a small picture (its thin strokes would drown in the stretched grain)', () => {
    const small = degrade(page(1000, 1300), { fade: 0.4, noise: 6, seed: 3 })
    expect(evenLight(small).inkWas).toBe(0)
  })
})

describe('two numbers in one box, one number in two boxes', () => {
  // Boxes as the detector gives them: the glyphs grown by about a fifth of the box's height.
  const box = (text: string, x: number, glyphWidth: number, h = 30) => ({ text, confidence: 0.99, x: x - 0.19 * h, y: 100, w: glyphWidth + 0.38 * h, h })
  it('doubts a number box wider than its digits (126 and 0 of two cells read as 1260)', () => {
    // Digits ~0.55 glyph heights wide: 1260 printed is ~41 px of 18.6-px glyphs; with a cell between, 200 px.
    expect(tooWide('1260', box('1260', 0, 200))).toBe(true)
    expect(tooWide('1260', box('1260', 0, 45))).toBe(false)
    expect(tooWide('7539.44', box('7539.44', 0, 70))).toBe(false)
    // A lone digit in a wide box is no merge.
    expect(tooWide('1', box('1', 0, 40))).toBe(false)
  })
  it('doubts a number box too narrow for its digits (a rule beside a 7 read as 17)', () => {
    // Measured in a faded scan: "17" in a box of 10.2 × 12.8 pt (one digit's width).
    expect(tooNarrow('17', { text: '17', confidence: 0.64, x: 554.7, y: 481, w: 10.2, h: 12.8 })).toBe(true)
    expect(tooNarrow('17', box('17', 0, 20, 30))).toBe(false)
    expect(tooNarrow('7', box('7', 0, 4, 30))).toBe(false)
  })
  it('judges narrowness by the page\'s own print: small soft digits in tall boxes are no strokes read as 1', () => {
    // Measured on a real report printed at 7.5 pt, scanned at 200 dpi with a grey disc over it: the
    // detector's boxes round its digits are ~2.5 times their ink's height, so every two-digit count
    // of table 三 looked too narrow for its digits and was left out (21 of 25 numbers on the page).
    const page = [
      ['3985758', 252.3, 130.5, 42, 13.3], ['88283', 252.3, 166.1, 31.1, 13.9], ['96171.6', 252.6, 272, 39.4, 14.3],
      ['53', 302.9, 466.8, 10.6, 12.3], ['61', 424.7, 466.8, 10, 12.7], ['3001', 263.4, 466.6, 18.3, 12.6],
      ['3119', 499.7, 467.3, 18.5, 11.8], ['34', 267, 490.9, 12.7, 12.3], ['34', 503.3, 491.1, 11.2, 11.9],
      ['21', 303.7, 513.7, 9.1, 12.4], ['50', 425.1, 513.4, 10.8, 13], ['1288', 263.6, 514.5, 18.5, 11.8],
      ['1362', 500.2, 514.5, 17.9, 11.8], ['454', 502.9, 546.4, 12.6, 10.1], ['447', 266.4, 547.1, 12.9, 9.4],
      ['30', 267.1, 601.4, 11.4, 12.6], ['31', 504.2, 601.9, 8.9, 11.1], ['12', 267.6, 695.8, 11, 14.3],
      ['12', 504, 697.2, 9.8, 12.1], ['105', 265.9, 745.6, 14.5, 12], ['105', 502, 745.6, 14.5, 12],
      ['12', 303.3, 768.1, 10.9, 13.7], ['10', 425.8, 769.4, 9.8, 12.1], ['746', 265.3, 769.4, 15.1, 12.1], ['769', 502.1, 769.5, 13.8, 11.8],
    ] as const
    const boxes = page.map(([text, x, y, w, h]) => ({ text, confidence: 1, x, y, w, h }))
    expect(boxes.filter((b) => tooNarrow(b.text, b)).length).toBeGreaterThan(8)
    expect(mergedNumberBoxes(boxes, boxes.map((b) => b.text)).size).toBe(0)
    // A page of wider print (a worn 150-dpi copy, measured): its 17 of a 7 and a rule piece is narrow
    // beside the page's own numbers and stays doubted.
    const worn = [
      ['89', 175.6, 86.2, 14.6, 12.8], ['89', 256.1, 86.3, 29.6, 12.1], ['181', 217.3, 123.8, 34.7, 14.2], ['153', 279.9, 162.3, 21.7, 14],
      ['10', 140.2, 163.3, 22.3, 11.6], ['430', 217.3, 201, 21.9, 13.2], ['126', 82, 237.7, 27.8, 14.7], ['25', 217.7, 239.5, 14.8, 13.5],
      ['35', 109.5, 277.8, 21.4, 13.2], ['135', 99.8, 317.1, 34.7, 11.3], ['23', 324.4, 442.3, 15.3, 14.9], ['236', 553.5, 443.4, 19.4, 15.2],
      ['17', 554.6, 482.6, 8.3, 10.4], ['7', 324.4, 482.9, 9.3, 11.9],
    ] as const
    const wornBoxes = worn.map(([text, x, y, w, h]) => ({ text, confidence: 1, x, y, w, h }))
    const print = pageDigitWidth(wornBoxes, wornBoxes.map((b) => b.text))
    expect(print).not.toBeNull()
    expect(tooNarrow('17', wornBoxes[12]!, print)).toBe(true)
    expect(mergedNumberBoxes(wornBoxes, wornBoxes.map((b) => b.text)).has(12)).toBe(true)
  })
  it('doubts number boxes that touch on their line, not those a gap apart or on other lines', () => {
    const boxes = [box('126', 0, 31), box('0', 33, 10), box('25', 300, 20), box('3', 330, 10), { ...box('4', 0, 10), y: 160 }]
    const texts = boxes.map((b) => b.text)
    expect([...mergedNumberBoxes(boxes, texts)].sort()).toEqual([0, 1])
    // A word beside a number is no merge.
    expect(mergedNumberBoxes([box('共', 0, 18), box('5', 20, 10)], ['共', '5']).size).toBe(0)
  })
  it('takes a number out of a words box that ran into its cell (其他对外管理服务事项10 over 10)', () => {
    // Measured on a faded scan: the label's box runs on over the next cell's 10, found again alone.
    const words = { text: '其他对外管理服务事项10', confidence: 1, x: 37, y: 162.6, w: 125.1, h: 14.4 }
    const ten = { text: '10', confidence: 1, x: 149.4, y: 163.8, w: 13, h: 11.5 }
    const out = dropRepeatedBoxes([words, ten])
    expect(out.map((b) => b.text)).toEqual(['其他对外管理服务事项', '10'])
    expect(out[0]!.x + out[0]!.w).toBeLessThanOrEqual(ten.x)
    // The input is left as it was.
    expect(words.text).toBe('其他对外管理服务事项10')
  })
  it('keeps one of two boxes of the same place and reading (7 and 7 would join as 77)', () => {
    const a = box('7', 50, 10)
    expect(dropRepeatedBoxes([a, { ...a }]).length).toBe(1)
    expect(dropRepeatedBoxes([a, { ...a, text: '1' }]).length).toBe(2)
  })
})

describe('a rule read as a glyph of the words beside it', () => {
  const cell = { x0: 100, y0: 0, x1: 300, y1: 40 }
  const read = (text: string, x: number, w: number) => ({ box: { x, y: 5, w, h: 30, score: 1 }, read: { text, confidence: 0.9, minConfidence: 0.9, steps: [] } })
  it('drops a stroke read from the cell\'s rule at the side where the box runs over it', () => {
    expect(withoutRuleGlyphs(read('L本年增/减', 95, 150), cell).read.text).toBe('本年增/减')
    expect(withoutRuleGlyphs(read('上一年项目数量|', 150, 155), cell).read.text).toBe('上一年项目数量')
  })
  it('keeps the glyph where the box stays inside its cell, a digit (maybe the next cell\'s), and numbered labels', () => {
    expect(withoutRuleGlyphs(read('L本年增/减', 120, 150), cell).read.text).toBe('L本年增/减')
    expect(withoutRuleGlyphs(read('其他对外管理服务事项1', 150, 155), cell).read.text).toBe('其他对外管理服务事项1')
    expect(withoutRuleGlyphs(read('1.属于国家秘密', 95, 150), cell).read.text).toBe('1.属于国家秘密')
  })
})

describe('a cell re-read that leaves ink unread', () => {
  it('refuses one digit read from ink two digits wide (a faint 3 in bits beside a 5, read as 5)', () => {
    // Measured on a faded 200-dpi scan: the cell's ink 23 × 21 px, read "5".
    expect(fillsInk('5', { x0: 334, y0: 778, x1: 357, y1: 799 }, 28)).toBe(false)
    expect(fillsInk('35', { x0: 334, y0: 778, x1: 357, y1: 799 }, 28)).toBe(true)
    expect(fillsInk('0', { x0: 0, y0: 0, x1: 12, y1: 21 }, 28)).toBe(true)
    expect(fillsInk('无', { x0: 0, y0: 0, x1: 21, y1: 21 }, 28)).toBe(true)
  })
  it('refuses a digit read from ink lower than a digit (a bit of one)', () => {
    expect(fillsInk('9', { x0: 0, y0: 0, x1: 3, y1: 9 }, 22)).toBe(false)
    expect(fillsInk('9', { x0: 0, y0: 0, x1: 9, y1: 15 }, 22)).toBe(true)
  })
})

describe('a dash printed for none, known by its shape', () => {
  const page = (draw: (set: (x: number, y: number) => void) => void): GrayImage => {
    const img: GrayImage = { width: 100, height: 60, data: new Uint8Array(100 * 60).fill(240) }
    draw((x, y) => (img.data[y * 100 + x] = 20))
    return img
  }
  const cell = { x0: 0, y0: 0, x1: 100, y1: 60 }
  it('finds a flat stroke in the middle of a cell', () => {
    const img = page((set) => { for (let x = 38; x < 62; x++) for (let y = 29; y < 32; y++) set(x, y) })
    expect(cellDash(img, cell, 30)).toEqual({ x0: 38, y0: 29, x1: 62, y1: 32 })
    expect(flatDash('—', { w: 28, h: 7 })).toBe(true)
  })
  it('never takes a thin upright stroke (a 1) or a digit for a dash', () => {
    const one = page((set) => { for (let y = 18; y < 42; y++) for (let x = 49; x < 52; x++) set(x, y) })
    expect(cellDash(one, cell, 30)).toBeNull()
    const two = page((set) => { for (let x = 38; x < 62; x++) for (let y = 29; y < 32; y++) set(x, y); for (let y = 18; y < 29; y++) set(50, y), set(51, y) })
    expect(cellDash(two, cell, 30)).toBeNull()
    expect(flatDash('—', { w: 10, h: 13 })).toBe(false)
  })
})

describe('a faint dash and a faint glyph on grey, worn paper', () => {
  const page = (draw: (set: (x: number, y: number, v: number) => void) => void): GrayImage => {
    const img: GrayImage = { width: 100, height: 60, data: new Uint8Array(100 * 60).fill(240) }
    draw((x, y, v) => (img.data[y * 100 + x] = v))
    return img
  }
  const cell = { x0: 0, y0: 0, x1: 100, y1: 60 }
  it('finds a dash darker than the ink grey only along its core (a 1-pixel sliver)', () => {
    // A 20-pixel dash, grey 150, with a 10-pixel core at 100 (measured on a JPEG-worn generated scan).
    const img = page((set) => { for (let x = 40; x < 60; x++) for (let y = 29; y < 32; y++) set(x, y, x >= 45 && x < 55 && y === 30 ? 100 : 150) })
    expect(cellDash(img, cell, 26)).toEqual({ x0: 40, y0: 29, x1: 60, y1: 32 })
    // An upright stroke stays no dash at the fainter grey too.
    const one = page((set) => { for (let y = 18; y < 42; y++) for (let x = 49; x < 52; x++) set(x, y, 150) })
    expect(cellDash(one, cell, 26)).toBeNull()
  })
  it('takes the whole of a faint glyph whose uprights alone are darker than the ink grey, never a number\'s width', () => {
    // A 无-like glyph: two dark uprights, faint hairline strokes across.
    const glyph = page((set) => {
      for (let y = 18; y < 42; y++) for (const x of [44, 45, 54, 55]) set(x, y, 60)
      for (const y of [20, 28, 40]) for (let x = 36; x < 64; x++) if (x < 44 || x > 45) if (x < 54 || x > 55) set(x, y, 150), set(x, y + 1, 150)
    })
    const ink = cellInk(glyph, cell, 26)!
    expect(ink.x1 - ink.x0).toBeGreaterThanOrEqual(26)
    // A thin 1 stays a sliver.
    const one = page((set) => { for (let y = 18; y < 42; y++) for (let x = 49; x < 52; x++) set(x, y, 30) })
    expect(cellInk(one, cell, 26)!.x1 - cellInk(one, cell, 26)!.x0).toBeLessThanOrEqual(4)
  })
})

describe('a re-read must agree with the digits the detector read in the cell', () => {
  it('takes the same digits, or those with a rule read as 1 at an end gone', () => {
    expect(agrees('29', '129')).toBe(true)
    expect(agrees('0', '10')).toBe(true)
    expect(agrees('7', '')).toBe(true)
    expect(agrees('52', '52')).toBe(true)
  })
  it('refuses a re-read that adds digits or reads others (measured on generated scans with 件 counts)', () => {
    expect(agrees('8391', '839')).toBe(false)
    expect(agrees('156', '56')).toBe(false)
    expect(agrees('0', '153')).toBe(false)
    expect(agrees('98', '398')).toBe(false)
  })
})

describe('a 1 read from the rule beside a number', () => {
  it('re-reads a number starting with 1 whose box starts at its cell\'s left rule (29 read as 129)', () => {
    const cell = { x0: 82.6, y0: 640, x1: 300, y1: 675 }
    const r = (text: string, x: number) => ({ box: { x, y: 652, w: 14.4, h: 11.5, score: 1 }, read: { text, confidence: 0.6, minConfidence: 0.6, steps: [] } })
    expect(oneByRule(r('129', 84.7), cell)).toBe(true)
    expect(oneByRule(r('129', 120), cell)).toBe(false)
    expect(oneByRule(r('29', 84.7), cell)).toBe(false)
  })
})
