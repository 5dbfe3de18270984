// The new-user set (tests/newuser): reports of bodies and layouts that are in neither the corpus nor
// the variant generator, written by hand with their answers (gold) set before the extractor ran.
// Read through the app's import route (analyzeFiles); every table cell is right, wrong (a number
// that is not the gold's — never allowed) or unread (null; it must carry a note naming its row).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Extraction } from '../../shared/model/extraction'
import type { Flag } from '../../shared/model/flag'
import { analyzeFiles } from '../pipeline/analyze-files'
import { formatTag } from './corpus'

export interface NewUserGold {
  layout: string
  template: string
  metrics: Record<string, number | null>
  activeDisclosure: Record<string, Record<string, number | null>>
  requests: { rows: Record<string, (number | null)[]> }
  reviewLitigation: Record<string, (number | null)[]>
  expectedFlags: { present: string[]; absent: string[] }
}

export interface Count {
  right: number
  wrong: number
  unread: number
  /** Unread cells without a note on their row (or, where nothing of the table was read, the table). */
  silent: number
}

export interface NewUserResult {
  id: string
  file: string
  cells: Count
  metrics: Count
  flags: { right: number; total: number }
  template: boolean
  misses: string[]
  error?: string
}

const emptyCount = (): Count => ({ right: 0, wrong: 0, unread: 0, silent: 0 })

export function addCount(into: Count, from: Count): void {
  into.right += from.right
  into.wrong += from.wrong
  into.unread += from.unread
  into.silent += from.silent
}

export const readShare = (c: Count): number => {
  const all = c.right + c.wrong + c.unread
  return all ? Math.floor((1000 * c.right) / all) / 10 : 100
}

const hasNumber = (x: unknown): boolean =>
  Array.isArray(x) ? x.some(hasNumber) : x !== null && typeof x === 'object' ? Object.values(x).some(hasNumber) : typeof x === 'number'

/** Scores one extraction against its gold (pure: the unit tests call it on made-up extractions). */
export function scoreNewUser(id: string, file: string, gold: NewUserGold, ex: Extraction, flags: Flag[]): NewUserResult {
  const res: NewUserResult = { id, file, cells: emptyCount(), metrics: emptyCount(), flags: { right: 0, total: 0 }, template: ex.report.template === gold.template, misses: [] }
  const r = ex.report
  const readAny: Record<string, boolean> = { requests: hasNumber(r.requests.rows), reviewLitigation: hasNumber(r.reviewLitigation), activeDisclosure: hasNumber(r.activeDisclosure) }
  const noted = (field: string, table: string): boolean =>
    ex.notes.some((n) => n.field === field || n.field.startsWith(`${field}.`) || ((n.field === table || n.field === `section.${table}`) && !readAny[table]))
  const score = (into: Count, path: string, field: string, table: string, want: number | null, got: number | null | undefined): void => {
    const g = got ?? null
    if (g === want) into.right++
    else if (g === null) {
      into.unread++
      const hasNote = table === 'metrics' || noted(field, table)
      if (!hasNote) into.silent++
      res.misses.push(`${hasNote ? '缺' : '缺(无说明)'} ${path}: 应为 ${want}`)
    } else {
      into.wrong++
      res.misses.push(`错 ${path}: 应为 ${want}，读到 ${g}`)
    }
  }
  const rows = r.requests.rows as Record<string, (number | null)[] | undefined>
  for (const [k, cells] of Object.entries(gold.requests.rows)) cells.forEach((w, i) => score(res.cells, `requests.${k}[${i}]`, `requests.${k}`, 'requests', w, rows[k]?.[i]))
  const rl = r.reviewLitigation as Record<string, (number | null)[] | null>
  for (const [g, cells] of Object.entries(gold.reviewLitigation)) cells.forEach((w, i) => score(res.cells, `reviewLitigation.${g}[${i}]`, `reviewLitigation.${g}`, 'reviewLitigation', w, rl[g]?.[i]))
  const ad = r.activeDisclosure as Record<string, Record<string, number | null> | undefined>
  for (const [row, fields] of Object.entries(gold.activeDisclosure)) {
    for (const [f, w] of Object.entries(fields)) score(res.cells, `activeDisclosure.${row}.${f}`, `activeDisclosure.${row}`, 'activeDisclosure', w, ad[row]?.[f])
  }
  const metrics = r.metrics as unknown as Record<string, number | null>
  for (const [k, w] of Object.entries(gold.metrics)) score(res.metrics, `metrics.${k}`, k, 'metrics', w, metrics[k])
  const ids = new Set<string>(flags.map((f) => f.id))
  for (const [list, present] of [[gold.expectedFlags.present, true], [gold.expectedFlags.absent, false]] as const) {
    for (const fid of list) {
      res.flags.total++
      if (ids.has(fid) === present) res.flags.right++
      else res.misses.push(`${present ? '漏报' : '误报'} ${fid}`)
    }
  }
  if (!res.template) res.misses.push(`模板 应为 ${gold.template}，读到 ${r.template}`)
  return res
}

