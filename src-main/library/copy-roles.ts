// The library's files grouped into reports (a body and a year; versions; copies), from the list
// index alone: which copy each report uses, which files are its other copies or earlier versions.
// The same grouping as the checks (shared/identity/copies.ts), so the list, the views and the
// flags agree on which copy is used.
import type { CopyRole, ReportSummary } from '../../shared/api'
import { groupCopies } from '../../shared/identity/copies'
import { bodyKey } from '../../shared/identity/body'
import { seriesKeysOf } from '../../shared/identity/series-keys'

/**
 * The list's series keys, by the one series rule (series-keys.ts), on the library's own body keys: a
 * report without one is a series of its own.
 */
function seriesKeys(reports: readonly ReportSummary[]): Map<string, string> {
  const keys = seriesKeysOf(reports, (r) => ({ id: r.id, agency: r.agency }), (r) => (r.bodyKey === null ? `#${r.id}` : undefined))
  return new Map(
    reports.map((r, i) => {
      const k = keys[i]!
      if (r.bodyKey === null) return [r.id, k]
      const plain = bodyKey(r.agency)
      return [r.id, k !== plain && k.startsWith(plain) ? `${r.bodyKey}${k.slice(plain.length)}` : r.bodyKey]
    }),
  )
}

export function copyRoles(reports: readonly ReportSummary[], preferred: ReadonlySet<string>): Map<string, CopyRole> {
  const keys = seriesKeys(reports)
  const logical = groupCopies(
    reports,
    (r) => ({
      id: r.id,
      seriesKey: keys.get(r.id)!,
      year: r.year,
      publishedOn: r.publishedOn ?? null,
      revised: r.revised ?? false,
      readScore: r.readScore ?? 0,
    }),
    preferred,
  )
  const out = new Map<string, CopyRole>()
  for (const report of logical) {
    const latest = report.versions.at(-1)!
    const used = latest.copies[0]!
    const files = report.versions.reduce((n, v) => n + v.copies.length, 0)
    const chosen = preferred.has(used.id)
    for (const v of report.versions) {
      for (const r of v.copies) {
        const role = r === used ? 'used' : v === latest ? 'copy' : 'earlier'
        out.set(r.id, { role, usedId: used.id, files, chosen })
      }
    }
  }
  return out
}

/** The summaries with their copy roles. */
export function withCopyRoles(reports: readonly ReportSummary[], preferred: ReadonlySet<string>): ReportSummary[] {
  const roles = copyRoles(reports, preferred)
  return reports.map((r) => ({ ...r, copy: roles.get(r.id)! }))
}
