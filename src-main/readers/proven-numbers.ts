// How many of a report's numbers a document proves: the figures the extractor reads from it (tables 二
// 三 四 and the sentence figures). Every figure read is proven (by its labels, or for OCR by the tables'
// sums), so of two readings of one file, the one that proves more is the better one.
import type { SourceDocument } from '../../shared/model/document'
import type { Report } from '../../shared/model/report'
import { extractReport } from '../../shared/extract/index'

function countNumbers(x: unknown): number {
  if (typeof x === 'number') return Number.isFinite(x) ? 1 : 0
  if (x && typeof x === 'object') return Object.values(x).reduce((n: number, v) => n + countNumbers(v), 0)
  return 0
}

/** Figures of `report` that are read (not null). */
export function numbersRead(report: Pick<Report, 'metrics' | 'activeDisclosure' | 'requests' | 'reviewLitigation'>): number {
  return countNumbers(report.metrics) + countNumbers(report.activeDisclosure) + countNumbers(report.requests) + countNumbers(report.reviewLitigation)
}

/** Figures the extractor reads from `doc`. */
export function numbersProven(doc: SourceDocument): number {
  return numbersRead(extractReport(doc).report)
}
