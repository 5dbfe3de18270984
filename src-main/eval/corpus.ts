// Finds the corpus's cases: each gold file with the report files that share its id.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface GoldFile {
  agency: string | null
  year: number | null
  template: string
  publishedOn: string | null
  sections: string[]
  metrics: Record<string, number | null>
  activeDisclosure: Record<string, Record<string, number | null> | null>
  requests: { rows: Record<string, (number | null)[]> } | null
  reviewLitigation: Record<string, (number | null)[] | null>
  problems: { categories: string[]; startsWith: string }[]
  improvements: { categories: string[]; startsWith: string }[]
  expectedFlags?: { present: string[]; absent: string[] }
  crossYear?: { against: string; present: string[]; absent: string[] }
}

export interface Case {
  id: string
  folder: string
  gold: GoldFile
  /** Report files of this id, keyed by format tag (txt, gbk.txt, md, pdf, docx, doc, wps, ofd, html, htm). */
  files: Record<string, string>
}

/** The format tag of a report file name, or null when it is not a report file. */
export function formatTag(name: string): string | null {
  const m = /\.(gbk\.txt|txt|md|pdf|docx|doc|wps|ofd|html|htm)$/.exec(name)
  return m ? m[1]! : null
}

export function loadCases(corpusDir: string): Case[] {
  const cases: Case[] = []
  for (const folder of ['real', 'synthetic', 'legacy-formats', 'scanned']) {
    const dir = join(corpusDir, folder)
    const goldDir = join(dir, 'gold')
    if (!existsSync(goldDir)) continue
    const names = readdirSync(dir)
    for (const g of readdirSync(goldDir).filter((n) => n.endsWith('.json')).sort()) {
      const id = g.replace(/\.json$/, '')
      const files: Record<string, string> = {}
      for (const n of names) {
        const tag = formatTag(n)
        if (tag && n.slice(0, n.length - tag.length - 1) === id) files[tag] = join(dir, n)
      }
      cases.push({ id, folder, gold: JSON.parse(readFileSync(join(goldDir, g), 'utf8')) as GoldFile, files })
    }
  }
  return cases
}

export interface Fragment {
  file: string
  agency: string
  year: number
}

/** fragments/INDEX.tsv: file, agency (notes in brackets), year, … */
export function loadFragments(corpusDir: string): Fragment[] {
  const index = join(corpusDir, 'fragments', 'INDEX.tsv')
  if (!existsSync(index)) return []
  return readFileSync(index, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => l.split('\t'))
    .map(([file, agency, year]) => ({ file: join(corpusDir, 'fragments', file ?? ''), agency: agency ?? '', year: Number(year) }))
}
