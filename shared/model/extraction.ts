// What the extractor returns besides the report itself: where every value came from, the text of
// each section (the checks and the evidence views read it), and what could not be read.
import type { Report, SectionKey } from './report'
import type { SourceLocation } from './document'

/**
 * How a value was read: `label` — its cells follow its own row label (or the header of a one-row
 * table); `sums` — its position was proven by the table's own sums (row totals, 总计, 新收+结转 =
 * 办理+结转下年); `prose` — a figure in a sentence. A table cell that is neither is not read (null).
 */
export type ReadHow = 'label' | 'sums' | 'prose'

/** Where one extracted value was read. */
export interface ProvenanceEntry {
  loc: SourceLocation
  /** The source text the value was read from (a row, a sentence). */
  text: string
  /** How it was read (absent for header fields and section 五 entries). */
  how?: ReadHow
}

/**
 * Field path → provenance. Paths: `agency`, `year`, `publishedOn`, `metrics.hotlineCalls`,
 * `requests.received` (a whole row), `reviewLitigation.review`, `activeDisclosure.licensing`,
 * `problems.0`, `improvements.2`.
 */
export type Provenance = Record<string, ProvenanceEntry>

/** Something the extractor could not do, said plainly (in Chinese) so a reviewer knows. */
export interface ExtractionNote {
  /** e.g. `requests.granted`, `section.reviewLitigation` */
  field: string
  message: string
  /** A table 三 cell left unread because one extra digit breaks its row's total (a footnote mark
   *  glued on, or the report's own typo): what was printed, for the checks to show both readings. */
  strayDigit?: StrayDigitNote
}

/** A table 三 cell whose first or last digit, taken away, makes its row's total hold. */
export interface StrayDigitNote {
  /** Column in the template's order (REQUEST_COLUMN_LABELS). */
  column: number
  printed: number
  /** The value without the digit. */
  without: number
  end: 'first' | 'last'
  /** The row's 总计 as printed (the column's own value when the stray cell is the 总计). */
  total: number | null
  /** The sum of the row's six applicant columns as printed. */
  sum: number | null
}

/**
 * The 政务公开指数 sentence as the extractor parsed it (shared/extract/metrics-rank.ts): the
 * sentence the rank was read from, or else one whose stated direction contradicts its ranks. Kept so
 * the checks compare the report's own figures without reading the sentence again.
 */
export interface RankSentence {
  /** The sentence as printed. */
  text: string
  loc: SourceLocation
  /** This year's rank as the sentence names it (named also when not read: a contradicted direction). */
  rank: number | null
  /** Last year's rank the sentence names ("由上年的第12名…", "上年第18位"). */
  previous: number | null
  /** The change stated in words (提升3位 → 3, 下降2位 → −2), whether or not it agrees with the ranks. */
  statedChange: number | null
  /** The direction stated with 至/到 ("上升至", "下降到"), or null. */
  direction: 'up' | 'down' | null
  /** The 年度 of the evaluation the sentence names, when not the report's own year. */
  evaluationYear: number | null
}

/** A section's text, paragraphs joined by "\n", with where it starts. */
export interface SectionText {
  text: string
  loc: SourceLocation
}

export interface Extraction {
  report: Report
  provenance: Provenance
  sectionText: Partial<Record<SectionKey, SectionText>>
  /** The report's opening text before section 一 (title, preamble). */
  preamble: string
  notes: ExtractionNote[]
  /** Pages of the file that hold only a picture and were not read (sections printed there look missing). */
  pagesWithoutText?: number[]
  /** The index rank's sentence as parsed at read time (absent when the prose names no index rank). */
  indexRankSentence?: RankSentence
}
