// Test inputs: the synthetic corpus's gold answers wrapped as extractions (no provenance, no flags).
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Report } from '../../shared/model/report'
import type { Flag } from '../../shared/model/flag'
import type { ReportItem } from '../../shared/series/types'

/** The repo's sibling ../shared (from the repo root). */
export const GOLD_DIR = fileURLToPath(new URL('../../../shared/corpus/synthetic/gold', import.meta.url))
export const hasGold = existsSync(GOLD_DIR)

interface GoldEntry {
  text?: string
  startsWith?: string
  categories: Report['problems'][number]['categories']
}

/** A gold file as a Report (problem entries keep their first characters as text). */
export function goldReport(id: string): Report {
  const g = JSON.parse(readFileSync(join(GOLD_DIR, `${id}.json`), 'utf8')) as Report & {
    problems: GoldEntry[]
    improvements: GoldEntry[]
  }
  const entry = (e: GoldEntry) => ({ text: e.text ?? e.startsWith ?? '', categories: e.categories })
  return {
    agency: g.agency,
    year: g.year,
    template: g.template,
    publishedOn: g.publishedOn,
    sections: g.sections,
    metrics: g.metrics,
    activeDisclosure: g.activeDisclosure,
    requests: g.requests,
    reviewLitigation: g.reviewLitigation,
    problems: g.problems.map(entry),
    improvements: g.improvements.map(entry),
  }
}

export function goldItem(id: string, flags: Flag[] = []): ReportItem {
  return {
    id,
    fileName: `${id}.pdf`,
    importedAt: '2026-01-02T03:04:05.000Z',
    extraction: { report: goldReport(id), provenance: {}, sectionText: {}, preamble: '', notes: [] },
    flags,
  }
}

/** Every gold id of a body key (e.g. all years of one body), sorted by year. */
export function goldIds(prefix: string): string[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.startsWith(prefix + '_') && f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort()
}

export function allGoldIds(): string[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort()
}

/** A raw gold JSON, for tests that compare model output with the file's own numbers. */
export function goldJson(id: string): Report {
  return JSON.parse(readFileSync(join(GOLD_DIR, `${id}.json`), 'utf8')) as Report
}
