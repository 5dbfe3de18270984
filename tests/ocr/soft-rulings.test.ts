// Rules of a soft scan (a phone photo or a worn copy at 150 dpi): a one-pixel rule blurred by one
// pixel is three grey pixels, none as dark as a sharp scan's rule. Found by being darker than the
// paper either side of it (image-rulings.ts), in pieces joined where a crossing rule's blur breaks it.
import { describe, expect, it } from 'vitest'
import { degrade } from '../../src-main/eval/make-scan'
import type { GrayImage } from '../../src-main/readers/ocr/gray-image'
import { imageRulings } from '../../src-main/readers/ocr/image-rulings'

const rows = [200, 240, 280, 320, 360], cols = [100, 250, 400, 550, 700]

/** Rules two pixels thick in grey (a thin printed rule at 150 dpi, its edges shared with the paper). */
function thinGrid(w: number, h: number, ink: number): GrayImage {
  const img: GrayImage = { width: w, height: h, data: new Uint8Array(w * h).fill(255) }
  for (const y of rows) for (let x = cols[0]!; x <= cols[cols.length - 1]!; x++) for (const t of [0, 1]) img.data[(y + t) * w + x] = ink
  for (const x of cols) for (let y = rows[0]!; y <= rows[rows.length - 1]!; y++) for (const t of [0, 1]) img.data[y * w + x + t] = ink
  return img
}

/** Short strokes with small gaps, as a line of blurred print: no rule. */
function strokes(img: GrayImage, y: number, x0: number, x1: number): void {
  for (let x = x0; x < x1; x += 16) for (let t = 0; t < 11 && x + t < x1; t++) img.data[y * img.width + x + t] = 0
}

describe('rules of a soft scan', () => {
  it('finds every rule of a grid of thin grey rules blurred by a pixel and saved as JPEG, each across the table', () => {
    for (const ink of [110, 130]) {
      // Blurred, the rule's darkest pixel is (2 × ink + 255) / 3 ≥ 158: lighter than a sharp rule's 150.
      // (With noise added as well the rule is found in pieces: see SCAN-CAUSES.md, session 15.)
      const soft = degrade(thinGrid(800, 600, ink), { blur: 1, jpeg: 55, seed: 1 })
      const rs = imageRulings(soft)
      const hs = rs.filter((r) => r.dir === 'h'), vs = rs.filter((r) => r.dir === 'v')
      expect(hs).toHaveLength(rows.length)
      expect(vs).toHaveLength(cols.length)
      for (const y of rows) expect(hs.filter((r) => Math.abs(r.at - y - 0.5) <= 1.5)).toHaveLength(1)
      for (const x of cols) expect(vs.filter((r) => Math.abs(r.at - x - 0.5) <= 1.5)).toHaveLength(1)
      for (const r of hs) expect(r.to - r.from).toBeGreaterThan(0.95 * (cols[4]! - cols[0]!))
      for (const r of vs) expect(r.to - r.from).toBeGreaterThan(0.95 * (rows[4]! - rows[0]!))
    }
  })
  it('takes no rule from a line of short strokes, and no second rule beside a sharp one', () => {
    const img = thinGrid(800, 600, 0)
    strokes(img, 500, 100, 700)
        const rs = imageRulings(degrade(img, { blur: 1, noise: 10, seed: 4 }))
    expect(rs.filter((r) => r.dir === 'h' && Math.abs(r.at - 500) < 4)).toHaveLength(0)
    const sharp = imageRulings(degrade(img, { noise: 8, seed: 5 })).filter((r) => r.dir === 'h')
    expect(sharp.filter((r) => Math.abs(r.at - 500) < 4)).toHaveLength(0)
    expect(sharp).toHaveLength(rows.length)
  })
})
