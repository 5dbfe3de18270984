// A red seal over the tables of a colour scan is left out when the page is turned to grey.
import { describe, expect, it } from 'vitest'
import { greyOfColour, toGray } from '../../src-main/readers/ocr/gray-image'
import { redSeal } from '../../src-main/eval/scan-wear'

describe('red ink left out of a colour scan', () => {
  it('red seal ink reads as paper, black print under it stays dark, grey and yellowed paper keep their grey', () => {
    expect(greyOfColour(225, 45, 55)).toBeGreaterThan(200) // the seal on paper
    expect(greyOfColour(35, 10, 12)).toBeLessThan(60) // a black stroke under the seal
    expect(greyOfColour(40, 40, 40)).toBe(40) // black print
    expect(greyOfColour(128, 128, 128)).toBe(128)
    expect(Math.round(greyOfColour(240, 232, 205))).toBe(Math.round((240 * 299 + 232 * 587 + 205 * 114) / 1000)) // yellowed paper
  })

  it('a page with a red seal over its print turns to grey with the print and without the seal', () => {
    // A page of paper (235) with one black bar (30) across the middle; the seal over all of it.
    const W = 120, H = 120
    const grey = { width: W, height: H, data: new Uint8Array(W * H).fill(235) }
    for (let y = 58; y < 62; y++) for (let x = 0; x < W; x++) grey.data[y * W + x] = 30
    const rgb = redSeal(grey, { cx: 0.5, cy: 0.5, r: 0.3, grey: 50 })
    const back = toGray(W, H, rgb, 3)
    // The seal's ring (radius 36 round (60, 60)) over paper at (60, 24): dark in plain grey, paper now.
    const paperAt = 24 * W + 60
    const plain = (rgb[paperAt * 3]! * 299 + rgb[paperAt * 3 + 1]! * 587 + rgb[paperAt * 3 + 2]! * 114) / 1000
    expect(rgb[paperAt * 3 + 1]).toBeLessThan(100) // the ring is printed there (green taken away)
    expect(plain).toBeLessThan(120)
    expect(back.data[paperAt]).toBeGreaterThan(200)
    // Where the ring crosses the bar, at (96, 60).
    const ringAt = 60 * W + 96
    // The bar under the ring stays black.
    expect(back.data[ringAt]).toBeLessThan(60)
  })
})
