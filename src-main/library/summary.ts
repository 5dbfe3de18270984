// The list-index line of a report, computed from the stored document and its corrected report.
import type { FlagCounts, ReportSummary } from '../../shared/api'
import type { Flag } from '../../shared/model/flag'
import type { Report } from '../../shared/model/report'
import type { StoredReport } from './stored-report'
import { isRevisedReport } from '../../shared/identity/copies'
import { readScore } from '../../shared/identity/report-cells'

export function countFlags(flags: readonly Flag[]): FlagCounts {
  const counts: FlagCounts = { error: 0, warning: 0, info: 0 }
  for (const f of flags) counts[f.severity]++
  return counts
}

export function summarize(
  stored: StoredReport,
  corrected: Report,
  correctionCount: number,
  bodyKey: (agency: string | null) => string | null,
): ReportSummary {
  return {
    id: stored.id,
    agency: corrected.agency,
    year: corrected.year,
    bodyKey: bodyKey(corrected.agency),
    fileName: stored.source.fileName,
    format: stored.source.format,
    template: corrected.template,
    sample: stored.sample,
    importedAt: stored.source.importedAt,
    flagCounts: countFlags(stored.flags),
    corrections: correctionCount,
    publishedOn: corrected.publishedOn,
    revised: isRevisedReport(stored.extraction, stored.source.fileName),
    readScore: readScore({ ...stored.extraction, report: corrected }),
  }
}
