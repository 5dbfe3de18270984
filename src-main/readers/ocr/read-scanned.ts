// A scanned PDF (pages that are pictures, no text layer) read through OCR: from the cache when this
// exact file was read before, else in the OCR process. The result is a document like any PDF's.
import type { SourceDocument } from '../../../shared/model/document'
import { fail, type ReaderOutcome } from '../errors'
import { defaultOcrCacheDir, readOcrCache, writeOcrCache } from './ocr-cache'
import { runOcr, OcrFailure, type OcrRunOptions } from './ocr-client'
import { ocrDocument } from './ocr-document'
import type { OcrPage } from './ocr-page'

export interface OcrOptions extends OcrRunOptions {
  /** Cache folder (default: the user's cache folder; the app passes its user-data folder). */
  cacheDir?: string
  /** Pages read at most (default 200). */
  maxPages?: number
}

async function pagesOf(bytes: Uint8Array, sha256: string, opts: OcrOptions): Promise<OcrPage[]> {
  const dir = opts.cacheDir ?? defaultOcrCacheDir()
  const cached = readOcrCache(dir, sha256)
  if (cached) return cached
  const pages = await runOcr({ kind: 'pdf', bytes, maxPages: opts.maxPages ?? 200 }, opts)
  writeOcrCache(dir, sha256, pages)
  return pages
}

export async function readScannedPdf(bytes: Uint8Array, filePath: string, fileName: string, sha256: string, opts: OcrOptions = {}): Promise<ReaderOutcome> {
  let pages: OcrPage[]
  try {
    pages = await pagesOf(bytes, sha256, opts)
  } catch (e) {
    const why = e instanceof OcrFailure ? e.message : `文字识别出错：${String(e)}`.slice(0, 120)
    return fail('SCANNED', filePath, { detail: why })
  }
  if (pages.every((p) => p.boxes.length === 0)) return fail('SCANNED', filePath, { detail: '未读出任何文字' })
  const document: SourceDocument = ocrDocument(fileName, 'pdf', pages)
  return { ok: true, document }
}
