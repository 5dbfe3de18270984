// The analysis views' state: every report of the library (corrected values, flags), the selected
// body / years / report, and the data derived from them. Derived data are computed once per
// selection (computed refs) so that switching body or view only redraws. Only this store calls the
// bridge for the analysis views.
import { defineStore } from 'pinia'
import { computed, reactive, ref, shallowRef } from 'vue'
import type { AnalysisItem, BriefingRequest, ReportDetail } from '../../shared/api'
import type { Flag, Severity } from '../../shared/model/flag'
import type { CorrectionPath, CorrectionValue } from '../../shared/model/schema'
import { checkAll } from '../../shared/checks/index'
import { followProblems } from '../../shared/analysis/problems-across-years'
import { buildTrends } from '../../shared/series/trends'
import { buildKpis } from '../../shared/series/kpi'
import { compareYears } from '../../shared/series/year-compare'
import { byYear } from '../../shared/series/items'
import { seriesNames } from '../../shared/identity/series-keys'
import { cleanError } from '../format'
import { valueAt } from '../../shared/model/correction-path'
import { withCorrection } from '../lib/apply-correction'
import { compareBodiesAllFields } from '../lib/compare-bodies'
import { desk } from './bridge'
import { useNavStore } from './nav'
import { useSettingsStore } from './settings'

export interface Body {
  key: string
  agency: string
  items: AnalysisItem[]
  /** Years with a report, ascending. */
  years: number[]
  flagCounts: Record<Severity, number>
}

export interface FlagRow {
  /** Unique per flag: item id + index. */
  key: string
  itemId: string
  bodyKey: string
  agency: string
  year: number | null
  flag: Flag
}

export interface FlagFilter {
  severity: Severity | ''
  check: string
  body: string
  year: number | null
}

export const UNKNOWN_AGENCY = '（未识别机关）'

const bodyKeyOf = (i: AnalysisItem): string => i.bodyKey ?? i.extraction.report.agency ?? `file:${i.id}`

let unsubscribe: (() => void) | null = null

