// A text PDF with some pages that are only a picture (a page scanned and pasted among the text
// pages, often the one that holds table 三 or 四): those pages alone are read by OCR in its own
// process and their blocks put at their pages' place, so the sections and tables printed there are
// read. Their numbers stand only where the tables' own sums vouch for them (ocr-proof.ts), as for a
// web page's table pictures. The reading is cached by the file's hash, so a re-import is instant.
import type { Block, SourceDocument } from '../../../shared/model/document'
import { picturePagesNote } from '../pdf'
import { defaultOcrCacheDir, readOcrCache, writeOcrCache } from './ocr-cache'
import { runOcr } from './ocr-client'
import { ocrDocument } from './ocr-document'
import type { OcrPage } from './ocr-page'
import type { OcrOptions } from './read-scanned'

/** Picture pages read at most in one file (a text PDF with more is mostly a scan: see rereadGarbledPdf). */
const MAX_PICTURE_PAGES = 20

/** The cache entry of these pages: apart from a whole-file reading of the same file. */
const cacheKey = (sha256: string): string => `${sha256}-picture-pages`

const pageOf = (b: Block): number => b.loc.page ?? 0

/** `blocks` with `read` (blocks of OCR pages) put before the first block of a later page. */
function spliced(blocks: Block[], read: Block[]): { blocks: Block[]; fromPictures: number[] } {
  const out: Block[] = []
  const fromPictures: number[] = []
  const queue = [...read].sort((a, b) => pageOf(a) - pageOf(b))
  let q = 0
  const flushBefore = (page: number): void => {
    // Stable: blocks of one OCR page keep their order.
    while (q < queue.length && pageOf(queue[q]!) < page) fromPictures.push(out.push(queue[q++]!) - 1)
  }
  for (const b of blocks) {
    flushBefore(pageOf(b))
    out.push(b)
  }
  flushBefore(Infinity)
  out.forEach((b, i) => (b.loc = { ...b.loc, block: i }))
  return { blocks: out, fromPictures }
}

/** The document with its picture-only pages read in. Throws OcrFailure when the OCR fails. */
export async function readPicturePages(doc: SourceDocument, bytes: Uint8Array, sha256: string, opts: OcrOptions): Promise<SourceDocument> {
  const wanted = (doc.pagesWithoutText ?? []).slice(0, MAX_PICTURE_PAGES)
  if (wanted.length === 0) return doc
  const dir = opts.cacheDir ?? defaultOcrCacheDir()
  let pages: OcrPage[] | null = readOcrCache(dir, cacheKey(sha256))
  if (!pages) {
    // pdf.js may take over the buffer it is given: the OCR process gets a copy.
    pages = await runOcr({ kind: 'pdf', bytes: bytes.slice(), maxPages: MAX_PICTURE_PAGES, pages: wanted }, opts)
    writeOcrCache(dir, cacheKey(sha256), pages)
  }
  // Only the pages wanted now (a cache written when more pages were pictures may hold others).
  const withText = pages.filter((p) => p.boxes.length > 0 && wanted.includes(p.page))
  if (withText.length === 0) return doc
  const read = ocrDocument(doc.fileName, 'pdf', withText)
  const { blocks, fromPictures } = spliced(doc.blocks, read.blocks)
  const readPages = withText.map((p) => p.page)
  const stillUnread = (doc.pagesWithoutText ?? []).filter((n) => !readPages.includes(n))
  // The reader's note said these pages were not read; it is replaced by one that says they were.
  const notes = (doc.notes ?? []).filter((n) => n !== picturePagesNote(doc.pagesWithoutText ?? []))
  notes.push(`第 ${readPages.join('、')} 页只有图片（扫描后插入的页面），已做文字识别；识别出的表格数字只在表内合计能核实时采用，请对照原文核实`)
  if (stillUnread.length) notes.push(picturePagesNote(stillUnread))
  const { pagesWithoutText: _unread, ...rest } = doc
  return {
    ...rest,
    blocks,
    notes,
    ...(stillUnread.length ? { pagesWithoutText: stillUnread } : {}),
    ocr: { pages: withText.length, skew: withText.map((p) => p.skew), doubtful: read.ocr?.doubtful ?? [], blocks: fromPictures },
  }
}
