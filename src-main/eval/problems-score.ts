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
