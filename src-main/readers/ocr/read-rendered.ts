// A vector PDF whose text layer cannot be trusted, read by OCR of its pages drawn as pictures
// (render-page.ts, in the OCR process). Cached by the file's hash apart from a scan's reading, so a
// re-import is instant. At most MAX_RENDERED_PAGES pages are drawn; the note says when more were left.
// Its rows' scan areas say the page was drawn, so the report view's crop is drawn the same way.
import type { SourceDocument } from '../../../shared/model/document'
import { fail, type ReaderOutcome } from '../errors'
import { defaultOcrCacheDir, readOcrCache, writeOcrCache } from './ocr-cache'
import { runOcr, OcrFailure } from './ocr-client'
import { ocrDocument } from './ocr-document'
import type { OcrPage } from './ocr-page'
import type { OcrOptions } from './read-scanned'

/** Pages drawn at most (a report has a handful; each page costs seconds of drawing and reading). */
export const MAX_RENDERED_PAGES = 60

const cacheKey = (sha256: string): string => `${sha256}-rendered`

/** `pageCount`: the file's pages (those past the bound are named in a note). `known`: pages already drawn
 *  and read the same way (the digit cross-check's), not read again. Fails as 'SCANNED' with the OCR's own
 *  message when drawing or reading fails; the caller decides what the file becomes. */
export async function readRenderedPdf(bytes: Uint8Array, filePath: string, fileName: string, sha256: string, opts: OcrOptions, pageCount: number, known: readonly OcrPage[] = []): Promise<ReaderOutcome> {
  const maxPages = Math.min(opts.maxPages ?? 200, MAX_RENDERED_PAGES)
  const dir = opts.cacheDir ?? defaultOcrCacheDir()
  let pages: OcrPage[] | null = readOcrCache(dir, cacheKey(sha256))
  if (!pages) {
    try {
      // pdf.js may take over the buffer it is given: the OCR process gets a copy.
      pages = await drawnPages(bytes, maxPages, pageCount, opts, known)
    } catch (e) {
      return fail('SCANNED', filePath, { detail: e instanceof OcrFailure ? e.message : `文字识别出错：${String(e)}`.slice(0, 120) })
    }
    writeOcrCache(dir, cacheKey(sha256), pages)
  }
  if (pages.every((p) => p.boxes.length === 0)) return fail('SCANNED', filePath, { detail: '未读出任何文字' })
  const document: SourceDocument = drawnAreas(ocrDocument(fileName, 'pdf', pages))
  if (pageCount > maxPages) document.notes = [...(document.notes ?? []), `只绘制并识别了前 ${maxPages} 页，第 ${maxPages + 1} 至 ${pageCount} 页的内容未读取`]
  return { ok: true, document }
}

/** The file's first `maxPages` pages drawn and read, those in `known` taken as they are. */
async function drawnPages(bytes: Uint8Array, maxPages: number, pageCount: number, opts: OcrOptions, known: readonly OcrPage[]): Promise<OcrPage[]> {
  if (known.length === 0 || pageCount === 0) return runOcr({ kind: 'pdf', bytes: bytes.slice(), maxPages, render: true }, opts)
  const have = new Set(known.map((p) => p.page))
  const rest = Array.from({ length: Math.min(pageCount, maxPages) }, (_, i) => i + 1).filter((n) => !have.has(n))
  const read = rest.length ? await runOcr({ kind: 'pdf', bytes: bytes.slice(), maxPages: rest.length, pages: rest, render: true }, opts) : []
  return [...known.filter((p) => p.page <= maxPages), ...read].sort((a, b) => a.page - b.page)
}

/** The document with each row's scan area marked drawn: its page holds no picture to cut a crop
 *  from (or one that is not the page, a seal), so the crop draws the page again (scan-page.ts). */
export function drawnAreas(document: SourceDocument): SourceDocument {
  const blocks = document.blocks.map((b) => (b.kind === 'table' && b.rowScans ? { ...b, rowScans: b.rowScans.map((a) => (a ? { ...a, drawn: true as const } : a)) } : b))
  return { ...document, blocks }
}
