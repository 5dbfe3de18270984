// Rule: table 三 printed in a PDF without ruling lines (a web page's or Word table's borders set to
// none, printed by a browser or LibreOffice): the reader finds its columns by the words' positions
// only. Combined with t3:organisations-first it is hostile review rv26's case — the applicant
// columns were read in the template's order, every row rotated, silently. Applied in the PDF format
// only; forced by tests/variants/t3-unruled-pdf.test.ts, not drawn. The gold stays as it is.
import type { IRDoc } from './ir'

/** The doc with every part of table 三 printed without borders; the same doc where there is none. */
export function applyUnruled(doc: IRDoc): IRDoc {
  if (!doc.some((b) => b.kind === 'table' && b.part === 'requests')) return doc
  return doc.map((b) => (b.kind === 'table' && b.part === 'requests' ? { ...b, unruled: true } : b))
}

export function unruledRuleTags(on: boolean | undefined): string[] {
  return on ? ['t3:unruled-pdf'] : []
}
