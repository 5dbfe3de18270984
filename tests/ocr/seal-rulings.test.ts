// Rules under a seal stamped in grey ink (a seal over table 三, or a red seal scanned in grey): the
// seal's ring is darker than the ruling threshold, so a rule crossing it joined the ring's runs and
// was dropped as a thick blot, end to end (rules-through-seals.ts).
import { describe, expect, it } from 'vitest'
import { degrade } from '../../src-main/eval/make-scan'
import { stampSeal } from '../../src-main/eval/scan-wear'
import type { GrayImage } from '../../src-main/readers/ocr/gray-image'
import { imageRulings, type PixelRuling } from '../../src-main/readers/ocr/image-rulings'

const rows = [300, 352, 404, 456, 508, 560, 612, 664, 716, 768]
const cols = [100, 500, 600, 700, 800, 900, 1000, 1100, 1200]

/** A ruled table in black, rules two pixels thick (a 200-dpi scan of a printed table). */
function grid(): GrayImage {
  const w = 1300, h = 1000
  const img: GrayImage = { width: w, height: h, data: new Uint8Array(w * h).fill(255) }
  for (const y of rows) for (let x = cols[0]!; x <= cols[cols.length - 1]! + 1; x++) for (const t of [0, 1]) img.data[(y + t) * w + x] = 20
  for (const x of cols) for (let y = rows[0]!; y <= rows[rows.length - 1]! + 1; y++) for (const t of [0, 1]) img.data[y * w + x + t] = 20
  return img
}

const across = (rs: PixelRuling[], dir: 'h' | 'v', at: number, from: number, to: number): PixelRuling[] =>
  rs.filter((r) => r.dir === dir && Math.abs(r.at - at - 0.5) <= 1.5 && r.from <= from + 3 && r.to >= to - 3)

describe('rules under a grey seal', () => {
  it('finds every rule of the table across it, under a seal in light and in dark grey', () => {
    for (const grey of [140, 100]) {
      const img = grid()
      stampSeal(img, { cx: 0.62, cy: 0.42, r: 0.19, grey })
      const rs = imageRulings(degrade(img, { noise: 8, seed: 3 }))
      for (const x of cols) expect(across(rs, 'v', x, rows[0]!, rows[rows.length - 1]!), `v ${x}, seal ${grey}`).toHaveLength(1)
      for (const y of rows) expect(across(rs, 'h', y, cols[0]!, cols[cols.length - 1]!), `h ${y}, seal ${grey}`).toHaveLength(1)
    }
  })
  it('adds nothing to a table with no seal: each rule once', () => {
    const rs = imageRulings(degrade(grid(), { noise: 8, seed: 4 }))
    expect(rs.filter((r) => r.dir === 'v')).toHaveLength(cols.length)
    expect(rs.filter((r) => r.dir === 'h')).toHaveLength(rows.length)
  })
})
