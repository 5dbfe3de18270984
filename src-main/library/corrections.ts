// User corrections: edits of a cell, a metric or a section 五 entry's categories, stored APART from
// the extracted values (corrections/<key>.json, keyed by field path) and re-applied on top of every
// fresh extraction, so they survive a re-import or a parser upgrade.
import type { Report } from '../../shared/model/report'
import { PROBLEM_CATEGORIES } from '../../shared/model/report'
import type { CorrectionPath, CorrectionValue } from '../../shared/model/schema'
import type { StoredCorrection } from '../../shared/api'

export interface CorrectionsFile {
  key: string
  /** pointer (see pointerOf) → correction */
  entries: Record<string, StoredCorrection>
}

/** JSON-pointer form of a path: `/requests/rows/withheld.stateSecret/3`. */
export function pointerOf(path: CorrectionPath): string {
  return '/' + path.map((s) => String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')
}

/** Correction key of a report: body + year when both were read, else the file hash. */
export function correctionKeyFor(bodyKey: string | null, year: number | null, sha256: string): string {
  if (bodyKey && year !== null) return `${bodyKey}_${year}`
  return `file_${sha256.slice(0, 20)}`
}

/** A file name for a key (body keys may hold any characters; keep those a file system accepts). */
export function correctionFileName(key: string): string {
  return `${key.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 120)}.json`
}

/** Does this value fit the field at this path? (The IPC schema checks shapes; this checks the pair.) */
export function correctionFits(path: CorrectionPath, value: CorrectionValue): boolean {
  const head = path[0]
  if (head === 'problems' || head === 'improvements') {
    return Array.isArray(value) && value.every((c) => (PROBLEM_CATEGORIES as readonly string[]).includes(c))
  }
  if (head === 'agency' || head === 'publishedOn') return value === null || typeof value === 'string'
  if (head === 'year') return value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 1990 && value <= 2100)
  // numeric cells and metrics
  return value === null || (typeof value === 'number' && Number.isFinite(value))
}

/** The value currently at a path (undefined when absent). */
export function valueAt(report: Report, path: CorrectionPath): unknown {
  const [head] = path
  switch (head) {
    case 'metrics':
      return report.metrics[path[1]]
    case 'requests':
      return report.requests.rows[path[2]]?.[path[3]]
    case 'reviewLitigation':
      return report.reviewLitigation[path[1]]?.[path[2]]
    case 'activeDisclosure': {
      const group = (report.activeDisclosure as Record<string, Record<string, unknown> | undefined>)[path[1]]
      return group?.[path[2]]
    }
    case 'problems':
    case 'improvements':
      return report[head][path[1]]?.categories
    case 'agency':
    case 'publishedOn':
    case 'year':
      return report[head]
  }
}

/** Set one value in place. Returns false when the target does not exist (e.g. a problem index past the end). */
function setAt(report: Report, path: CorrectionPath, value: CorrectionValue): boolean {
  if (!correctionFits(path, value)) return false
  const [head] = path
  switch (head) {
    case 'metrics':
      report.metrics[path[1]] = value as number | null
      return true
    case 'requests': {
      const row = report.requests.rows[path[2]] ?? Array<number | null>(7).fill(null)
      row[path[3]] = value as number | null
      report.requests.rows[path[2]] = row
      return true
    }
    case 'reviewLitigation': {
      const row = report.reviewLitigation[path[1]] ?? Array<number | null>(5).fill(null)
      row[path[2]] = value as number | null
      report.reviewLitigation[path[1]] = row
      return true
    }
    case 'activeDisclosure': {
      const ad = report.activeDisclosure as Record<string, Record<string, unknown> | undefined>
      const group = ad[path[1]] ?? {}
      group[path[2]] = value
      ad[path[1]] = group
      return true
    }
    case 'problems':
    case 'improvements': {
      const entry = report[head][path[1]]
      if (!entry) return false
      entry.categories = [...(value as Report['problems'][number]['categories'])]
      return true
    }
    case 'agency':
    case 'publishedOn':
      report[head] = value as string | null
      return true
    case 'year':
      report.year = value as number | null
      return true
  }
}

/** The report with the corrections applied (a copy; the input is not changed). */
export function applyCorrections(report: Report, corrections: readonly StoredCorrection[]): Report {
  const copy = structuredClone(report)
  for (const c of corrections) setAt(copy, c.path, c.value)
  return copy
}
