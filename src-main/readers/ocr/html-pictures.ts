// Tables pasted into a saved web page as pictures: when the page's text lacks table 三 or 四, the
// page's own pictures (files beside it or in its "_files" folder, inline data: pictures, or the
// parts of an .mht archive) are read
// by OCR and their text is put into the document at each picture's place. Only local files under
// the page's own folder are opened; small pictures (logos, icons) are skipped; the count is bounded.
// The reading is cached by the page's hash, so a re-import of the library's copy (stored without
// its pictures) still finds it; so are the pictures read, so that the report view can show the crop
// of each table row (crop-serve.ts), as for a scanned PDF.
import type { Block, OcrDoubt, SourceDocument } from '../../../shared/model/document'
import { PICTURE_MARK } from '../html'
import { INLINE_PREFIX, inlinePictureBytes } from '../html-inline-pictures'
import { localFileBytes } from '../local-files'
import { decodePictures, pictureAsPage } from './image-file'
import { defaultOcrCacheDir, readOcrCache, writeCachedPicture, writeOcrCache } from './ocr-cache'
import { runOcr } from './ocr-client'
import { ocrDocument } from './ocr-document'
import type { PagePicture } from './ocr-engine'
import type { OcrPage } from './ocr-page'
import type { OcrOptions } from './read-scanned'

/** Pictures read at most per page, and the smallest picture that can hold a table (pixels). */
const MAX_PICTURES = 12
const MIN_WIDTH = 300
const MIN_HEIGHT = 100
const MAX_FILE_BYTES = 20 * 1024 * 1024

/** Finds the bytes of a picture the page names (null: not available offline). */
export type PictureSource = (src: string) => Uint8Array | null

/** A saved page's pictures: files under the page's own folder, or inline pictures (data: URLs, or
 *  those set aside from the page by html-inline-pictures.ts); never the web. */
export function localPictures(pagePath: string, inline: Uint8Array[] = []): PictureSource {
  return (src) => (src.startsWith(INLINE_PREFIX) ? inlinePictureBytes(src, inline, MAX_FILE_BYTES) : localFileBytes(src, pagePath, MAX_FILE_BYTES))
}

function hasTable(doc: SourceDocument, words: RegExp): boolean {
  return doc.blocks.some((b) => b.kind === 'table' && b.rows.some((r) => r.some((c) => words.test(c.text))))
}

function isMark(b: Block): number | null {
  return b.kind === 'paragraph' && b.text.startsWith(PICTURE_MARK) ? Number(b.text.slice(PICTURE_MARK.length)) : null
}

/** The document without the picture marks (pictures not read). */
export function withoutPictureMarks(doc: SourceDocument): SourceDocument {
  const blocks = doc.blocks.filter((b) => isMark(b) === null)
  blocks.forEach((b, i) => (b.loc.block = i))
  return { ...doc, blocks }
}

/** The document with its table pictures read in (or just without the picture marks). Throws OcrFailure when the OCR fails. */
export async function readTablePictures(doc: SourceDocument, pictures: string[], source: PictureSource, sha256: string, opts: OcrOptions): Promise<SourceDocument> {
  const needed = !hasTable(doc, /本年新收|予以公开/) || !hasTable(doc, /行政复议|维持|纠正/)
  if (!needed || pictures.length === 0) return withoutPictureMarks(doc)
  const dir = opts.cacheDir ?? defaultOcrCacheDir()
  let pages: OcrPage[] | null = readOcrCache(dir, sha256)
  if (!pages) {
    const wanted: PagePicture[] = []
    const kept = new Map<number, Uint8Array>()
    for (const [i, src] of pictures.entries()) {
      if (wanted.length >= MAX_PICTURES) break
      const bytes = source(src)
      if (!bytes) continue
      try {
        const image = decodePictures(bytes, 1)[0]
        if (image && image.width >= MIN_WIDTH && image.height >= MIN_HEIGHT) {
          wanted.push(pictureAsPage(image, i + 1))
          kept.set(i + 1, bytes)
        }
      } catch {
        // not a picture we read (GIF, damaged): left out, the rest of the page stands
      }
    }
    if (wanted.length === 0) return withoutPictureMarks(doc)
    pages = await runOcr({ kind: 'pictures', pictures: wanted }, opts)
    writeOcrCache(dir, sha256, pages)
    // Only pictures that held text: their rows are the ones with crops.
    for (const p of pages) if (p.boxes.length > 0) writeCachedPicture(dir, sha256, p.page, kept.get(p.page)!)
  }
  // Each picture read as its own small document, put at the picture's place.
  const read = new Map(pages.map((p) => [p.page - 1, ocrDocument(doc.fileName, 'html', [p])]))
  const doubtful: OcrDoubt[] = []
  const blocks: Block[] = []
  const fromPictures: number[] = []
  for (const b of doc.blocks) {
    const k = isMark(b)
    if (k === null) {
      blocks.push(b)
      continue
    }
    const part = read.get(k)
    if (!part) continue
    doubtful.push(...(part.ocr?.doubtful ?? []))
    // Each row keeps its place on the picture: its crop is cut from the picture kept in the cache.
    for (const pb of part.blocks) fromPictures.push(blocks.push(pb) - 1)
  }
  blocks.forEach((b, i) => (b.loc = { ...b.loc, block: i }))
  const used = [...read.values()].filter((d) => d.blocks.length > 0).length
  return {
    ...doc,
    blocks,
    ocr: { pages: pages.length, skew: pages.map((p) => p.skew), doubtful, blocks: fromPictures },
    notes: [...(doc.notes ?? []), `网页中的 ${used} 张表格图片已做文字识别，其数字只在表内合计能核实时采用`],
  }
}
