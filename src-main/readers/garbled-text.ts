// Is a PDF's text layer garbage? A scan with a bad OCR layer, or text set in a font without a
// Unicode map, gives text in which the template's own words are missing. A report's real text
// always holds many of them (section headings, the columns of table 三 and 四), so a text that
// holds almost none is not used as it is: its page pictures are read by OCR instead (when it has
// any). A normal report PDF therefore never goes to OCR.
// A bad OCR layer can still be Chinese and still hold a few template words by chance. Its tell is the
// template's own wording: a report prints the labels of tables 三 and 四 and the section headings,
// so nearly every pair of adjacent characters of those labels occurs somewhere in its text (0.9 and
// more on every text PDF of the corpus, both template years); a layer with a fifth of its characters
// misread keeps far fewer of them.
import type { SourceDocument } from '../../shared/model/document'
import { toSimplifiedForMatching } from '../../shared/extract/prose-text'
import { misMappedLetters, type MisMappedLetters } from '../../shared/text/mis-mapped-letters'
import { REQUEST_COLUMN_LABELS, REQUEST_ROW_LABELS, REVIEW_COLUMN_LABELS, REVIEW_GROUP_LABELS, SECTION_HEADINGS } from '../../shared/model/template-labels'

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

/** The template labels without numbering and notes in brackets ("（二）部分公开（区分处理的…）" → "部分公开"). */
const core = (label: string): string => label.replace(/[（(][^）)]*[）)]|^[一二三四五六七八九十]+、|^\d+\.|[“”]/g, '')

/** Pairs of adjacent Chinese characters in the labels of tables 三 and 四 and the section headings. */
const TEMPLATE_BIGRAMS = (() => {
  const labels = [...Object.values(REQUEST_ROW_LABELS).map(core), ...REQUEST_COLUMN_LABELS, ...REVIEW_COLUMN_LABELS, ...Object.values(REVIEW_GROUP_LABELS), ...Object.values(SECTION_HEADINGS).map(core)]
  const pairs = new Set<string>()
  for (const l of labels) for (let i = 0; i + 1 < l.length; i++) if (/^[\u4e00-\u9fff]{2}$/.test(l.slice(i, i + 2))) pairs.add(l.slice(i, i + 2))
  return [...pairs]
})()

/** Below this share of the template's character pairs, a text with its words is still a bad OCR layer. */
const MIN_TEMPLATE_COVER = 0.8

export interface TextLayerVerdict {
  garbled: boolean
  /** Template words found, characters of text, share of them that are Chinese. */
  templateWords: number
  chars: number
  cjkShare: number
  /** Mostly odd symbols (not Chinese, not plain ASCII text): what a font without a Unicode map gives. */
  symbols: boolean
  /** Share of the template labels' character pairs found in the text (0–1). */
  templateCover: number
  /** Garbled though its template words are there: judged by the template's wording alone. */
  byWording: boolean
  /** Its wording is a report's but its years are impossible (「3133年」 where a report prints 2022年): the
   *  font maps digits to other digits, so no number of the layer can be trusted (review rv21). */
  byDigits: boolean
  /** An impossible year the layer states (for the message), when byDigits. */
  impossibleYear: string | null
  /** Letters no Chinese report prints (Þ ß Ā): the font map is partly wrong, though the layer reads as a report. */
  misMapped: MisMappedLetters
}

/** Fewer years than this stated in the text: too few to judge its digits. */
const MIN_YEARS_TO_JUDGE = 2
/** A year no report states (a history's 1368年 or 1911年 can be; 3133年 cannot). */
const impossibleYear = (y: number): boolean => y < 1000 || y > 2100
/** A year of the report's own time (its year, the template's, a law of 2007, a plan to 2035). */
const modernYear = (y: number): boolean => y >= 1990 && y <= 2100

/** The first impossible year, where most of the four-digit years the text states (「2022年」) are impossible and
 *  none is of the report's own time (a report writing its years 二〇二二年 may state only a history's years). */
function impossibleYearOf(text: string): string | null {
  const years = [...text.matchAll(/(?<!\d)(\d{4})年/g)].map((m) => Number(m[1]))
  if (years.length < MIN_YEARS_TO_JUDGE || years.some(modernYear)) return null
  const bad = years.filter(impossibleYear)
  return bad.length * 2 > years.length ? `${bad[0]}年` : null
}

export function judgeTextLayer(doc: SourceDocument): TextLayerVerdict {
  const spaced = toSimplifiedForMatching(doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.map((c) => c.text).join(' ')).join('\n'))).join('\n'))
  const text = spaced.replace(/\s+/g, '')
  const templateWords = TEMPLATE_WORDS.filter((w) => text.includes(w)).length
  const cjk = (text.match(/[\u4e00-\u9fff]/g) ?? []).length
  const plain = (text.match(/[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\x21-\x7e]/g) ?? []).length
  const cjkShare = text.length ? cjk / text.length : 0
  const symbols = text.length >= 50 && cjkShare < 0.3 && plain / text.length < 0.7
  const templateCover = TEMPLATE_BIGRAMS.filter((p) => text.includes(p)).length / TEMPLATE_BIGRAMS.length
  const byWording = templateWords >= MIN_TEMPLATE_WORDS && templateCover < MIN_TEMPLATE_COVER
  const impossibleYear = impossibleYearOf(text)
  const byDigits = impossibleYear !== null
  // With its spaces: a letter inside Chinese text is the tell, a bullet before a space is not.
  const misMapped = misMappedLetters(spaced)
  return { garbled: templateWords < MIN_TEMPLATE_WORDS || byWording || byDigits, templateWords, chars: text.length, cjkShare, symbols, templateCover, byWording, byDigits, impossibleYear, misMapped }
}
