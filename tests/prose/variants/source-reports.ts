// The gold entries of the corpus's text reports as generator input: each entry's full text (as the
// extractor splits the original, checked against the gold's startsWith) without its list marker.
import { splitProblems } from '../../../shared/extract/problems'
import { sectionFive, textReports } from '../corpus'
import { stripMarker, type SourceReport } from './section-five-variants'

const compact = (s: string): string => s.replace(/[\s\u3000]+/g, '')

export function sourceReports(): SourceReport[] {
  const out: SourceReport[] = []
  for (const r of textReports()) {
    const text = sectionFive(r.lines)
    if (!text || r.gold.year === null || r.gold.problems.length === 0) continue
    const got = splitProblems(text)
    const entries = (kind: 'problems' | 'improvements') =>
      r.gold[kind].map((g, i) => {
        const e = got[kind][i]
        if (!e || !compact(e.text).startsWith(compact(g.startsWith))) return null
        return { body: compact(stripMarker(e.text)).replace(/[；;，,、]+$/, ''), categories: g.categories }
      })
    const problems = entries('problems')
    const improvements = entries('improvements')
    if ([...problems, ...improvements].some((e) => e === null)) continue
    out.push({ id: r.id, year: r.gold.year, problems: problems as SourceReport['problems'], improvements: improvements as SourceReport['improvements'] })
  }
  return out
}
