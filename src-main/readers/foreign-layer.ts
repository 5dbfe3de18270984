// What the reader says of a scan that came with someone else's OCR text over its pictures
// (pdf-layout/hidden-layer.ts): that layer is not used, the pages are read as a scan.
import type { ReaderOutcome } from './errors'

/** The SCANNED detail of a PDF whose every page is a picture under such a layer. */
export const FOREIGN_LAYER_DETAIL = '所附的文字层是他方识别的（看不见的文字，或压在页面图片下），其数字无从核实，未采用'

/** Is this the reader's refusal of a scan whose only text is such a layer (to be read by OCR instead)? */
export function isForeignLayerScan(read: ReaderOutcome): boolean {
  return !read.ok && read.error.code === 'SCANNED' && read.error.message.includes(FOREIGN_LAYER_DETAIL)
}

/** The note on a scan read by OCR whose every page carried such a layer. */
export const FOREIGN_LAYER_SCAN_NOTE = `本文件是扫描件，${FOREIGN_LAYER_DETAIL}；已按扫描件对页面图片重新做文字识别，识别出的表格数字只在表内合计能核实时采用，请对照原文核实`

/** The note naming the pages of a text PDF that are such scans (read with its picture pages). */
export function foreignLayerPagesNote(pages: readonly number[]): string {
  return `第 ${pages.join('、')} 页是扫描件，${FOREIGN_LAYER_DETAIL}；这些页按扫描件处理（对页面图片做文字识别）`
}

/** A scan read by OCR, with the note saying its foreign layer was set aside. */
export function withForeignLayerNote(read: ReaderOutcome): ReaderOutcome {
  if (!read.ok) return read
  return { ok: true, document: { ...read.document, notes: [...(read.document.notes ?? []), FOREIGN_LAYER_SCAN_NOTE] } }
}
