// OCR pages → the document the extractor reads, through the same layout code as the PDF reader
// (ruled tables from the rulings, prose lines and paragraphs from the positioned text). A box read
// again inside a larger one is dropped (box-overlap.ts); doubtful numbers are left out of the text
// and listed in the document's OCR info instead.
import type { OcrDoubt, SourceDocument, SourceFormat } from '../../../shared/model/document'
import { assembleBlocks } from '../pdf-layout/assemble'
import { pageContent } from '../pdf-layout/page-content'
import { dropRepeatedBoxes } from './box-overlap'
import { isDoubtful } from './doubt'
import { boxItem, type OcrPage } from './ocr-page'
import { cleanOcrTables } from './ocr-table-clean'
import { attachRowAreas } from './row-areas'
import { tidyReading } from './ocr-text'

export function ocrDocument(fileName: string, format: SourceFormat, pages: OcrPage[]): SourceDocument {
  const doubtful: OcrDoubt[] = []
  const contents = pages.map((p) => {
    const kept = dropRepeatedBoxes(p.boxes).flatMap((b) => {
      const r = tidyReading(b.text, b.confidence)
      if (r.text === '') return []
      if (!isDoubtful(r.text, r.confidence, r.guess)) return [{ ...b, text: r.text }]
      doubtful.push({ box: { page: p.page, x: b.x, y: b.y, w: b.w, h: b.h }, text: b.text, confidence: b.confidence })
      return []
    })
    return pageContent(p.page, p.width, p.height, kept.map((b) => boxItem(p, b)), p.rulings)
  })
  const blocks = assembleBlocks(contents)
  cleanOcrTables(blocks, doubtful, (b, r) => (b.kind === 'table' ? (b.rowPages?.[r] ?? b.loc.page ?? 0) : 0))
  // Where each table row sits on its scan: the report view shows that crop beside the numbers.
  attachRowAreas(blocks, pages)
  return {
    fileName,
    format,
    blocks,
    pageCount: pages.length,
    ocr: { pages: pages.length, skew: pages.map((p) => p.skew), doubtful },
  }
}
