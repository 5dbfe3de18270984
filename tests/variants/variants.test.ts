// The layout-variant suite on a deterministic sample: every gold model of ../shared/corpus printed
// in other layouts and formats must read back to its model — a cell right, or unread with a note;
// never a wrong number. (The full suite runs in `npm run eval`.)
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runVariants, missesOf, tallyOf } from './suite'
import { FORMATS } from './generator/formats'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')

describe.skipIf(!existsSync(corpus))('layout variants (sample)', () => {
  it('never reads a wrong number, and says why for every unread cell', async () => {
    const results = await runVariants(corpus, { perFormat: 1, pdfs: 1, sample: 3 })
    const formats = new Set(results.map((r) => r.variant.choices.format))
    expect(results.length).toBeGreaterThan(90)
    // Every text shape and file format is in the sample (PDF only where Chromium can print it).
    for (const f of FORMATS.filter((x) => x !== 'pdf')) expect(formats.has(f)).toBe(true)
    expect(new Set(results.map((r) => r.variant.model.template))).toEqual(new Set(['2019', '2021']))
    const wrong = missesOf(results, '错')
    const silent = missesOf(results, '缺(无说明)')
    expect(wrong).toEqual([])
    expect(silent).toEqual([])
    const { right, cells } = tallyOf(results)
    expect(right / cells).toBeGreaterThan(0.8)
  }, 240_000)
})
