// User corrections: edits of a cell, a metric or a section 五 entry's categories, stored APART from
// the extracted values (corrections/<key>.json, keyed by field path) and re-applied on top of every
// fresh extraction, so they survive a re-import or a parser upgrade.
import type { Report } from '../../shared/model/report'
import { storedCorrectionSchema } from '../../shared/model/schema'
import { pointerOf, setAt } from '../../shared/model/correction-path'
import { safeFileName } from './file-name'
import type { StoredCorrection } from '../../shared/api'

export { correctionFits, pointerOf, valueAt } from '../../shared/model/correction-path'

export interface CorrectionsFile {
  key: string
  /** pointer (see pointerOf) → correction */
  entries: Record<string, StoredCorrection>
}

/** What beside the body and year tells a report apart from another of the same body key. */
export interface CorrectionKeyParts {
  /** The parent place the name prints (甲山县 of 甲山县东关镇人民政府): two counties' towns apart. */
  parent?: string
  /** The report is a corrected version (更正版): kept apart from the original it corrects. */
  revised?: boolean
}

/**
 * Correction key of a report: body + year when both were read, else the file hash. The key does not
 * depend on the file (a re-import, or a DOCX and a PDF of one report, find the same corrections),
 * but a parent place the name prints and a 更正版 mark make keys of their own. Keys without either
 * are as before (`东关镇|人民政府_2021`), so older libraries' correction files keep working.
 */
export function correctionKeyFor(bodyKey: string | null, year: number | null, sha256: string, parts: CorrectionKeyParts = {}): string {
  if (bodyKey && year !== null) return `${bodyKey}${parts.parent ? `@${parts.parent}` : ''}_${year}${parts.revised ? '_更正版' : ''}`
  return `file_${sha256.slice(0, 20)}`
}

/** A file name for a key (body keys may hold any characters; keep those a file system accepts). */
export function correctionFileName(key: string): string {
  return `${safeFileName(key, '_')}.json`
}

/** The report with the corrections applied (a copy; the input is not changed). */
export function applyCorrections(report: Report, corrections: readonly StoredCorrection[]): Report {
  const copy = editableCopy(report)
  for (const c of corrections) setAt(copy, c.path, c.value)
  return copy
}

const copyRows = <T>(rows: Record<string, T[] | null | undefined>): Record<string, T[] | null | undefined> =>
  Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v ? [...v] : v]))

/**
 * A copy of the report in which everything a correction can change (setAt) is the copy's own; the
 * texts are shared, not cloned (a re-check of 2,000 reports cloned 2,000 reports' texts each time).
 */
function editableCopy(r: Report): Report {
  return {
    ...r,
    sections: [...r.sections],
    metrics: { ...r.metrics },
    activeDisclosure: { ...r.activeDisclosure },
    requests: { ...r.requests, rows: copyRows(r.requests.rows) as Report['requests']['rows'] },
    reviewLitigation: copyRows(r.reviewLitigation) as Report['reviewLitigation'],
    problems: r.problems.map((p) => ({ ...p, categories: [...p.categories] })),
    improvements: r.improvements.map((p) => ({ ...p, categories: [...p.categories] })),
  }
}

/**
 * A corrections file as read from disk (JSON, or null when absent or unparsable), checked: entries
 * that are not corrections (a hand edit, a damaged file) are dropped, the rest keyed by their pointer.
 */
export function parseCorrectionsFile(raw: unknown, key: string): CorrectionsFile {
  const file = raw as Partial<CorrectionsFile> | null
  const entries: Record<string, StoredCorrection> = {}
  if (file && file.key === key && file.entries && typeof file.entries === 'object') {
    for (const entry of Object.values(file.entries)) {
      const parsed = storedCorrectionSchema.safeParse(entry)
      if (parsed.success) entries[pointerOf(parsed.data.path)] = parsed.data as StoredCorrection
    }
  }
  return { key, entries }
}
