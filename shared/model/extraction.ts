// What the extractor returns besides the report itself: where every value came from, the text of
// each section (the checks and the evidence views read it), and what could not be read.
import type { Report, SectionKey } from './report'
import type { SourceLocation } from './document'

/** Where one extracted value was read. */
export interface ProvenanceEntry {
  loc: SourceLocation
  /** The source text the value was read from (a row, a sentence). */
  text: string
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
}
