// A thin rule resampled (a page scanned small and enlarged) falls on two pixel lines, each half
// dark: some rules of a table stay sharp, others come out grey along their whole length. On a page
// whose rules are mostly sharp those grey rules are still the table's (light-table-rules.ts).
import { describe, expect, it } from 'vitest'
import type { GrayImage } from '../../src-main/readers/ocr/gray-image'
import { imageRulings } from '../../src-main/readers/ocr/image-rulings'

const W = 1600, H = 1200
const cols = [200, 500, 700, 900, 1100, 1300, 1400]
const rows = [200, 266, 332, 398, 464, 530, 596, 662, 728, 794]
/** Rows whose rule came out grey: two pixel lines of 165 (measured on a real report at 70 %: 150–180). */
const grey = new Set([332, 530, 662])

function table(): GrayImage {
  const img: GrayImage = { width: W, height: H, data: new Uint8Array(W * H).fill(255) }
  const set = (x: number, y: number, v: number): void => { img.data[y * W + x] = Math.min(img.data[y * W + x]!, v) }
  for (const y of rows) for (let x = cols[0]!; x <= cols[cols.length - 1]!; x++) for (const t of [0, 1]) set(x, y + t, grey.has(y) ? 165 : 20)
  for (const x of cols) for (let y = rows[0]!; y <= rows[rows.length - 1]!; y++) for (const t of [0, 1]) set(x + t, y, 20)
  return img
}

/** Strokes of print: short grey dashes in line, a stroke standing between them, as a line of prose. */
function prose(img: GrayImage, y: number): void {
  for (let x = 220; x < 1380; x += 40) {
    for (let t = 0; t < 30; t++) img.data[y * W + x + t] = 165
    for (let t = -20; t < 20; t++) img.data[(y + t) * W + x + 35] = 20
  }
}

describe('grey rules of a sharp table', () => {
  it('finds every row rule of a table whose rules are partly grey, each once and across the table', () => {
    const hs = imageRulings(table()).filter((r) => r.dir === 'h')
    for (const y of rows) {
      const on = hs.filter((r) => Math.abs(r.at - y - 0.5) <= 1.5)
      expect(on, `rule at ${y}`).toHaveLength(1)
      expect(on[0]!.to - on[0]!.from).toBeGreaterThan(0.95 * (cols[cols.length - 1]! - cols[0]!))
    }
    expect(hs).toHaveLength(rows.length)
  })
  it('takes no grey line of print below the table, nor a grey line beside a sharp rule', () => {
    const img = table()
    prose(img, 1000)
    // The blur beside a sharp rule: a grey line 3 px under it.
    for (let x = cols[0]!; x <= cols[cols.length - 1]!; x++) img.data[(rows[1]! + 4) * W + x] = 165
    const hs = imageRulings(img).filter((r) => r.dir === 'h')
    expect(hs.filter((r) => r.at > 900)).toHaveLength(0)
    expect(hs.filter((r) => Math.abs(r.at - rows[1]! - 2) <= 4)).toHaveLength(1)
  })
})
