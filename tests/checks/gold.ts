// Test helper: the corpus gold files as Extractions (report fields = gold fields), optionally with
// section texts cut from the report's .txt with a regex.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Extraction } from '../../shared/model/extraction'
import type { ProblemCategory, Report, SectionKey } from '../../shared/model/report'
import { emptyReport } from '../../shared/model/report'

export const CORPUS = resolve(__dirname, '../../../shared/corpus')

export interface GoldFile {
  id: string
  folder: 'real' | 'synthetic'
  gold: GoldJson
}

interface GoldEntry {
  categories: ProblemCategory[]
  startsWith: string
}

export interface GoldJson extends Omit<Report, 'problems' | 'improvements'> {
  problems: GoldEntry[]
  improvements: GoldEntry[]
  expectedFlags: { present: string[]; absent: string[] }
  crossYear?: { against: string; present: string[]; absent: string[] }
}

export function loadGold(folder: 'real' | 'synthetic'): GoldFile[] {
  const dir = join(CORPUS, folder, 'gold')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ id: f.replace(/\.json$/, ''), folder, gold: JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldJson }))
}

export function goldExtraction(g: GoldJson, sectionText: Extraction['sectionText'] = {}, preamble = ''): Extraction {
  const base = emptyReport()
  const report: Report = {
    ...base,
    agency: g.agency,
    year: g.year,
    template: g.template,
    publishedOn: g.publishedOn,
    sections: g.sections,
    metrics: { ...base.metrics, ...g.metrics },
    activeDisclosure: g.activeDisclosure ?? {},
    requests: g.requests ?? { rows: {} },
    reviewLitigation: g.reviewLitigation ?? base.reviewLitigation,
    problems: (g.problems ?? []).map((p) => ({ text: p.startsWith, categories: p.categories })),
    improvements: (g.improvements ?? []).map((p) => ({ text: p.startsWith, categories: p.categories })),
  }
  return { report, provenance: {}, sectionText, preamble, notes: [] }
}

const HEADINGS: [SectionKey, RegExp][] = [
  // At a line start, or after a sentence end (crawled page text runs sections together).
  ['overview', /(?<=^|[。\s])一\s*、\s*总体情况/m],
  ['activeDisclosure', /(?<=^|[。\s])二\s*、\s*主动公开政府信息情况/m],
  ['requests', /(?<=^|[。\s])三\s*、\s*收到和处理政府信息公开申请情况/m],
  ['reviewLitigation', /(?<=^|[。\s\d])四\s*、\s*政府信息公开行政/m],
  ['problems', /(?<=^|[。\s\d])五\s*、\s*(?:政府信息公开工作)?存在的主要问题/m],
  ['other', /(?<=^|[。\s])六\s*、\s*其他需要报告的事项/m],
]

/** Section texts and preamble of a pdftotext-style .txt (page markers removed). */
export function cutSections(text: string): { sectionText: Extraction['sectionText']; preamble: string } {
  const clean = text.replace(/^\s*—\s*\d+\s*—\s*$/gm, '')
  const starts = HEADINGS.map(([key, re]) => {
    const m = re.exec(clean)
    return m ? { key, at: m.index } : null
  }).filter((x): x is { key: SectionKey; at: number } => x !== null)
  starts.sort((a, b) => a.at - b.at)
  const sectionText: Extraction['sectionText'] = {}
  starts.forEach((s, i) => {
    const end = starts[i + 1]?.at ?? clean.length
    sectionText[s.key] = { text: clean.slice(s.at, end).trim(), loc: { block: i + 1 } }
  })
  return { sectionText, preamble: clean.slice(0, starts[0]?.at ?? 0).trim() }
}
