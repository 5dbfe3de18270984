// A text-layer PDF whose tables' own sums fail: a report's real slip, or a layer whose digit map is wrong
// (5↔7, with no odd letter to tell it: shared/text/digit-map.ts). The sums failing alone never hide a
// number (real reports do have slips, shown as printed and flagged); they are only the reason to look:
// the pages holding the failing rows are drawn and read by OCR (bounded: MAX_DRAWN pages, and the
// caller's time bound through `ocr.signal`), and the layer's numbers compared with the drawn ones. It runs
// on the pipeline's own extraction and flags (src-main/import/digit-recheck.ts): an ordinary PDF whose
// sums hold is not drawn at all. Any failure of the OCR keeps the layer, as before.
import type { SourceDocument } from '../../shared/model/document'
import type { CheckId, Flag } from '../../shared/model/flag'
import { judgeDigitMap, numberRuns, textsOnPage, type DigitMapVerdict } from '../../shared/text/digit-map'
import { defaultOcrCacheDir, readOcrCache, writeOcrCache } from './ocr/ocr-cache'
import { runOcr } from './ocr/ocr-client'
import type { OcrPage } from './ocr/ocr-page'
import type { OcrOptions } from './ocr/read-scanned'

/** The tables' own sums: the template's identity, row totals, outcome rows, table 四's totals. */
export const SUM_CHECKS: ReadonlySet<CheckId> = new Set<CheckId>(['REQUESTS_IDENTITY', 'REQUESTS_ROW_TOTAL', 'REQUESTS_HANDLED_TOTAL', 'REVIEW_TOTAL'])
/** Pages drawn at most for the comparison (a table 三 spans two pages, table 四 one). */
export const MAX_DRAWN = 3
/** Numbers of two digits and more that make a fair comparison (a table 三 holds some twenty). */
const ENOUGH_NUMBERS = 12

/** Pages of the tables whose sums fail, and pages rich in numbers beside them, in order (at most MAX_DRAWN; none when every sum holds). */
export function pagesOfFailedSums(doc: SourceDocument, flags: readonly Flag[]): number[] {
  const pages = new Set<number>()
  for (const f of flags)
    if (SUM_CHECKS.has(f.id))
      for (const e of f.evidence) {
        if (!('loc' in e) || !e.loc) continue
        // A row's place is its table's: the pages the table's rows are printed on (a table 三 runs over two).
        const block = doc.blocks[e.loc.block]
        for (const p of block?.kind === 'table' && block.rowPages?.length ? block.rowPages : [e.loc.page]) if (p) pages.add(p)
      }
  if (pages.size === 0) return []
  // Table 四's cells are mostly single digits, which are not compared: pages richer in numbers join
  // until ENOUGH_NUMBERS are there to compare (or MAX_DRAWN pages are drawn).
  const numbersOn = (p: number): number => numberRuns(textsOnPage(doc, p)).length
  const chosen = [...pages].sort((a, b) => a - b).slice(0, MAX_DRAWN)
  let numbers = chosen.reduce((n, p) => n + numbersOn(p), 0)
  const all = [...new Set(doc.blocks.map((b) => b.loc.page ?? 0))].filter((p) => p > 0 && !chosen.includes(p))
  for (const p of all.sort((a, b) => numbersOn(b) - numbersOn(a))) {
    if (numbers >= ENOUGH_NUMBERS || chosen.length >= MAX_DRAWN) break
    chosen.push(p)
    numbers += numbersOn(p)
  }
  return chosen.sort((a, b) => a - b)
}

/** The drawn pages compared (kept for a re-read of the whole file: the same drawing, not OCR'd twice). */
export interface DigitCrossCheck {
  verdict: DigitMapVerdict
  drawn: OcrPage[]
}

const cacheKey = (sha256: string, pages: number[]): string => `${sha256}-digits-${pages.join('.')}`

/** The layer's numbers on `pages` against those of the same pages drawn (null: the OCR failed, was stopped, or read nothing). */
export async function crossCheckDigits(doc: SourceDocument, pages: number[], bytes: Uint8Array, sha256: string, ocr: OcrOptions): Promise<DigitCrossCheck | null> {
  if (pages.length === 0) return null
  const dir = ocr.cacheDir ?? defaultOcrCacheDir()
  let drawn: OcrPage[] | null = readOcrCache(dir, cacheKey(sha256, pages))
  if (!drawn) {
    try {
      // pdf.js may take over the buffer it is given: the OCR process gets a copy.
      drawn = await runOcr({ kind: 'pdf', bytes: bytes.slice(), maxPages: pages.length, pages, render: true }, ocr)
    } catch {
      return null
    }
    writeOcrCache(dir, cacheKey(sha256, pages), drawn)
  }
  if (drawn.every((p) => p.boxes.length === 0)) return null
  const layer = pages.flatMap((p) => numberRuns(textsOnPage(doc, p).map((t) => t.normalize('NFKC'))))
  const page = drawn.flatMap((p) => numberRuns(p.boxes.map((b) => b.text.normalize('NFKC'))))
  return { verdict: judgeDigitMap(layer, page), drawn }
}
