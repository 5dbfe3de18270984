// The turn of a worn copy's page (faint print, salt-and-pepper specks) measured from its print, not
// its specks: a page of one short table, faded to grey and speckled as eval-scans' worn-150dpi kind
// makes it, turned 1°. Pixels darker than deskew's DARK were then mostly the specks, and the turn
// was found as 0–0.3°: the page was read crooked, its rules found in pieces and its rows lost.
import { describe, expect, it } from 'vitest'
import { degrade } from '../../src-main/eval/make-scan'
import { printDarkBelow, skewDegrees } from '../../src-main/readers/ocr/deskew'
import type { GrayImage } from '../../src-main/readers/ocr/gray-image'
import { litForReading } from '../../src-main/readers/ocr/soft-print'

/** A 150-dpi page holding only a ruled table at its top (the end of a table carried over a page
 *  break), each cell holding a glyph-like mark of a few strokes; rules and strokes one pixel thin
 *  (a serif face's strokes at 150 dpi). */
function shortTablePage(): GrayImage {
  const w = 1275, h = 1650
  const img: GrayImage = { width: w, height: h, data: new Uint8Array(w * h).fill(255) }
  const ink = (x: number, y: number): void => { img.data[y * w + x] = 0 }
  const rows = [60, 100, 140, 180, 220, 260, 300, 340]
  const cols = [60, 200, 460, 560, 660, 760, 860, 960, 1060, 1160]
  for (const y of rows) for (let x = cols[0]!; x <= cols[cols.length - 1]!; x++) ink(x, y)
  for (const x of cols) for (let y = rows[0]!; y <= rows[rows.length - 1]!; y++) ink(x, y)
  for (let r = 0; r + 1 < rows.length; r++) {
    for (let c = 0; c + 1 < cols.length; c++) {
      const x0 = cols[c]! + 12, y0 = rows[r]! + 12
      // A 无-like mark: two bars, a stroke down and a foot, 16 px wide and high.
      for (let x = 0; x < 16; x++) (ink(x0 + x, y0), ink(x0 + x, y0 + 7))
      for (let y = 0; y < 16; y++) ink(x0 + 7, y0 + y)
      for (let x = 7; x < 16; x++) ink(x0 + x, y0 + 15)
    }
  }
  return img
}

describe('skew of a worn page', () => {
  // As scan-kinds' worn-150dpi: turned, a pixel's blur, ink kept at 0.6, noise 16, specks 0.004.
  const worn = (rotate: number): GrayImage => litForReading(degrade(shortTablePage(), { rotate, blur: 1, fade: 0.6, noise: 16, specks: 0.004, seed: 3 }))

  it('is measured from its faint print', () => {
    for (const turn of [1, -0.9]) {
      const page = worn(turn)
      expect(printDarkBelow(page)).toBeGreaterThan(140)
      expect(Math.abs(skewDegrees(page) - turn)).toBeLessThanOrEqual(0.1 + 1e-9)
    }
  })

  it('leaves a page of ordinary print to the dark pixels', () => {
    const page = litForReading(degrade(shortTablePage(), { rotate: 1, noise: 8, seed: 3 }))
    expect(printDarkBelow(page)).toBe(140)
    expect(Math.abs(skewDegrees(page) - 1)).toBeLessThanOrEqual(0.1 + 1e-9)
  })
})
