// Test helpers for the analysis views: items built from the checks' consistent test report, flags
// from the real checks, and a fake `window.desk` that answers from those items.
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import type { AnalysisItem, DeskApi, ReportDetail, StoredCorrection } from '../../shared/api'
import type { Extraction } from '../../shared/model/extraction'
import type { TemplateVersion } from '../../shared/model/report'
import type { CorrectionPath, CorrectionValue } from '../../shared/model/schema'
import { checkAll } from '../../shared/checks/index'
import { makeReport } from '../checks/make-report'
import { withCorrection } from '../../src-renderer/lib/apply-correction'
import { proseProvenance } from '../../shared/series/prose-marks'

let n = 0
export function hexId(): string {
  n++
  return n.toString(16).padStart(20, '0')
}

export interface Spec {
  agency: string
  year: number
  template?: TemplateVersion
  /** Change the extraction before the checks run. */
  edit?: (e: Extraction) => void
}

/** Items with flags from the real checks (the whole set checked together, like the library does). */
export function makeItems(specs: Spec[]): AnalysisItem[] {
  const raw = specs.map((s) => {
    const ex = makeReport({ agency: s.agency, year: s.year, template: s.template ?? (s.year >= 2021 ? '2021' : '2019') })
    s.edit?.(ex)
    return { id: hexId(), extraction: ex }
  })
  const flags = checkAll(raw.map((r) => ({ id: r.id, extraction: r.extraction })))
  return raw.map((r, i) => ({
    id: r.id,
    fileName: `${specs[i]!.agency}_${specs[i]!.year}.txt`,
    importedAt: `2025-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`,
    bodyKey: specs[i]!.agency,
    sample: false,
    extraction: r.extraction,
    flags: flags.get(r.id) ?? [],
    correctionCount: 0,
  }))
}

export interface FakeDesk {
  api: DeskApi
  corrections: { id: string; path: CorrectionPath; value?: CorrectionValue; remove?: boolean }[]
  items: AnalysisItem[]
}

/** A window.desk answering from the items; corrections are applied and the checks re-run, like the main process, and the analysis items keep the same provenance as the main process gives them. */
export function fakeDesk(items: AnalysisItem[]): FakeDesk {
  const state: FakeDesk = { api: null as unknown as DeskApi, corrections: [], items }
  const stored = new Map<string, StoredCorrection[]>()
  const detail = (item: AnalysisItem): ReportDetail => ({
    summary: {
      id: item.id,
      agency: item.extraction.report.agency,
      year: item.extraction.report.year,
      bodyKey: item.bodyKey,
      fileName: item.fileName,
      format: 'text',
      template: item.extraction.report.template,
      sample: false,
      importedAt: item.importedAt,
      flagCounts: { error: 0, warning: 0, info: 0 },
      corrections: stored.get(item.id)?.length ?? 0,
    },
    extraction: original.get(item.id)!,
    report: item.extraction.report,
    corrections: stored.get(item.id) ?? [],
    flags: item.flags,
  })
  const original = new Map(items.map((i) => [i.id, structuredClone(i.extraction)]))
  const recheck = () => {
    const flags = checkAll(state.items.map((i) => ({ id: i.id, extraction: i.extraction })))
    state.items = state.items.map((i) => ({ ...i, flags: flags.get(i.id) ?? [] }))
  }
  const api = {
    // As the main process (src-main/services/analysis.ts): the provenance of prose figures only, less the corrected ones.
    analysis: {
      items: async () =>
        structuredClone(
          state.items.map((i) => ({ ...i, extraction: { ...i.extraction, provenance: proseProvenance(original.get(i.id)!.provenance, (stored.get(i.id) ?? []).map((c) => c.path)) } })),
        ),
    },
    report: {
      get: async ({ id }: { id: string }) => {
        const item = state.items.find((i) => i.id === id)
        return item ? structuredClone(detail(item)) : null
      },
      correct: async (arg: { id: string; path: CorrectionPath; value?: CorrectionValue; remove?: boolean }) => {
        state.corrections.push(arg)
        const list = (stored.get(arg.id) ?? []).filter((c) => JSON.stringify(c.path) !== JSON.stringify(arg.path))
        if (!arg.remove && arg.value !== undefined) list.push({ path: arg.path, value: arg.value, extracted: null, at: '2025-01-01T00:00:00Z' })
        stored.set(arg.id, list)
        let report = original.get(arg.id)!.report
        for (const c of list) report = withCorrection(report, c.path, c.value)
        // The series follows the corrected body name (the main process keys it by seriesKeysOf; here bodyKey is the name).
        state.items = state.items.map((i) => (i.id === arg.id ? { ...i, bodyKey: report.agency ?? `#${i.id}`, extraction: { ...i.extraction, report } } : i))
        recheck()
        return structuredClone(detail(state.items.find((i) => i.id === arg.id)!))
      },
    },
    chart: { savePng: async () => null, copyPng: async () => undefined },
    export: { pptx: async () => null, xlsx: async () => null },
    settings: { get: async () => null, set: async () => null },
    onEvent: () => () => undefined,
  }
  state.api = api as unknown as DeskApi
  return state
}

/** Install the fake bridge and a fresh Pinia. */
export function install(items: AnalysisItem[]): { desk: FakeDesk; pinia: Pinia } {
  const desk = fakeDesk(items)
  Object.defineProperty(window, 'desk', { value: desk.api, configurable: true, writable: true })
  const pinia = createPinia()
  setActivePinia(pinia)
  return { desk, pinia }
}

/** Let pending promises (bridge calls) settle and Vue re-render. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0))
}

/** The chart data a trend chart exposes on its wrapper. */
export function chartDataOf(el: Element): { id: string; years: number[]; datasets: { key: string; data: (number | null)[]; fromProse?: boolean[] }[] } {
  return JSON.parse(el.getAttribute('data-chart') ?? 'null')
}
