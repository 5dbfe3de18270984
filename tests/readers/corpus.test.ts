// The shared corpus read back: every table-三 row comes out as label + its 7 gold numbers in order,
// table 四 as its 15 gold numbers, whatever the format (PDF, DOCX, HTML, GBK page).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readFile } from '../../src-main/readers/index'
import { requestRows, reviewRow } from './table-helpers'

const CORPUS = resolve(__dirname, '../../../shared/corpus')
const present = existsSync(CORPUS)
if (!present) console.warn(`corpus not found at ${CORPUS}: corpus reader tests skipped`)

interface Gold {
  requests: { rows: Record<string, (number | null)[]> }
  reviewLitigation: { review: number[] | null; litigationDirect: number[] | null; litigationAfterReview: number[] | null }
}

function cases(folder: string, exts: string[]): { file: string; gold: Gold }[] {
  const dir = join(CORPUS, folder)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => exts.some((e) => f.endsWith(e)))
    .map((f) => ({ f, id: f.replace(/\.(gbk\.txt|pdf|docx|html|htm)$/, '') }))
    .filter(({ id }) => existsSync(join(dir, 'gold', `${id}.json`)))
    .map(({ f, id }) => ({ file: join(dir, f), gold: JSON.parse(readFileSync(join(dir, 'gold', `${id}.json`), 'utf8')) as Gold }))
}

function expectGold(doc: Parameters<typeof requestRows>[0], gold: Gold): void {
  const got = requestRows(doc)
  const want = Object.values(gold.requests.rows)
  expect(got.map((r) => r.numbers)).toEqual(want)
  for (const r of got) expect(r.label).toMatch(/[\u4e00-\u9fff]/)
  const rl = gold.reviewLitigation
  if (rl.review && rl.litigationDirect && rl.litigationAfterReview) expect(reviewRow(doc)).toEqual([...rl.review, ...rl.litigationDirect, ...rl.litigationAfterReview])
}

describe.skipIf(!present)('corpus: real PDFs (WPS)', () => {
  for (const { file, gold } of cases('real', ['.pdf'])) {
    it(`reads table 三 and 四 of ${file.split('/').pop()}`, async () => {
      const r = await readFile(file, { ocr: false })
      if (!r.ok) throw new Error(r.error.message)
      expect(r.document.format).toBe('pdf')
      expect(r.document.pageCount).toBeGreaterThan(1)
      expectGold(r.document, gold)
      // Prose: CJK joined without spurious spaces, page numbers dropped.
      const prose = r.document.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''))
      expect(prose.some((p) => /^一、总体情况$/.test(p))).toBe(true)
      expect(prose.some((p) => /[\u4e00-\u9fff] [\u4e00-\u9fff]/.test(p))).toBe(false)
      expect(prose.some((p) => /^[-—]\s*\d+\s*[-—]$/.test(p))).toBe(false)
    })
  }
})

describe.skipIf(!present)('corpus: synthetic reports in every format', () => {
  for (const { file, gold } of cases('synthetic', ['.pdf', '.docx', '.html', '.htm'])) {
    it(`reads table 三 of ${file.split('/').pop()}`, async () => {
      // The text layer as read (no OCR). The digit cross-check of a report whose own sums fail runs in the
      // import pipeline, not in the reader (tested in digits-swapped-layer.test.ts and digit-recheck.test.ts).
      const r = await readFile(file, { ocr: false })
      if (!r.ok) throw new Error(r.error.message)
      expectGold(r.document, gold)
    })
  }
})
