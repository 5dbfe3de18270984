// Reading and setting the field a correction path names, and its JSON-pointer key. One copy for
// both sides: the library applies stored corrections with it (src-main/library/corrections.ts) and
// the renderer previews an edit with it before the bridge answers (src-renderer/lib/apply-correction.ts).
// Kept free of zod (types only from schema.ts), so the renderer bundle does not carry it.
import { PROBLEM_CATEGORIES, type Report } from './report'
import type { CorrectionPath, CorrectionValue } from './schema'

type ActiveGroups = Record<string, Record<string, unknown> | undefined>

/** Section 二's groups and the fields each may hold (either template); same as schema.ts's model schema. */
export const ACTIVE_DISCLOSURE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  rules: ['newlyMade', 'newlyPublished', 'publishedTotal', 'issued', 'repealed', 'inForce'],
  normativeDocs: ['newlyMade', 'newlyPublished', 'publishedTotal', 'issued', 'repealed', 'inForce'],
  licensing: ['lastYearItems', 'change', 'decisions'],
  otherServices: ['lastYearItems', 'change', 'decisions'],
  penalties: ['lastYearItems', 'change', 'decisions'],
  enforcement: ['lastYearItems', 'change', 'decisions'],
  fees: ['lastYearItems', 'change', 'amountWanYuan'],
  procurement: ['projects', 'amountWanYuan'],
}

/** Is `group.field` a cell of section 二? (Own keys only: inherited names such as `constructor` are not.) */
export function isActiveDisclosureField(group: string, field: string): boolean {
  return Object.hasOwn(ACTIVE_DISCLOSURE_FIELDS, group) && ACTIVE_DISCLOSURE_FIELDS[group]!.includes(field)
}

/** JSON-pointer form of a path: `/requests/rows/withheld.stateSecret/3`. */
export function pointerOf(path: CorrectionPath): string {
  return '/' + path.map((s) => String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')
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
    case 'activeDisclosure':
      if (!isActiveDisclosureField(path[1], path[2])) return undefined
      return (report.activeDisclosure as ActiveGroups)[path[1]]?.[path[2]]
    case 'problems':
    case 'improvements':
      return report[head][path[1]]?.categories
    case 'agency':
    case 'publishedOn':
    case 'year':
      return report[head]
  }
}

/**
 * Set one value in place. Returns false, changing nothing, when the value does not fit the field
 * or the target does not exist (a problem index past the end, a section 二 name not in the model).
 */
export function setAt(report: Report, path: CorrectionPath, value: CorrectionValue): boolean {
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
      // Checked here too, not only by the IPC schema: an inherited name (`constructor`) would
      // otherwise reach a global object through `ad[group]`.
      if (!isActiveDisclosureField(path[1], path[2])) return false
      const ad = report.activeDisclosure as ActiveGroups
      ad[path[1]] = { ...ad[path[1]], [path[2]]: value }
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