export const useAnalysisStore = defineStore('analysis', () => {
  // ── state ─────────────────────────────────────────────────────────────────────────────────
  /** Not deep-reactive: 700 reports of nested numbers would make every read slow. Replaced whole. */
  const items = shallowRef<AnalysisItem[]>([])
  const loaded = ref(false)
  const loading = ref(false)
  const error = ref<string | null>(null)
  const notice = ref<string | null>(null)

  const bodyKey = ref<string | null>(null)
  const kpiYear = ref<number | null>(null)
  const compareMode = ref<'years' | 'bodies'>('years')
  const compareYearsSel = ref<number[]>([])
  const bodiesYear = ref<number | null>(null)
  const bodiesSel = ref<string[]>([])
  const flagFilter = reactive<FlagFilter>({ severity: '', check: '', body: '', year: null })
  const selectedFlag = ref<string | null>(null)

  const detail = shallowRef<ReportDetail | null>(null)
  const detailLoading = ref(false)
  /** Flags of the open report re-run in the renderer right after an edit (until the bridge answers). */
  const liveFlags = shallowRef<Flag[] | null>(null)
  const saving = ref(false)

  // ── derived ───────────────────────────────────────────────────────────────────────────────
  const bodies = computed<Body[]>(() => {
    const map = new Map<string, Body>()
    // Group names as in the exports: two bodies that print one name read apart (series-keys.ts).
    const names = seriesNames(items.value, items.value.map(bodyKeyOf), (i) => ({ id: i.id, agency: i.extraction.report.agency, fileName: i.fileName }))
    for (const item of items.value) {
      const key = bodyKeyOf(item)
      const b = map.get(key) ?? { key, agency: names.get(key) ?? UNKNOWN_AGENCY, items: [], years: [], flagCounts: { error: 0, warning: 0, info: 0 } }
      b.items.push(item)
      for (const f of item.flags) b.flagCounts[f.severity]++
      map.set(key, b)
    }
    for (const b of map.values()) b.years = [...byYear(b.items).keys()].sort((x, y) => x - y)
    return [...map.values()].sort((a, b) => a.agency.localeCompare(b.agency, 'zh-CN'))
  })
  const bodyByKey = computed(() => new Map(bodies.value.map((b) => [b.key, b])))
  const allYears = computed(() => [...new Set(items.value.map((i) => i.extraction.report.year).filter((y): y is number => y !== null))].sort((a, b) => a - b))

  /** The selected body, else the one with the most years. */
  const body = computed<Body | null>(() => {
    const chosen = bodyKey.value ? bodyByKey.value.get(bodyKey.value) : undefined
    if (chosen) return chosen
    let best: Body | null = null
    for (const b of bodies.value) if (!best || b.years.length > best.years.length) best = b
    return best
  })
  const bodyItems = computed(() => body.value?.items ?? [])
  const trends = computed(() => buildTrends(bodyItems.value))
  const latestYear = computed(() => body.value?.years.at(-1) ?? null)
  const kpiYearShown = computed(() => (kpiYear.value !== null && body.value?.years.includes(kpiYear.value) ? kpiYear.value : latestYear.value))
  const kpis = computed(() => (kpiYearShown.value === null ? [] : buildKpis(bodyItems.value, kpiYearShown.value)))
  const reportOfYear = computed(() => byYear(bodyItems.value) as Map<number, AnalysisItem>)
  /** Open flags (errors and warnings) of the shown year and of the year before. */
  const openFlags = computed(() => {
    const y = kpiYearShown.value
    const count = (item: AnalysisItem | undefined) => (item ? item.flags.filter((f) => f.severity !== 'info').length : null)
    return { year: y, value: y === null ? null : count(reportOfYear.value.get(y)), previous: y === null ? null : count(reportOfYear.value.get(y - 1)) }
  })

  const compareYearsShown = computed(() => {
    const years = body.value?.years ?? []
    const sel = compareYearsSel.value.filter((y) => years.includes(y))
    return sel.length >= 2 ? [...sel].sort((a, b) => a - b) : years.slice(-2)
  })
  const yearComparison = computed(() => compareYears(bodyItems.value, { years: compareYearsShown.value }))
  const problemTimeline = computed(() =>
    followProblems(
      [...reportOfYear.value.entries()].map(([year, item]) => ({ year, extraction: item.extraction })),
    ),
  )

  /** Default: the year most bodies reported on (the latest on a tie). */
  const busiestYear = computed(() => {
    const count = new Map<number, number>()
    for (const b of bodies.value) for (const y of b.years) count.set(y, (count.get(y) ?? 0) + 1)
    let best: number | null = null
    for (const [y, n] of count) if (best === null || n > count.get(best)! || (n === count.get(best)! && y > best)) best = y
    return best
  })
  const bodiesYearShown = computed(() => bodiesYear.value ?? busiestYear.value)
  const bodiesShown = computed(() => {
    const y = bodiesYearShown.value
    if (y === null) return []
    const withYear = bodies.value.filter((b) => b.years.includes(y))
    const sel = bodiesSel.value.map((k) => withYear.find((b) => b.key === k)).filter((b): b is Body => b !== undefined)
    return sel.length > 0 ? sel : withYear
  })
  const bodiesComparison = computed(() =>
    bodiesYearShown.value === null ? null : compareBodiesAllFields(bodiesShown.value.map((b) => ({ agency: b.agency, items: b.items })), bodiesYearShown.value),
  )

  const flagRows = computed<FlagRow[]>(() => {
    const rows: FlagRow[] = []
    for (const item of items.value) {
      const key = bodyKeyOf(item)
      const agency = item.extraction.report.agency ?? UNKNOWN_AGENCY
      item.flags.forEach((flag, n) => rows.push({ key: `${item.id}:${n}`, itemId: item.id, bodyKey: key, agency, year: item.extraction.report.year, flag }))
    }
    const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 }
    return rows.sort((a, b) => order[a.flag.severity] - order[b.flag.severity] || a.agency.localeCompare(b.agency, 'zh-CN') || (a.year ?? 0) - (b.year ?? 0))
  })
  const filteredFlags = computed(() =>
    flagRows.value.filter(
      (r) =>
        (flagFilter.severity === '' || r.flag.severity === flagFilter.severity) &&
        (flagFilter.check === '' || r.flag.id === flagFilter.check) &&
        (flagFilter.body === '' || r.bodyKey === flagFilter.body) &&
        (flagFilter.year === null || r.year === flagFilter.year),
    ),
  )
  /** Per body: flags by severity among the filtered flags, most errors first. */
  const flagsPerBody = computed(() => {
    const map = new Map<string, { key: string; agency: string; counts: Record<Severity, number> }>()
    for (const r of filteredFlags.value) {
      const e = map.get(r.bodyKey) ?? { key: r.bodyKey, agency: r.agency, counts: { error: 0, warning: 0, info: 0 } }
      e.counts[r.flag.severity]++
      map.set(r.bodyKey, e)
    }
    return [...map.values()].sort((a, b) => b.counts.error - a.counts.error || b.counts.warning - a.counts.warning || a.agency.localeCompare(b.agency, 'zh-CN'))
  })
  const checkIdsPresent = computed(() => [...new Set(flagRows.value.map((r) => r.flag.id))].sort())
  const itemById = computed(() => new Map(items.value.map((i) => [i.id, i])))

  // ── actions ───────────────────────────────────────────────────────────────────────────────
  async function load(): Promise<void> {
    loading.value = true
    try {
      items.value = await desk().analysis.items()
      loaded.value = true
      error.value = null
    } catch (err) {
      error.value = cleanError(err)
    } finally {
      loading.value = false
    }
  }

  /** Load once, and again whenever the library changes. */
  async function ensureLoaded(): Promise<void> {
    if (!unsubscribe) {
      unsubscribe = desk().onEvent((e) => {
        if (e.type !== 'library:changed' || saving.value) return
        void load()
        // The open report may have been re-imported or re-checked.
        if (detail.value) void loadDetail(detail.value.summary.id, true)
      })
    }
    if (!loaded.value && !loading.value) await load()
  }

  function selectBody(key: string): void {
    bodyKey.value = key
    kpiYear.value = null
    compareYearsSel.value = []
  }

  /** Open a report in the detail view (by id, or by the selected body's year). */
  function openReport(id: string): void {
    const item = itemById.value.get(id)
    if (item) bodyKey.value = bodyKeyOf(item)
    useNavStore().openReport(id)
    void loadDetail(id)
  }
  function openYear(year: number): void {
    const item = reportOfYear.value.get(year)
    if (item) openReport(item.id)
  }

  async function loadDetail(id: string, force = false): Promise<void> {
    if (!force && detail.value?.summary.id === id) return
    detailLoading.value = true
    liveFlags.value = null
    try {
      detail.value = await desk().report.get({ id })
      error.value = detail.value ? null : '报告不存在或已被移除'
    } catch (err) {
      error.value = cleanError(err)
    } finally {
      detailLoading.value = false
    }
  }

  /** The checks on the open report with one value changed, run here at once (same body's years + same year's reports). */
  function recheckLocally(id: string, report: ReportDetail['report']): Flag[] {
    const target = itemById.value.get(id)
    const key = target ? bodyKeyOf(target) : null
    const year = report.year
    // A corrected body name joins the series of that name: its years are checked with this one at once.
    const agency = report.agency
    const subset = items.value.filter(
      (i) => i.id === id || (key !== null && bodyKeyOf(i) === key) || (year !== null && i.extraction.report.year === year) || (agency !== null && i.extraction.report.agency === agency),
    )
    const inputs = subset.map((i) => ({ id: i.id, fileName: i.fileName, extraction: i.id === id ? { ...i.extraction, report } : i.extraction }))
    if (!inputs.some((i) => i.id === id) && detail.value) inputs.push({ id, fileName: detail.value.summary.fileName, extraction: { ...detail.value.extraction, report } })
    const settings = useSettingsStore().settings?.checks
    return checkAll(inputs, settings).get(id) ?? []
  }

  /** Correct one value (or remove the correction with value undefined): re-check at once, then store it. */
  async function correct(rawPath: CorrectionPath, rawValue: CorrectionValue | undefined): Promise<void> {
    const d = detail.value
    if (!d) return
    // Plain copies: a reactive proxy cannot cross the IPC boundary (structured clone refuses it).
    const path = plain(rawPath)
    const value = rawValue === undefined ? undefined : plain(rawValue)
    const id = d.summary.id
    // Removing a correction shows the extracted value again (null where the report had none).
    const shown = value === undefined ? ((valueAt(d.extraction.report, path) ?? null) as CorrectionValue) : value
    const local = withCorrection(d.report, path, shown)
    liveFlags.value = recheckLocally(id, local)
    detail.value = { ...d, report: local }
    saving.value = true
    try {
      const next = value === undefined ? await desk().report.correct({ id, path, remove: true }) : await desk().report.correct({ id, path, value })
      detail.value = next
      liveFlags.value = null
      await load()
      // A corrected body name or year moves the report to another series: the views follow it there.
      if (path[0] === 'agency' || path[0] === 'year') {
        const moved = itemById.value.get(id)
        if (moved) bodyKey.value = bodyKeyOf(moved)
      }
    } catch (err) {
      error.value = cleanError(err)
      detail.value = d
      liveFlags.value = null
    } finally {
      saving.value = false
    }
  }

  async function savePng(dataUrl: string, name: string): Promise<void> {
    try {
      const path = await desk().chart.savePng({ dataUrl, name })
      notice.value = path ? `图片已保存：${path}` : null
    } catch (err) {
      error.value = cleanError(err)
    }
  }
  async function copyPng(dataUrl: string): Promise<void> {
    try {
      await desk().chart.copyPng({ dataUrl })
      notice.value = '图片已复制到剪贴板'
    } catch (err) {
      error.value = cleanError(err)
    }
  }
  async function exportBriefing(kind: 'pptx' | 'xlsx', req: BriefingRequest): Promise<string | null> {
    try {
      const arg = plain(req)
      const path = kind === 'pptx' ? await desk().export.pptx(arg) : await desk().export.xlsx(arg)
      notice.value = path ? `已导出：${path}` : null
      return path
    } catch (err) {
      error.value = cleanError(err)
      return null
    }
  }

  return {
    items, loaded, loading, error, notice, bodyKey, kpiYear, compareMode, compareYearsSel, bodiesYear, bodiesSel, flagFilter, selectedFlag,
    detail, detailLoading, liveFlags, saving,
    bodies, bodyByKey, allYears, body, bodyItems, trends, latestYear, kpiYearShown, kpis, reportOfYear, openFlags,
    compareYearsShown, yearComparison, problemTimeline, bodiesYearShown, bodiesShown, bodiesComparison,
    flagRows, filteredFlags, flagsPerBody, checkIdsPresent, itemById,
    load, ensureLoaded, selectBody, openReport, openYear, loadDetail, recheckLocally, correct, savePng, copyPng, exportBriefing,
  }
})

function plain<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T
}