/** Each gold file with its report file (reports/<id>.<ext>). */
export function loadNewUserSet(dir: string): { id: string; file: string; gold: NewUserGold }[] {
  const goldDir = join(dir, 'gold')
  const reportDir = join(dir, 'reports')
  if (!existsSync(goldDir)) return []
  const reports = readdirSync(reportDir)
  return readdirSync(goldDir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => {
      const id = n.replace(/\.json$/, '')
      const report = reports.find((f) => formatTag(f) !== null && f.slice(0, f.length - formatTag(f)!.length - 1) === id)
      if (!report) throw new Error(`${dir}: no report file for ${id}`)
      return { id, file: join(reportDir, report), gold: JSON.parse(readFileSync(join(goldDir, n), 'utf8')) as NewUserGold }
    })
}

export async function runNewUserSet(dir: string): Promise<NewUserResult[]> {
  const set = loadNewUserSet(dir)
  const analyzed = await analyzeFiles(set.map((c) => c.file))
  return set.map((c, i) => {
    const a = analyzed[i]!
    if (!a.extraction) {
      const cells = emptyCount()
      for (const v of Object.values(c.gold.requests.rows)) cells.unread += v.length
      for (const v of Object.values(c.gold.reviewLitigation)) cells.unread += v.length
      for (const v of Object.values(c.gold.activeDisclosure)) cells.unread += Object.keys(v).length
      return { id: c.id, file: c.file, cells, metrics: emptyCount(), flags: { right: 0, total: 0 }, template: false, misses: [], error: a.error?.message ?? 'no extraction' }
    }
    return scoreNewUser(c.id, c.file, c.gold, a.extraction, a.flags)
  })
}

/** Runs the set and prints it (per report, then overall); returns the overall cell count. */
export async function evaluateNewUserSet(dir: string, opts: { quiet: boolean; name?: string }): Promise<{ cells: Count; metrics: Count } | null> {
  const name = opts.name ?? 'newUser'
  if (!existsSync(join(dir, 'gold'))) return null
  const results = await runNewUserSet(dir)
  const cells = emptyCount()
  const metrics = emptyCount()
  let flagsRight = 0
  let flagsTotal = 0
  console.log(`\n== 新用户报告 (${name}, ${basename(dir)}) ==`)
  for (const r of results) {
    addCount(cells, r.cells)
    addCount(metrics, r.metrics)
    flagsRight += r.flags.right
    flagsTotal += r.flags.total
    const bad = r.cells.wrong || r.cells.silent || r.metrics.wrong || r.flags.right < r.flags.total || !r.template || r.error
    console.log(`${bad ? '✗' : r.cells.unread ? '·' : '✓'} ${r.id}: 对 ${r.cells.right}  错 ${r.cells.wrong}  未读 ${r.cells.unread}（无说明 ${r.cells.silent}）${r.error ? `  读取失败 ${r.error}` : ''}`)
    if (!opts.quiet) for (const m of r.misses.filter((x) => !x.startsWith('缺 '))) console.log(`    ${m}`)
  }
  console.log(`${name.padEnd(19)}报告 ${results.length}  格 ${cells.right + cells.wrong + cells.unread}  读出 ${readShare(cells).toFixed(1)}%  对 ${cells.right}  错 ${cells.wrong}  未读 ${cells.unread}（无说明 ${cells.silent}）；文中数字 对 ${metrics.right} 错 ${metrics.wrong} 缺 ${metrics.unread}；标记 ${flagsRight}/${flagsTotal}`)
  return { cells, metrics }
}
