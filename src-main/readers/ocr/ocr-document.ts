// OCR pages → the document the extractor reads, through the same layout code as the PDF reader
// (ruled tables from the rulings, prose lines and paragraphs from the positioned text). A box read
// again inside a larger one is dropped (box-overlap.ts); doubtful numbers (unsure, or two numbers
// in one box or one number in two: number-boxes.ts) are left out of the text and listed in the
// document's OCR info instead.
import type { OcrDoubt, SourceDocument, SourceFormat } from '../../../shared/model/document'
import { assembleBlocks } from '../pdf-layout/assemble'
import { pageContent } from '../pdf-layout/page-content'
import { dropRepeatedBoxes } from './box-overlap'
import { flatDash, isDoubtful } from './doubt'
import { mergedNumberBoxes } from './number-boxes'
import { boxItem, type OcrPage } from './ocr-page'
import { cleanOcrTables } from './ocr-table-clean'
import { attachRowAreas } from './row-areas'
import { rulesInPiecesOnly } from './broken-rulings'
import { speckBoxes } from './speck-boxes'
import { splitNoneRuns } from './none-runs'
import { tidyReading } from './ocr-text'

export function ocrDocument(fileName: string, format: SourceFormat, pages: OcrPage[]): SourceDocument {
  const doubtful: OcrDoubt[] = []
  const contents = pages.map((p) => {
    const boxes = dropRepeatedBoxes(p.boxes)
    const readings = boxes.map((b) => tidyReading(b.text, b.confidence))
    const merged = mergedNumberBoxes(boxes, readings.map((r) => r.text))
    const specks = speckBoxes(boxes)
    const kept = boxes.flatMap((b, i) => {
      const r = readings[i]!
      if (r.text === '') return []
      if (specks.has(i)) {
        if (/\d/.test(r.text)) doubtful.push({ box: { page: p.page, x: b.x, y: b.y, w: b.w, h: b.h }, text: b.text, confidence: b.confidence })
        return []
      }
      if (!merged.has(i) && (!isDoubtful(r.text, r.confidence, r.guess) || flatDash(r.text, b))) return [{ ...b, text: r.text }]
      doubtful.push({ box: { page: p.page, x: b.x, y: b.y, w: b.w, h: b.h }, text: b.text, confidence: b.confidence })
      return []
    })
    return pageContent(p.page, p.width, p.height, splitNoneRuns(kept).map((b) => boxItem(p, b)), rulesInPiecesOnly(p.rulings, p.width) ? [] : p.rulings, { noneCells: true })
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
