// Section 五 in `npm run eval`, apart from the other buckets: per report, how many gold entries are
// split right (the entry at that place starts as the gold one, and the list has the gold's length
// or more) and how many are split and categorised right. Overall figures go to eval-floor.json as
// section5Split and section5Categories.
import type { Report } from '../../shared/model/report'
import type { GoldFile } from './corpus'

interface Counts {
  entries: number
  split: number
  categorised: number
}

const compact = (s: string): string => s.replace(/[\s\u3000]+/g, '')
const sameCategories = (a: string[], b: string[]): boolean => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort())

export function scoreProblems(report: Pick<Report, 'problems' | 'improvements'>, gold: Pick<GoldFile, 'problems' | 'improvements'>): Counts {
  const c: Counts = { entries: 0, split: 0, categorised: 0 }
  for (const kind of ['problems', 'improvements'] as const) {
    const ours = report[kind]
    // Extra entries make every entry of the list suspect: none of them counts as split right.
    const tooMany = ours.length > gold[kind].length
    gold[kind].forEach((g, i) => {
      c.entries++
      const o = ours[i]
      if (tooMany || !o || !compact(o.text).startsWith(compact(g.startsWith))) return
      c.split++
      if (sameCategories(o.categories, g.categories)) c.categorised++
    })
  }
  return c
}

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : '—')
const floorPct = (n: number, d: number): number => (d ? Math.floor((1000 * n) / d) / 10 : 100)

export class ProblemsTally {
  private total: Counts = { entries: 0, split: 0, categorised: 0 }

  /** Counts one report; returns its line for the per-report listing. */
  add(report: Pick<Report, 'problems' | 'improvements'>, gold: Pick<GoldFile, 'problems' | 'improvements'>): string {
    const c = scoreProblems(report, gold)
    this.total.entries += c.entries
    this.total.split += c.split
    this.total.categorised += c.categorised
    return `五 切分 ${pct(c.split, c.entries)} (${c.split}/${c.entries})  分类 ${pct(c.categorised, c.entries)} (${c.categorised}/${c.entries})`
  }

  summary(): string {
    const t = this.total
    return `五 切分 (split) ${pct(t.split, t.entries)} (${t.split}/${t.entries})  切分且分类 (split+categories) ${pct(t.categorised, t.entries)} (${t.categorised}/${t.entries})`
  }

  figures(): Record<string, number> {
    const t = this.total
    return { section5Split: floorPct(t.split, t.entries), section5Categories: floorPct(t.categorised, t.entries) }
  }
}

// ── hand-written section 五 texts (tests/prose/hostile, tests/prose/variants/unseen-section-five.ts) ──

export interface ScoredEntry {
  /** How the entry's text starts (list marker included where the report prints one). */
  starts: string
  categories: string[]
}
export interface ScoredCase {
  id: string
  text: string
  problems: ScoredEntry[]
  improvements: ScoredEntry[]
  /** Last year's fixes reported as done, kept out of both lists (0 when absent). */
  priorDone?: number
}
export interface CaseScore {
  entries: number
  split: number
  categorised: number
  /** Cases whose count of last year's fixes is right. */
  priorRight: number
  cases: number
  misses: string[]
}
type Split = (text: string) => Record<'problems' | 'improvements' | 'priorDone', { text: string; categories: string[] }[]>

/** One expected entry as scored, for a caller that needs more than the totals (the annotator comparison). */
export interface EntryOutcome {
  caseId: string
  kind: 'problems' | 'improvements'
  index: number
  okSplit: boolean
  okCats: boolean
  /** The categories the splitter gave the entry at that place (none when the list is shorter). */
  got: string[]
}

/**
 * Spaces dropped and full-width forms folded (１． = 1.), on both sides of the comparison; a leading
 * bullet (● ◆ ■ …) too: the splitter leaves that list marker out of an entry's text on purpose (a
 * bullet says nothing of the entry), where the holdouts' writers kept it in `starts`.
 */
const norm = (s: string): string => compact(s.normalize('NFKC')).replace(/^[●•■◆▪□◇○★☆▲►◎]+/, '')

/**
 * Split right = the list has the expected length and the entry at that place starts as expected;
 * categorised right = split right with exactly the expected categories.
 */
export function scoreCases(cases: readonly ScoredCase[], split: Split, onEntry?: (o: EntryOutcome) => void): CaseScore {
  const s: CaseScore = { entries: 0, split: 0, categorised: 0, priorRight: 0, cases: cases.length, misses: [] }
  for (const c of cases) {
    const r = split(c.text)
    for (const kind of ['problems', 'improvements'] as const) {
      const want = c[kind]
      const got = r[kind]
      want.forEach((w, i) => {
        s.entries++
        const g = got[i]
        const okSplit = got.length === want.length && g !== undefined && norm(g.text).startsWith(norm(w.starts))
        const okCats = okSplit && sameCategories(g!.categories, w.categories)
        s.split += Number(okSplit)
        s.categorised += Number(okCats)
        onEntry?.({ caseId: c.id, kind, index: i, okSplit, okCats, got: g ? [...g.categories] : [] })
        if (!okCats) {
          const seen = g ? `「${norm(g.text).slice(0, 16)}」 ${JSON.stringify(g.categories)}` : '—'
          s.misses.push(`${c.id} ${kind}[${i}]: ${seen} (${got.length}/${want.length}) want 「${w.starts}」 ${JSON.stringify(w.categories)}`)
        }
      })
    }
    if (r.priorDone.length === (c.priorDone ?? 0)) s.priorRight++
    else s.misses.push(`${c.id} priorDone: ${r.priorDone.length}/${c.priorDone ?? 0}`)
  }
  return s
}

export function caseScoreLine(label: string, s: CaseScore): string {
  return `${label}: ${s.cases} 篇 ${s.entries} 条  切分 (split) ${pct(s.split, s.entries)}  切分且分类 (split+categories) ${pct(s.categorised, s.entries)}  上年度整改单列 (last year's fixes apart) ${s.priorRight}/${s.cases}`
}

export function caseScoreFigures(key: string, s: CaseScore): Record<string, number> {
  return { [`${key}Split`]: floorPct(s.split, s.entries), [`${key}Categories`]: floorPct(s.categorised, s.entries) }
}
