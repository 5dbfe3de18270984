// A correction applied in the renderer, so the checks re-run at once while the bridge stores it.
// Same paths as the library's corrections (shared/model/schema.ts CorrectionPath).
import type { ProblemCategory, Report } from '../../shared/model/report'
import type { CorrectionPath, CorrectionValue } from '../../shared/model/schema'

/** A copy of the report with one value set. */
export function withCorrection(report: Report, path: CorrectionPath, value: CorrectionValue): Report {
  const r = structuredClone(report)
  switch (path[0]) {
    case 'metrics':
      r.metrics[path[1]] = value as number | null
      break
    case 'requests': {
      const row = r.requests.rows[path[2]] ?? Array<number | null>(7).fill(null)
      row[path[3]] = value as number | null
      r.requests.rows[path[2]] = row
      break
    }
    case 'reviewLitigation': {
      const row = r.reviewLitigation[path[1]] ?? Array<number | null>(5).fill(null)
      row[path[2]] = value as number | null
      r.reviewLitigation[path[1]] = row
      break
    }
    case 'activeDisclosure': {
      const ad = r.activeDisclosure as Record<string, Record<string, unknown> | undefined>
      ad[path[1]] = { ...(ad[path[1]] ?? {}), [path[2]]: value }
      break
    }
    case 'problems':
    case 'improvements': {
      const entry = r[path[0]][path[1]]
      if (entry) entry.categories = [...(value as ProblemCategory[])]
      break
    }
    case 'agency':
    case 'publishedOn':
      r[path[0]] = value as string | null
      break
    case 'year':
      r.year = value as number | null
      break
  }
  return r
}

/** The JSON-pointer of a path, as the library keys corrections. */
export function pointerOf(path: CorrectionPath): string {
  return '/' + path.map((s) => String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')
}
