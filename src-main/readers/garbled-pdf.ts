// A PDF whose text layer cannot be trusted (judgeTextLayer): a scan with a bad OCR layer has its page
// pictures read by OCR; vector text set in a font without a Unicode map, or whose digits map to other
// digits, has its pages drawn and read by OCR (read-rendered.ts); one whose map is wrong in part too, and
// that reading is taken where it proves more of the report's numbers than the layer. The OCR's numbers stand only where the tables' sums vouch for them, as for any
// scan. When the OCR fails, the file fails (or keeps its layer) as it did before, with the same words.
// A layer that looks sound but whose tables' sums fail is compared with its drawn pages after extraction,
// by the import pipeline (src-main/import/digit-recheck.ts), outside this reader.
import { fail, type ReaderOutcome } from './errors'
import { judgeTextLayer, type TextLayerVerdict } from './garbled-text'
import { mostPagesArePictures } from './ocr/pdf-pictures'
import { readRenderedPdf } from './ocr/read-rendered'
import { readScannedPdf, type OcrOptions } from './ocr/read-scanned'
import { numbersProven } from './proven-numbers'
import { looksLikeReport } from './report-like'

type ReadOk = ReaderOutcome & { ok: true }

/** A garbled PDF: its page pictures (a scan) or its drawn pages (vector text) read by OCR instead. */
export async function rereadGarbledPdf(read: ReadOk, bytes: Uint8Array, path: string, name: string, sha256: string, ocr: OcrOptions): Promise<ReaderOutcome> {
  const verdict = judgeTextLayer(read.document)
  const kept = keptLayer(read, verdict)
  const misMappedOnly = verdict.misMapped.layer && !verdict.symbols && !verdict.byDigits
  if (!verdict.garbled && !misMappedOnly) return kept
  // Judged by its wording alone, with pages that hold only a picture: the wording missing is on those
  // pages (a text report whose last pages were scanned), not a bad layer. The text pages stand and the
  // picture pages are read by OCR (withPicturePages); OCR of the pictures alone would drop the text pages.
  if (verdict.garbled && verdict.byWording && !verdict.symbols && read.document.pagesWithoutText?.length) return kept
  const scanned = await mostPagesArePictures(bytes)
  if (!scanned && misMappedOnly && kept.ok) return rereadMisMappedPdf(kept, verdict, bytes, path, name, sha256, ocr)
  if (!verdict.garbled) return kept
  if (!scanned) return rereadVectorPdf(kept, verdict, bytes, path, name, sha256, ocr)
  const scan = await readScannedPdf(bytes, path, name, sha256, ocr)
  if (!scan.ok) return scan
  // A Chinese text layer judged bad by its wording alone is replaced only by a reading that holds
  // more of the template's wording (a page picture that is a letterhead, not the page, reads worse).
  if (verdict.byWording && !verdict.byDigits && judgeTextLayer(scan.document).templateCover <= verdict.templateCover) return kept
  const note = '文字层为乱码（扫描件附带的识别文字有误，或字体缺少字符映射），已改为对页面图片做文字识别'
  return { ok: true, document: { ...scan.document, notes: [...(scan.document.notes ?? []), note] } }
}

/** Vector text whose layer cannot be read (odd symbols: a font without a Unicode map; impossible years:
 *  digits mapped to other digits): its pages drawn and read by OCR. Other text judged by its wording (a
 *  notice, English text) is kept: it is refused as no report later. */
