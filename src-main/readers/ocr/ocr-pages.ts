// For other readers whose pages are pictures (OFD pages holding only images, image files): hand
// over grey page pictures with the page size they stand for, get back the document OCR reads,
// laid out like any PDF's. The reading runs in the OCR process (never in the caller's thread) and
// is cached by the caller's file hash when one is given.
import type { SourceDocument, SourceFormat } from '../../../shared/model/document'
import { fail, type ReaderOutcome } from '../errors'
import type { PagePicture } from './ocr-engine'
import { defaultOcrCacheDir, readOcrCache, writeOcrCache } from './ocr-cache'
import { runOcr } from './ocr-client'
import { OcrFailure } from './ocr-failure'
import { ocrDocument } from './ocr-document'
import type { OcrOptions } from './read-scanned'

export type { PagePicture } from './ocr-engine'
export type { GrayImage } from './gray-image'
export { toGray } from './gray-image'

/** Throws OcrFailure (with a Chinese message) when the OCR process fails, stalls or is cancelled. */
export async function ocrPages(fileName: string, format: SourceFormat, pictures: PagePicture[], opts: OcrOptions & { sha256?: string } = {}): Promise<SourceDocument> {
  const dir = opts.cacheDir ?? defaultOcrCacheDir()
  const cached = opts.sha256 ? readOcrCache(dir, opts.sha256) : null
  const pages = cached ?? (await runOcr({ kind: 'pictures', pictures }, opts))
  if (!cached && opts.sha256) writeOcrCache(dir, opts.sha256, pages)
  return ocrDocument(fileName, format, pages)
}

/**
 * ocrPages as a reader's outcome (picture files, scanned OFDs): no text read, or OCR failing, is a
 * SCANNED failure whose detail says why (the OCR process's own Chinese message where it gave one).
 */
export async function ocrPagesOutcome(filePath: string, fileName: string, format: SourceFormat, pictures: PagePicture[], opts: OcrOptions & { sha256?: string } = {}): Promise<ReaderOutcome> {
  try {
    const document = await ocrPages(fileName, format, pictures, opts)
    if (document.blocks.length === 0) return fail('SCANNED', filePath, { detail: '未读出任何文字' })
    return { ok: true, document }
  } catch (e) {
    return fail('SCANNED', filePath, { detail: e instanceof OcrFailure ? e.message : String(e).slice(0, 120) })
  }
}
