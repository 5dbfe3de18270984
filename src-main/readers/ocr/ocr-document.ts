// OCR pages → the document the extractor reads, through the same layout code as the PDF reader
// (ruled tables from the rulings, prose lines and paragraphs from the positioned text).
import type { SourceDocument, SourceFormat } from '../../../shared/model/document'
import { assembleBlocks } from '../pdf-layout/assemble'
import { pageContent } from '../pdf-layout/page-content'
import { boxItem, type OcrPage } from './ocr-page'

export function ocrDocument(fileName: string, format: SourceFormat, pages: OcrPage[]): SourceDocument {
  const contents = pages.map((p) => pageContent(p.page, p.width, p.height, p.boxes.map((b) => boxItem(p, b)), p.rulings))
  return { fileName, format, blocks: assembleBlocks(contents), pageCount: pages.length }
}