async function rereadVectorPdf(kept: ReaderOutcome, verdict: TextLayerVerdict, bytes: Uint8Array, path: string, name: string, sha256: string, ocr: OcrOptions): Promise<ReaderOutcome> {
  const refusal = refusalOf(verdict, path)
  if (!refusal) return kept
  const drawn = await readRenderedPdf(bytes, path, name, sha256, ocr, pageCountOf(kept))
  if (!drawn.ok) return refusal
  // The drawn pages hold no report either (a page of odd symbols): refused, saying the layer is garbage and OCR found no report.
  if (!looksLikeReport(drawn.document)) return fail('UNSUPPORTED', path, { detail: '的文字层是乱码（字体缺少字符映射或数字映射有误），将各页绘制成图片做文字识别后也未读出报告的内容，无法读取；请在 WPS 或 Acrobat 中重新导出 PDF（或打印为 PDF）后再导入' })
  const note = '文字层是乱码（字体缺少字符映射，或数字映射有误），已将各页绘制成图片后做文字识别；识别出的表格数字只在表内合计能核实时采用，请对照原文核实'
  return { ok: true, document: { ...drawn.document, notes: [...(drawn.document.notes ?? []), note] } }
}

/** A vector layer whose font map is wrong in part (letters no report prints; its sentence figures are not
 *  read): its pages drawn and read by OCR, and of the two readings the one that proves more of the report's
 *  numbers is taken (both prove what they read: the layer by its labels, the OCR by the tables' sums). The
 *  OCR leaves out the dashes of empty cells, so where a report prints them its sums cannot vouch and the
 *  layer stays; where it does not, the OCR also reads the sentence figures the layer loses. Any failure of the
 *  OCR keeps the layer with its note, as before (a scan is not sent here). */
async function rereadMisMappedPdf(kept: ReadOk, verdict: TextLayerVerdict, bytes: Uint8Array, path: string, name: string, sha256: string, ocr: OcrOptions): Promise<ReaderOutcome> {
  const drawn = await readRenderedPdf(bytes, path, name, sha256, ocr, pageCountOf(kept))
  if (!drawn.ok || numbersProven(drawn.document) <= numbersProven(kept.document)) return kept
  const note = `文字层的字符映射部分有误（文中有「${verdict.misMapped.sample.join('」「')}」等字符），已将各页绘制成图片后做文字识别（比文字层核实的数字更多）；识别出的表格数字只在表内合计能核实时采用，请对照原文核实`
  return { ok: true, document: { ...drawn.document, notes: [...(drawn.document.notes ?? []), note] } }
}

/** Why a vector layer that cannot be read is refused, when no OCR reading takes its place (null: it is kept). */
function refusalOf(verdict: TextLayerVerdict, path: string): ReaderOutcome | null {
  // Digits mapped to other digits: every number would be wrong.
  if (verdict.byDigits && !verdict.symbols) return fail('UNSUPPORTED', path, { detail: `的文字层中的数字与页面不符（所写年份不可能，如「${verdict.impossibleYear}」：字体的数字映射有误），数字无法可靠读取；请在 WPS 或 Acrobat 中重新导出 PDF（或打印为 PDF）后再导入` })
  if (verdict.symbols) return fail('UNSUPPORTED', path, { detail: '的文字层是乱码（字体缺少字符映射），页面也不是图片，无法读取；请在 WPS 或 Acrobat 中重新导出 PDF（或打印为 PDF）后再导入' })
  return null
}

/** The last page the text layer has blocks on (its page count, for the note on pages left unread). */
export function pageCountOf(read: ReaderOutcome): number {
  if (!read.ok) return 0
  return read.document.pageCount ?? read.document.blocks.reduce((m, b) => Math.max(m, b.loc.page ?? 0), 0)
}

/** The text layer kept as it is: flagged where its font map turns some glyphs into letters no report prints (said, and the extractor reads no sentence figure). */
export function keptLayer(read: ReadOk, verdict = judgeTextLayer(read.document)): ReaderOutcome {
  if (!verdict.misMapped.layer) return read
  const sample = verdict.misMapped.sample
  const note = `PDF 文字层的字符映射部分有误（文中有「${sample.join('」「')}」等不是中文报告会用的字符，标点也可能被读成数字）：正文中的数字未读取，机关名称等文字和表格中的数字请对照原文核对；或在 WPS / Acrobat 中重新导出 PDF 后再导入`
  return { ok: true, document: { ...read.document, misMappedLetters: sample, notes: [...(read.document.notes ?? []), note] } }
}
