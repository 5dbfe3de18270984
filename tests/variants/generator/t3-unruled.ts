// Rule: table 三 printed in a PDF without ruling lines (a web page's or Word table's borders set to
// none, printed by a browser or LibreOffice): the reader finds its columns by the words' positions
// only. Combined with t3:organisations-first it is hostile review rv26's case — the applicant
// columns were read in the template's order, every row rotated, silently. Applied in the PDF format
// only; forced by tests/variants/t3-unruled-pdf.test.ts, not drawn. The gold stays as it is.
import type { IRDoc } from './ir'
import { ZERO_SIGNS, ZEROS, type NumberRule, type ZeroSign, type ZeroStyle } from './numbers'

/** The doc with every part of table 三 printed without borders; the same doc where there is none. */
export function applyUnruled(doc: IRDoc): IRDoc {
  if (!doc.some((b) => b.kind === 'table' && b.part === 'requests')) return doc
  return doc.map((b) => (b.kind === 'table' && b.part === 'requests' ? { ...b, unruled: true } : b))
}

export function unruledRuleTags(on: boolean | undefined): string[] {
  return on ? ['t3:unruled-pdf'] : []
}

/**
 * With t3:unruled-pdf, every way a zero is printed (session 27): a sign (－ — / 无 O 〇) or a blank
 * cell. A sign holds its column's place as a number does; a column blank in every row has nothing to
 * place its heading by (organisations first, the reader then says the order is not known: the
 * applicant columns are refused with a note, each row's 总计 kept). Forced by t3-unruled-pdf.test.ts
 * and `sweep.ts --unruled --zero Z`, not drawn; the tags are the number rule's (zero:…, zero-sign:…).
 */
export const UNRULED_ZEROS = [...ZEROS.filter((z) => z !== '0'), ...ZERO_SIGNS] as const
export type UnruledZero = (typeof UNRULED_ZEROS)[number] | '0'

/** The number rule printing every zero as `zero`: a style of ZEROS, or a sign of ZERO_SIGNS beside zero 0. */
export function withZeroPrinted(rule: NumberRule, zero: UnruledZero): NumberRule {
  const sign = (ZERO_SIGNS as readonly string[]).includes(zero)
  return { ...rule, zero: sign ? '0' : (zero as ZeroStyle), zeroSign: sign ? (zero as ZeroSign) : undefined }
}
