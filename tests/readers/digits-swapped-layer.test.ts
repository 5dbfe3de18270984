// A PDF whose page draws the right digits while its text layer swaps two of them (a font's ToUnicode map
// giving 5 for 7 and 7 for 5: hostile review hr28 F8). Its years hold neither digit and it has no odd
// letter, so nothing in the layer tells it; table 三's own sums fail. Those pages are drawn and read by
// OCR and compared with the layer: the layer's digits are not the page's, so its numbers are not shown;
// the drawn reading is (its numbers only where the tables' sums vouch). A report whose sums fail by its
// own slip keeps its layer, its numbers and its flags. The PDFs are made at test time (digit-map-pdf.ts).
// Read as the pipeline reads (read-worker.ts): the reader, the extraction, then the cross-check on it.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkReport } from '../../shared/checks/index'
import { extractReport } from '../../shared/extract/index'
import type { Report } from '../../shared/model/report'
import { recheckDigits } from '../../src-main/import/digit-recheck'
import { readFile, type ReadOptions } from '../../src-main/readers/index'
import type { ReadResult } from '../../src-main/readers/types'
import { hasQpdf, writeDigitPermutedPdf } from './digit-map-pdf'

const CORPUS = resolve(__dirname, '../../../shared/corpus')
const present = existsSync(CORPUS)

/** Numeric cells of tables 二 三 四 against the gold file: read right, read wrong (a number where gold has another or none). */
function score(report: Report, gold: Record<string, unknown>): { right: number; wrong: number } {
  let right = 0
  let wrong = 0
  const walk = (g: unknown, r: unknown): void => {
    if (typeof r === 'number') {
      if (r === g) right++
      else wrong++
    } else if (r && typeof r === 'object') for (const [k, v] of Object.entries(r)) walk((g as Record<string, unknown> | null)?.[k] ?? null, v)
  }
  for (const k of ['activeDisclosure', 'requests', 'reviewLitigation'] as const) walk(gold[k], report[k])
  return { right, wrong }
}

/** The file as the import pipeline reads it: read, extracted, its digits cross-checked where its sums fail. */
async function pipelineRead(path: string, opts: ReadOptions, phases: string[] = []): Promise<ReadResult> {
  const read = await readFile(path, opts)
  if (!read.ok) return read
  phases.push(`pages ${read.document.pageCount}`)
  return recheckDigits({ ...read, extraction: extractReport(read.document) }, path, opts, { fallback: (_, phase) => phases.push(phase), crossCheckMs: 600_000 })
}

const goldOf = (folder: string, id: string): Record<string, unknown> => JSON.parse(readFileSync(join(CORPUS, folder, 'gold', `${id}.json`), 'utf8'))

describe.skipIf(!present || !hasQpdf)('a text layer whose digit map swaps two digits', () => {
  const dir = mkdtempSync(join(tmpdir(), 'desk-digits-swapped-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('shows no wrong number: the layer is found to differ from its drawn page and is not read', { timeout: 600_000 }, async () => {
    const pdf = join(dir, 'swap57.pdf')
    expect(writeDigitPermutedPdf(join(CORPUS, 'synthetic/yunxi-gov_2022.pdf'), pdf, { '5': '7', '7': '5' })).toBeGreaterThan(0)
    const phases: string[] = []
    let drawn = 0
    const read = await pipelineRead(pdf, { ocr: { cacheDir: join(dir, 'ocr'), onProgress: () => drawn++ } }, phases)
    if (!read.ok) throw new Error(read.error.message)
    const { right, wrong } = score(extractReport(read.document).report, goldOf('synthetic', 'yunxi-gov_2022'))
    // main read this layer as it is: 19 wrong cells (normativeDocs.repealed 7 for 5, penalties 17929 for 15929 …).
    expect(wrong).toBe(0)
    expect(right).toBeGreaterThan(150)
    expect(read.document.ocr).toBeTruthy()
    expect(read.document.notes?.join('')).toContain('文字层中的数字与页面印出的数字不符')
    // Each page drawn and read once: the cross-check's pages are not read again by the whole file's reading.
    expect(phases).toEqual([`pages ${drawn}`, 'crosscheck', 'reread'])
  })

  it('a report whose table 三 breaks its own identity keeps its numbers and the flag', { timeout: 600_000 }, async () => {
    const read = await pipelineRead(join(CORPUS, 'synthetic/yunxi-jyj_2019.pdf'), { ocr: { cacheDir: join(dir, 'ocr') } })
    if (!read.ok) throw new Error(read.error.message)
    expect(read.document.ocr).toBeFalsy()
    expect(read.document.notes ?? []).toEqual([])
    const extraction = read.extraction!
    const { right, wrong } = score(extraction.report, goldOf('synthetic', 'yunxi-jyj_2019'))
    expect(wrong).toBe(0)
    expect(right).toBeGreaterThan(150)
    expect(checkReport({ id: 'x', extraction }).map((f) => f.id)).toContain('REQUESTS_IDENTITY')
  })
})
