// The variant suite: every gold model × every format × a few seeds, deterministic. Reads each
// rendered file through the app's own reading route (readFile) and the extractor, and scores it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readFile } from '../../src-main/readers/index'
import { extractReport } from '../../shared/extract/index'
import { emptyReport } from '../../shared/model/report'
import { FORMATS, READER_FORMATS, type Format } from './generator/formats'
import { loadModels, type VariantModel } from './generator/model'
import { makeVariant, type Variant } from './generator/variant'
import { canPrintPdf, prepareOffice, renderVariant } from './render/index'
import { canConvertOffice } from './render/office'
import { scoreVariant, type VariantScore } from './score'

export interface SuiteOptions {
  /** Seeds per model and (non-PDF) format. */
  perFormat: number
  /** How many PDF variants (printed by Chromium; about a second each the first time). */
  pdfs: number
  /** Keep one variant in `sample` (1 = all). */
  sample?: number
  /** How many variants of each reader format (formats.ts READER_FORMATS: OFD, .doc, .odt, Writer PDF, .mhtml; 0 = none). */
  readerFormats?: number
}

/** The reader formats' variants: `n` of each, models spread (a stride prime to their count), seeds of their own. */
export function readerFormatVariants(models: VariantModel[], n: number, from = 0): Variant[] {
  const out: Variant[] = []
  READER_FORMATS.forEach((f, fi) => {
    if ((f === 'doc' || f === 'odt' || f === 'writer-pdf') && !canConvertOffice) return
    if ((f === 'ofd-ruled' || f === 'ofd-unruled') && !canPrintPdf) return
    for (let k = from; k < from + n; k++) out.push(makeVariant(models[(k * 11 + fi * 5) % models.length]!, 700_000 + 1000 * fi + k, f))
  })
  return out
}

export function buildVariants(models: VariantModel[], opts: SuiteOptions): Variant[] {
  const out: Variant[] = []
  const formats = FORMATS.filter((f) => f !== 'pdf')
  let n = 0
  models.forEach((m, mi) => {
    formats.forEach((f, fi) => {
      for (let k = 0; k < opts.perFormat; k++) {
        if (n++ % (opts.sample ?? 1) !== 0) continue
        out.push(makeVariant(m, 1000 * mi + 100 * fi + k + 1, f))
      }
    })
  })
  if (canPrintPdf) {
    for (let k = 0; k < opts.pdfs; k++) {
      const m = models[(k * 7) % models.length]!
      out.push(makeVariant(m, 500_000 + k, 'pdf' as Format))
    }
  }
  return [...out, ...readerFormatVariants(models, opts.readerFormats ?? 0)]
}

export interface VariantResult {
  variant: Variant
  score: VariantScore
  error?: string
  /** The notes of the extraction, field and message (for rules whose gold is null but must be explained). */
  notes?: { field: string; message: string }[]
}

export async function runVariants(corpusDir: string, opts: SuiteOptions): Promise<VariantResult[]> {
  return readVariants(buildVariants(loadModels(corpusDir), opts))
}

/** Prints each variant in its format, reads the file back through readFile and scores it. */
export async function readVariants(variants: Variant[]): Promise<VariantResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'desk-variants-'))
  const results: VariantResult[] = []
  try {
    await prepareOffice(variants)
    for (const v of variants) {
      const file = await renderVariant(v)
      const path = join(dir, file.name)
      writeFileSync(path, file.bytes)
      const read = await readFile(path)
      if (!read.ok) {
        // Nothing read: every cell unread, each table noted with the reader's message.
        const notes = ['requests', 'reviewLitigation', 'activeDisclosure'].map((t) => ({ field: `section.${t}`, message: read.error.message }))
        const score = scoreVariant(v, { report: emptyReport(), provenance: {}, sectionText: {}, preamble: '', notes })
        results.push({ variant: v, score, error: read.error.message })
        continue
      }
      const ex = extractReport(read.document)
      results.push({ variant: v, score: scoreVariant(v, ex), notes: ex.notes })
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return results
}

/**
 * Each result's misses of one kind, named by variant: `kind` is how the miss starts — 「错」 a wrong cell,
 * 「缺(无说明)」 an unread cell without a note, optionally with the part (「错 requests」).
 */
export function missesOf(results: readonly VariantResult[], kind: string): string[] {
  return results.flatMap((r) => r.score.misses.filter((m) => m.startsWith(kind)).map((m) => `${r.variant.id}: ${m}`))
}

/** Cells read right, and every gold cell (right, wrong or unread), of some results. */
export interface CellTally {
  right: number
  cells: number
}

/** The results' cells read right and all their gold cells, summed per format (formats in the results' order). */
export function rightByFormat(results: readonly VariantResult[]): Map<Format, CellTally> {
  const by = new Map<Format, CellTally>()
  for (const r of results) {
    const t = by.get(r.variant.choices.format) ?? { right: 0, cells: 0 }
    t.right += r.score.right
    t.cells += r.score.right + r.score.unread + r.score.wrong
    by.set(r.variant.choices.format, t)
  }
  return by
}

/** The same summed over the results of the formats given (every result without `formats`). */
export function tallyOf(results: readonly VariantResult[], formats?: readonly string[]): CellTally {
  const t = { right: 0, cells: 0 }
  for (const [f, one] of rightByFormat(results)) {
    if (formats && !formats.includes(f)) continue
    t.right += one.right
    t.cells += one.cells
  }
  return t
}
