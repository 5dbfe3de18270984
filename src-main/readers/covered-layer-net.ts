// A safety net under the "image over text" rule (pdf-layout/hidden-layer.ts): any rule about pictures
// will meet a PDF it misjudges (a faded watermark, a picture drawn in a way the rule does not follow).
// When a page's text was set aside as covered by a picture (never invisible text, render mode 3/7) and
// the OCR of that page reads no text, or far less than the covered text, the picture is no scan of the
// page: the page is read by its text, as any text page (hostile review hr30 UL1: whole born-digital
// reports were lost as "scans" whose OCR read nothing).
import type { SourceDocument } from '../../shared/model/document'
import type { ReaderOutcome } from './errors'

/** The OCR must read at least this share of the covered text's Chinese characters to stand. */
export const OCR_MIN_SHARE = 0.25

const HAN = /[\u3400-\u9fff]/g

/** Chinese characters per page in a document's blocks. */
export function hanPerPage(doc: SourceDocument): Map<number, number> {
  const out = new Map<number, number>()
  for (const b of doc.blocks) {
    const page = b.loc.page
    if (page === undefined) continue
    const text = b.kind === 'paragraph' ? b.text : b.rows.flat().map((c) => c.text).join('')
    out.set(page, (out.get(page) ?? 0) + (text.match(HAN)?.length ?? 0))
  }
  return out
}

/** Did the OCR run and read (next to) nothing, rather than fail? Only then may the net keep a layer. */
export function ocrRan(ocr: ReaderOutcome): boolean {
  return ocr.ok || ocr.error.message.includes('未读出任何文字')
}

/** The covered pages whose OCR read under OCR_MIN_SHARE of their covered text (pure). */
export function pagesOcrMissed(covered: ReadonlyMap<number, number>, ocrHan: ReadonlyMap<number, number>): number[] {
  const out: number[] = []
  for (const [page, han] of covered) if (han > 0 && (ocrHan.get(page) ?? 0) < han * OCR_MIN_SHARE) out.push(page)
  return out.sort((a, b) => a - b)
}

export const keptLayerNote = (pages: readonly number[]): string =>
  `第 ${pages.join('、')} 页的文字上盖着一张图片，但对图片做文字识别几乎读不出文字（图片不是页面的扫描件），这些页按文件的文字读取`

/** How the PDF is read again: with these pages' covered text kept, told each page kept. */
export type ReadKeeping = (keep: ReadonlySet<number> | 'all', onKept: (page: number) => void) => Promise<ReaderOutcome>

/**
 * The net: `ocr` is the outcome with the covered pages read by OCR; `reread` reads the PDF again
 * keeping covered text; `finish` takes a text read on (its picture pages to OCR). Returns `ocr` unless
 * some covered page's OCR missed its text, then the read keeping those pages' text, with a note.
 */
export async function coveredLayerNet(ocr: ReaderOutcome, reread: ReadKeeping, finish: (read: ReaderOutcome) => Promise<ReaderOutcome>): Promise<ReaderOutcome> {
  if (!ocrRan(ocr)) return ocr
  const coveredPages: number[] = []
  const all = await reread('all', (p) => coveredPages.push(p))
  if (!all.ok || coveredPages.length === 0) return ocr
  const layerHan = hanPerPage(all.document)
  const covered = new Map(coveredPages.map((p) => [p, layerHan.get(p) ?? 0] as [number, number]))
  const missed = pagesOcrMissed(covered, ocr.ok ? hanPerPage(ocr.document) : new Map())
  if (missed.length === 0) return ocr
  const read = missed.length === coveredPages.length ? all : await reread(new Set(missed), () => undefined)
  if (!read.ok) return ocr
  const done = await finish(read)
  if (!done.ok) return done
  return { ok: true, document: { ...done.document, notes: [...(done.document.notes ?? []), keptLayerNote(missed)] } }
}
