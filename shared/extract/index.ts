// The extractor: document → report, with provenance, section texts and notes. (Being built.)
import type { SourceDocument } from '../model/document'
import type { Extraction } from '../model/extraction'
import { emptyReport } from '../model/report'

export function extractReport(doc: SourceDocument): Extraction {
  void doc
  return { report: emptyReport(), provenance: {}, sectionText: {}, preamble: '', notes: [] }
}
