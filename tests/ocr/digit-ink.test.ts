// A number read with more digits than its box holds glyphs (a speck read as a digit) is doubtful.
import { describe, expect, it } from 'vitest'
import { digitGlyphs, moreDigitsThanInk } from '../../src-main/readers/ocr/digit-ink'
import type { GrayImage } from '../../src-main/readers/ocr/gray-image'

/** White paper with dark rectangles (x, y, w, h) painted on it. */
function page(rects: [number, number, number, number][]): GrayImage {
  const width = 240, height = 70
  const data = new Uint8Array(width * height).fill(235)
  for (const [x, y, w, h] of rects) for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) data[j * width + i] = 30
  return { width, height, data }
}
/** A digit-like glyph 16 px wide and 30 high at x (a ring of 3-px strokes, as an 0 or 8). */
const ring = (x: number): [number, number, number, number][] => [[x, 20, 16, 3], [x, 47, 16, 3], [x, 20, 3, 30], [x + 13, 20, 3, 30]]
/** A 1: one upright stroke. */
const one = (x: number): [number, number, number, number][] => [[x + 6, 20, 4, 30]]
const box = { x: 40, y: 10, w: 120, h: 50 }

describe('digits and the ink that holds them', () => {
  it('a speck beside two digits read as two more digits ("89" read as "1889") is doubtful', () => {
    const img = page([[46, 40, 4, 4], [52, 44, 3, 3], ...ring(70), ...ring(92)])
    expect(digitGlyphs(img, box)).toBe(2)
    expect(moreDigitsThanInk(img, box, '1889')).toBe(true)
    expect(moreDigitsThanInk(img, box, '189')).toBe(true)
    expect(moreDigitsThanInk(img, box, '89')).toBe(false)
  })

  it('four printed digits, a narrow 1 among them, hold a reading of four', () => {
    const img = page([...one(48), ...ring(70), ...ring(92), ...ring(114)])
    expect(digitGlyphs(img, box)).toBe(4)
    expect(moreDigitsThanInk(img, box, '1889')).toBe(false)
    expect(moreDigitsThanInk(img, box, '1,889')).toBe(false)
  })

  it('two digits run together into one glyph count as two', () => {
    // Two rings sharing an upright: one piece of ink as wide as two digits.
    const img = page([...ring(70), ...ring(83)])
    expect(digitGlyphs(img, box)).toBe(2)
    expect(moreDigitsThanInk(img, box, '88')).toBe(false)
    expect(moreDigitsThanInk(img, box, '188')).toBe(true)
  })

  it('words and empty boxes are not judged', () => {
    const img = page([[46, 40, 3, 3]])
    // No ink of a glyph's height: nothing to count by (a faint print is left to the other doubts).
    expect(digitGlyphs(img, box)).toBeNull()
    expect(moreDigitsThanInk(page(ring(70)), box, '无')).toBe(false)
  })
})
