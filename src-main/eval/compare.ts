// Compares one extraction (and its flags) with a gold file, cell by cell.
import type { Extraction } from '../../shared/model/extraction'
import type { Flag } from '../../shared/model/flag'
import type { GoldFile } from './corpus'

export type Bucket = 'cells' | 'header' | 'metrics' | 'section5' | 'flags'
export const BUCKETS: Bucket[] = ['cells', 'header', 'metrics', 'section5', 'flags']

export interface Tally {
  total: number
  correct: number
  /** A value that differs from the gold (worse than a missing one). */
  wrong: number
}

export interface Comparison {
  tally: Record<Bucket, Tally>
  misses: string[]
}

const compact = (s: string): string => s.replace(/[\s\u3000]+/g, '')

function newTally(): Record<Bucket, Tally> {
  return Object.fromEntries(BUCKETS.map((b) => [b, { total: 0, correct: 0, wrong: 0 }])) as Record<Bucket, Tally>
}

export function compare(ex: Extraction, flags: Flag[], gold: GoldFile, opts: { crossYear: boolean }): Comparison {
  const tally = newTally()
  const misses: string[] = []
  const r = ex.report
  const value = (bucket: Bucket, field: string, want: unknown, got: unknown): void => {
    const t = tally[bucket]
    t.total++
    if (JSON.stringify(want ?? null) === JSON.stringify(got ?? null)) {
      t.correct++
      return
    }
    const isWrong = got !== null && got !== undefined
    if (isWrong) t.wrong++
    misses.push(`${isWrong ? '错' : '缺'} ${field}: 应为 ${JSON.stringify(want ?? null)}，读到 ${JSON.stringify(got ?? null)}`)
  }

  value('header', 'agency', gold.agency, r.agency)
  value('header', 'year', gold.year, r.year)
  value('header', 'template', gold.template, r.template)
  value('header', 'publishedOn', gold.publishedOn, r.publishedOn)
  value('header', 'sections', gold.sections, r.sections)

  for (const [k, v] of Object.entries(gold.metrics ?? {})) value('metrics', `metrics.${k}`, v, r.metrics[k as keyof typeof r.metrics])

  for (const [row, cells] of Object.entries(gold.requests?.rows ?? {})) {
    const got = (r.requests.rows as Record<string, (number | null)[] | undefined>)[row]
    cells.forEach((v, c) => value('cells', `requests.${row}[${c}]`, v, got?.[c] ?? null))
  }
  for (const [group, cells] of Object.entries(gold.reviewLitigation ?? {})) {
    const got = (r.reviewLitigation as Record<string, (number | null)[] | null>)[group]
    if (cells === null) value('cells', `reviewLitigation.${group}`, null, got)
    else cells.forEach((v, c) => value('cells', `reviewLitigation.${group}[${c}]`, v, got?.[c] ?? null))
  }
  for (const [row, fields] of Object.entries(gold.activeDisclosure ?? {})) {
    const got = (r.activeDisclosure as Record<string, Record<string, number | null> | undefined>)[row]
    for (const [f, v] of Object.entries(fields ?? {})) value('cells', `activeDisclosure.${row}.${f}`, v, got?.[f] ?? null)
  }

  for (const kind of ['problems', 'improvements'] as const) {
    const ours = r[kind]
    gold[kind].forEach((g, i) => {
      const o = ours[i]
      const starts = o ? compact(o.text).startsWith(compact(g.startsWith)) : false
      value('section5', `${kind}[${i}].startsWith`, g.startsWith, starts ? g.startsWith : (o?.text.slice(0, g.startsWith.length + 4) ?? null))
      value('section5', `${kind}[${i}].categories`, [...g.categories].sort(), o ? [...o.categories].sort() : null)
    })
    if (ours.length > gold[kind].length) {
      tally.section5.total++
      tally.section5.wrong++
      misses.push(`错 ${kind}: 应为 ${gold[kind].length} 条，读到 ${ours.length} 条`)
    }
  }

  const ids = new Set(flags.map((f) => f.id))
  const expectFlag = (id: string, present: boolean, why: string): void => {
    tally.flags.total++
    if (ids.has(id as Flag['id']) === present) tally.flags.correct++
    else {
      tally.flags.wrong++
      misses.push(`${present ? '漏报' : '误报'} ${id}${why}`)
    }
  }
  for (const id of gold.expectedFlags?.present ?? []) expectFlag(id, true, '')
  for (const id of gold.expectedFlags?.absent ?? []) expectFlag(id, false, '')
  if (opts.crossYear && gold.crossYear) {
    for (const id of gold.crossYear.present) expectFlag(id, true, `（对比 ${gold.crossYear.against}）`)
    for (const id of gold.crossYear.absent) expectFlag(id, false, `（对比 ${gold.crossYear.against}）`)
  }
  return { tally, misses }
}

export function addTally(into: Record<Bucket, Tally>, from: Record<Bucket, Tally>): void {
  for (const b of BUCKETS) {
    into[b].total += from[b].total
    into[b].correct += from[b].correct
    into[b].wrong += from[b].wrong
  }
}

export function emptyTally(): Record<Bucket, Tally> {
  return newTally()
}

export function pct(t: Tally): string {
  return t.total ? `${((100 * t.correct) / t.total).toFixed(1)}%` : '—'
}
