// `tsx src-main/cli/bench-views.ts [count]`: what the analysis views compute when the user switches
// body or view, on a generated library of N reports (700 by default): loading every report for the
// views (library:items), then per body switch the trend series, KPI tiles, year comparison,
// section 五 timeline, and the flag list filter. Prints the figures, and says when a switch exceeds
// the 200 ms budget (a figure, not an assertion: a loaded machine must not stop the later benches). `benchViews` is exported for the lead's bench.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { AnalysisItem } from '../../shared/api'
import { followProblems } from '../../shared/analysis/problems-across-years'
import { checkAll } from '../../shared/checks/index'
import { buildKpis } from '../../shared/series/kpi'
import { buildTrends } from '../../shared/series/trends'
import { byYear } from '../../shared/series/items'
import { compareYears } from '../../shared/series/year-compare'
import { generateLibrary } from '../library/generate'
import { analysisItems } from '../services/analysis'

export const SWITCH_BUDGET_MS = 200

export interface ViewsBench {
  reports: number
  bodies: number
  /** library:items: reading every report with corrections applied. */
  loadMs: number
  /** Size of that answer as JSON (what crosses IPC). */
  payloadBytes: number
  /** Derived data of one body switch: median and worst over every body. */
  switchMedianMs: number
  switchMaxMs: number
  /** The renderer's immediate re-check after a correction (same body's years + same year's reports). */
  recheckMs: number
}

function bodySwitch(items: AnalysisItem[]): void {
  const trends = buildTrends(items)
  const years = [...byYear(items).keys()].sort((a, b) => a - b)
  buildKpis(items, years.at(-1))
  compareYears(items, { years: years.slice(-2) })
  followProblems(years.map((y) => ({ year: y, extraction: byYear(items).get(y)!.extraction })))
  if (trends.length === 0) throw new Error('no trends')
}

export async function benchViews(count = 700): Promise<ViewsBench> {
  const dir = await mkdtemp(join(tmpdir(), 'desk-bench-views-'))
  try {
    const lib = await generateLibrary(dir, { count })
    let t = performance.now()
    const items = await analysisItems(lib)
    const loadMs = performance.now() - t
    const payloadBytes = Buffer.byteLength(JSON.stringify(items))

    const bodies = new Map<string, AnalysisItem[]>()
    for (const i of items) {
      const k = i.bodyKey ?? i.extraction.report.agency ?? i.id
      bodies.set(k, [...(bodies.get(k) ?? []), i])
    }
    const times: number[] = []
    for (const list of bodies.values()) {
      t = performance.now()
      bodySwitch(list)
      // The flags view's per-body filter over the whole library.
      items.flatMap((i) => i.flags).filter((f) => f.severity !== 'info').length
      times.push(performance.now() - t)
    }
    times.sort((a, b) => a - b)

    const first = [...bodies.values()][0]!
    const year = first[0]!.extraction.report.year
    const subset = items.filter((i) => first.includes(i) || i.extraction.report.year === year)
    t = performance.now()
    checkAll(subset.map((i) => ({ id: i.id, extraction: i.extraction })))
    const recheckMs = performance.now() - t

    return {
      reports: items.length,
      bodies: bodies.size,
      loadMs,
      payloadBytes,
      switchMedianMs: times[Math.floor(times.length / 2)] ?? 0,
      switchMaxMs: times.at(-1) ?? 0,
      recheckMs,
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

async function main(): Promise<number> {
  const count = Number(process.argv[2] ?? 700)
  const b = await benchViews(count)
  const ms = (n: number) => `${Math.round(n * 10) / 10} ms`
  console.log(`分析视图：${b.reports} 份报告，${b.bodies} 个机关`)
  console.log(`读取全部报告（library:items）：${ms(b.loadMs)}，数据量 ${(b.payloadBytes / 1024 / 1024).toFixed(1)} MB`)
  console.log(`切换机关（趋势、关键数字、年度对比、第五部分、问题筛选）：中位数 ${ms(b.switchMedianMs)}，最慢 ${ms(b.switchMaxMs)}（预算 ${SWITCH_BUDGET_MS} ms）`)
  console.log(`更正后即时重新校核：${ms(b.recheckMs)}`)
  if (b.switchMaxMs > SWITCH_BUDGET_MS) console.log(`注意：最慢一次切换超出预算 ${SWITCH_BUDGET_MS} ms（机器负载高时会如此）`)
  return 0
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then((code) => process.exit(code), (err) => {
    console.error(err)
    process.exit(2)
  })
}
