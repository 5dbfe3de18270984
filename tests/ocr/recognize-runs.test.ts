// The recogniser's runs: crops of one width read together in one tensor must read as each crop
// read alone (nothing padded, so a crop's reading never depends on what else is on the page). The
// crops are cut around numbers and words the detector finds on a real report's table page, made
// into a 200-dpi scan here.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { degrade, renderPages } from '../../src-main/eval/make-scan'
import type { PixelBox } from '../../src-main/readers/ocr/db-boxes'
import { detectBoxes } from '../../src-main/readers/ocr/detect'
import { loadModels } from '../../src-main/readers/ocr/models'
import { readCrops, sameWidthRuns } from '../../src-main/readers/ocr/recognize'

describe('runs of crops of one width', () => {
  it('groups only equal widths, at most `batch` a run, every crop once', () => {
    const runs = sameWidthRuns([96, 120, 96, 96, 300, 96, 96, 120], 4)
    expect(runs.map((r) => r.map((o) => o.i))).toEqual([[0, 2, 3, 5], [6], [1, 7], [4]])
    expect(runs.flat().map((o) => o.i).sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
  })
})

const source = resolve('../shared/corpus/synthetic/yunxi-jyj_2021.pdf')
const hasTools = existsSync(source) && ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].some(existsSync)

describe.skipIf(!hasTools)('crops read together and alone', () => {
  it('reads the same text, with the same confidence, in a run of one width as alone', { timeout: 600_000 }, async () => {
    const page = degrade(renderPages(source, 200, 3, 3)[0]!, { noise: 8, seed: 3 })
    const models = await loadModels()
    const found = (await detectBoxes(models, page, 1600)).sort((a, b) => a.y - b.y || a.x - b.x)
    expect(found.length).toBeGreaterThan(40)
    // Crops of one size about the middle of detected boxes: narrow ones (table cells' numbers) and
    // wider ones (words), so that several runs of more than one crop are read.
    const h = found.map((b) => b.h).sort((a, b) => a - b)[found.length >> 1]!
    const sized = (b: PixelBox, w: number): PixelBox => ({ ...b, x: b.x + b.w / 2 - w / 2, y: b.y + b.h / 2 - h / 2, w, h })
    const picked = found.filter((_, i) => i % 3 === 0).slice(0, 24)
    const boxes = picked.map((b, i) => sized(b, i % 2 ? 2 * h : 5 * h))
    const runs = sameWidthRuns(boxes.map((b) => b.w), 4)
    expect(runs.filter((r) => r.length > 1).length).toBeGreaterThan(3)
    const together = await readCrops(models, page, boxes)
    const alone = await readCrops(models, page, boxes, 1)
    expect(alone.filter((r) => r.text !== '').length).toBeGreaterThan(boxes.length / 2)
    expect(together.map((r) => r.text)).toEqual(alone.map((r) => r.text))
    together.forEach((r, i) => expect(Math.abs(r.minConfidence - alone[i]!.minConfidence)).toBeLessThan(1e-3))
  })
})
