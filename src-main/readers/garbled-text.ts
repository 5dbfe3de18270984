// Is a PDF's text layer garbage? A scan with a bad OCR layer, or text set in a font without a
// Unicode map, gives text in which the template's own words are missing. A report's real text
// always holds many of them (section headings, the columns of table 三 and 四), so a text that
// holds almost none is not used as it is: its page pictures are read by OCR instead (when it has
// any). A normal report PDF therefore never goes to OCR.
import type { SourceDocument } from '../../shared/model/document'
import { toSimplifiedForMatching } from '../../shared/extract/prose-text'
import { REQUEST_COLUMN_LABELS, REVIEW_COLUMN_LABELS, SECTION_HEADINGS } from '../../shared/model/template-labels'

/** Words every report of the template prints, whichever template year: headings without their numbers, column names. */
const TEMPLATE_WORDS = [
  ...new Set([
    ...Object.values(SECTION_HEADINGS).map((h) => h.replace(/^[一二三四五六]、/, '')),
    ...REQUEST_COLUMN_LABELS,
    ...REVIEW_COLUMN_LABELS,
    '政府信息公开',
    '年度报告',
    '主动公开',
    '依申请',
    '行政复议',
    '行政诉讼',
  ]),
]

/** Fewer template words than this: the text is not a report's real text. */
const MIN_TEMPLATE_WORDS = 4

export interface TextLayerVerdict {
  garbled: boolean
  /** Template words found, characters of text, share of them that are Chinese. */
  templateWords: number
  chars: number
  cjkShare: number
  /** Mostly odd symbols (not Chinese, not plain ASCII text): what a font without a Unicode map gives. */
  symbols: boolean
}

export function judgeTextLayer(doc: SourceDocument): TextLayerVerdict {
  const text = toSimplifiedForMatching(
    doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.map((c) => c.text).join('')).join(''))).join(''),
  ).replace(/\s+/g, '')
  const templateWords = TEMPLATE_WORDS.filter((w) => text.includes(w)).length
  const cjk = (text.match(/[\u4e00-\u9fff]/g) ?? []).length
  const plain = (text.match(/[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\x21-\x7e]/g) ?? []).length
  const cjkShare = text.length ? cjk / text.length : 0
  const symbols = text.length >= 50 && cjkShare < 0.3 && plain / text.length < 0.7
  return { garbled: templateWords < MIN_TEMPLATE_WORDS, templateWords, chars: text.length, cjkShare, symbols }
}
