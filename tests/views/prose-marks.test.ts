// @vitest-environment happy-dom
// Figures read from a sentence of the prose are marked wherever they are shown (issue 10 point 4):
// 「据正文」 with the sentence in the tooltip in the report's tables and on the KPI tiles, hollow
// points on the charts with a legend line; table cells (read by label or sums) are not marked; a
// number a person corrected is theirs and loses the mark; the English toggle says "from text".
import { afterEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ReportView from '../../src-renderer/views/ReportView.vue'
import DashboardView from '../../src-renderer/views/DashboardView.vue'
import CompareView from '../../src-renderer/views/CompareView.vue'
import { useAnalysisStore } from '../../src-renderer/stores/analysis'
import { i18n } from '../../src-renderer/i18n'
import { useNavStore } from '../../src-renderer/stores/nav'
import { extractMetrics } from '../../shared/extract/metrics'
import type { Extraction } from '../../shared/model/extraction'
import { chartDataOf, install, makeItems, settle } from './fixtures'

const CALLS = '全年12345政务服务热线受理来电5,000件，同比增长8.5%。'
const ITEMS = '全年主动公开政府信息8,765条，同比增加1,765条。'

/** The report's metrics as the extractor reads them from `prose` (with the sentences as provenance). */
function proseOf(prose: string, year: number) {
  return (e: Extraction): void => {
    const r = extractMetrics(prose, year)
    e.report.metrics = r.metrics
    for (const [k, text] of Object.entries(r.sources)) e.provenance[`metrics.${k}`] = { loc: { block: 0 }, text: text ?? '', how: 'prose' }
  }
}

afterEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

describe('据正文 in the report view', () => {
  async function mountReport() {
    const items = makeItems([{ agency: '甲市乙局', year: 2022, edit: proseOf(CALLS + ITEMS, 2022) }])
    const { pinia } = install(items)
    useNavStore().openReport(items[0]!.id)
    const w = mount(ReportView, { global: { plugins: [pinia, i18n] } })
    await settle()
    return w
  }

  it('marks each figure of the prose, names its sentence, and leaves table cells unmarked', async () => {
    const w = await mountReport()
    const calls = w.find('td[data-cell="metrics.hotlineCalls"]')
    expect(calls.text()).toContain('5,000')
    expect(calls.find('[data-testid="prose-mark"]').text()).toBe('据正文')
    expect(calls.attributes('title')).toContain(`原句：${CALLS}`)
    const change = w.find('td[data-cell="metrics.activeDisclosureItemsChange"]')
    expect(change.text()).toContain('1,765')
    expect(change.find('[data-testid="prose-mark"]').exists()).toBe(true)
    // A figure the prose does not state is blank and unmarked; table 三's cells are read by label.
    expect(w.find('td[data-cell="metrics.indexRank"] [data-testid="prose-mark"]').exists()).toBe(false)
    expect(w.find('td[data-cell="requests.received.6"]').text()).toBe('12')
    expect(w.find('td[data-cell="requests.received.6"] [data-testid="prose-mark"]').exists()).toBe(false)
    expect(w.findAll('[data-testid="prose-mark"]').length).toBe(4) // calls, YoY %, items, change
  })

  it('a figure a person corrected is theirs: the mark goes', async () => {
    const w = await mountReport()
    await w.find('td[data-cell="metrics.hotlineCalls"]').trigger('click')
    const panel = w.find('[data-testid="cell-panel"]')
    await panel.find('[data-testid="cell-input"]').setValue('5100')
    await panel.find('form').trigger('submit')
    await settle()
    const calls = w.find('td[data-cell="metrics.hotlineCalls"]')
    expect(calls.text()).toContain('5,100')
    expect(calls.classes()).toContain('corrected')
    expect(calls.find('[data-testid="prose-mark"]').exists()).toBe(false)
    expect(w.find('td[data-cell="metrics.activeDisclosureItems"] [data-testid="prose-mark"]').exists()).toBe(true)
  })

  it('says it in English under the English toggle', async () => {
    i18n.global.locale.value = 'en'
    const w = await mountReport()
    const calls = w.find('td[data-cell="metrics.hotlineCalls"]')
    expect(calls.find('[data-testid="prose-mark"]').text()).toBe('from text')
    expect(calls.attributes('title')).toContain('stated in the text, not checked against a table')
  })
})

/** The dashboard of one body with two years, every figure but table 三's read from prose. */
async function mountDashboard() {
  const items = makeItems([
    { agency: '甲市乙局', year: 2021, edit: proseOf('12345政务服务热线受理来电4,000件。全年主动公开政府信息7,000条。', 2021) },
    { agency: '甲市乙局', year: 2022, edit: proseOf(CALLS + ITEMS, 2022) },
  ])
  const { pinia } = install(items)
  const w = mount(DashboardView, { global: { plugins: [pinia, i18n] } })
  await settle()
  return Object.assign(w, { items })
}

describe('据正文 on the dashboard', () => {

  it('KPI tiles of prose figures carry the mark and the sentence; a table figure does not', async () => {
    const w = await mountDashboard()
    const calls = w.find('[data-kpi="hotlineCalls"] [data-testid="kpi-prose"]')
    expect(calls.text()).toBe('据正文')
    expect(calls.attributes('title')).toContain(CALLS)
    expect(w.find('[data-kpi="activeDisclosureItems"] [data-testid="kpi-prose"]').attributes('title')).toContain(ITEMS)
    // 本年新收 comes from table 三 here (by its label): no mark.
    expect(w.find('[data-kpi="requestsReceived"] [data-testid="kpi-prose"]').exists()).toBe(false)
  })

  it('charts draw prose points hollow (fromProse) with a legend line; table series have none', async () => {
    const w = await mountDashboard()
    const chart = (id: string) => w.find(`[data-testid="trend-chart"][data-chart-id="${id}"]`)
    const hotline = chartDataOf(chart('hotline').element)
    expect(hotline.datasets[0]).toMatchObject({ key: 'hotlineCalls', data: [4000, 5000], fromProse: [true, true] })
    expect(chart('hotline').find('[data-testid="chart-prose-key"]').text()).toContain('据正文')
    expect(chart('hotline').find('[data-testid="chart-source"]').text()).toContain('取自正文叙述')
    const requests = chartDataOf(chart('requests').element)
    expect(requests.datasets.every((d) => d.fromProse === undefined)).toBe(true)
    expect(chart('requests').find('[data-testid="chart-prose-key"]').exists()).toBe(false)
  })
})

describe('a corrected prose figure loses its mark on the dashboard (the items carry the corrections)', () => {
  it('KPI tile and chart point of the corrected year are unmarked; the other year and figure keep theirs', async () => {
    const w = await mountDashboard()
    expect(w.find('[data-kpi="hotlineCalls"] [data-testid="kpi-prose"]').exists()).toBe(true)
    const a = useAnalysisStore()
    a.openReport(w.items[1]!.id)
    await settle()
    await a.correct(['metrics', 'hotlineCalls'], 5100)
    await settle()
    expect(w.find('[data-kpi="hotlineCalls"]').text()).toContain('5,100')
    expect(w.find('[data-kpi="hotlineCalls"] [data-testid="kpi-prose"]').exists()).toBe(false)
    expect(w.find('[data-kpi="activeDisclosureItems"] [data-testid="kpi-prose"]').exists()).toBe(true)
    const hotline = chartDataOf(w.find('[data-testid="trend-chart"][data-chart-id="hotline"]').element)
    expect(hotline.datasets[0]).toMatchObject({ key: 'hotlineCalls', data: [4000, 5100], fromProse: [true, false] })
  })
})

describe('据正文 in the compare view', () => {
  async function mountCompare(mode: 'years' | 'bodies') {
    const items = makeItems([
      { agency: '甲市乙局', year: 2021, edit: proseOf('12345政务服务热线受理来电4,000件。', 2021) },
      { agency: '甲市乙局', year: 2022, edit: proseOf(CALLS + ITEMS, 2022) },
      { agency: '甲市丙局', year: 2022 },
    ])
    const { pinia } = install(items)
    const a = useAnalysisStore()
    a.compareMode = mode
    const w = mount(CompareView, { global: { plugins: [pinia, i18n] } })
    await settle()
    if (mode === 'years') a.selectBody('甲市乙局')
    await settle()
    return { w, a, items }
  }

  it('two years of one body: prose figures marked with their sentence, table cells not', async () => {
    const { w } = await mountCompare('years')
    const row = w.find('tr[data-row="metrics.hotlineCalls"]')
    expect(row.find('td[data-col="0"]').text()).toContain('4,000')
    expect(row.find('td[data-col="0"] [data-testid="prose-mark"]').text()).toBe('据正文')
    expect(row.find('td[data-col="1"] [data-testid="prose-mark"]').exists()).toBe(true)
    expect(row.find('td[data-col="1"]').attributes('title')).toContain(`原句：${CALLS}`)
    // 主动公开 is stated in 2022 only: the 2021 cell is blank and unmarked.
    const active = w.find('tr[data-row="metrics.activeDisclosureItems"]')
    expect(active.find('td[data-col="1"] [data-testid="prose-mark"]').exists()).toBe(true)
    expect(active.find('td[data-col="0"] [data-testid="prose-mark"]').exists()).toBe(false)
    expect(w.find('tr[data-row="requests.received.6"] [data-testid="prose-mark"]').exists()).toBe(false)
  })

  it('a corrected prose figure is unmarked in the comparison', async () => {
    const { w, a, items } = await mountCompare('years')
    a.openReport(items[1]!.id)
    await settle()
    await a.correct(['metrics', 'hotlineCalls'], 5100)
    await settle()
    const row = w.find('tr[data-row="metrics.hotlineCalls"]')
    expect(row.find('td[data-col="1"]').text()).toContain('5,100')
    expect(row.find('td[data-col="1"] [data-testid="prose-mark"]').exists()).toBe(false)
    expect(row.find('td[data-col="0"] [data-testid="prose-mark"]').exists()).toBe(true)
  })

  it('one year of several bodies: the body whose figure is from prose is marked, the other is not', async () => {
    const { w } = await mountCompare('bodies')
    const row = w.find('tr[data-row="metrics.activeDisclosureItems"]')
    const marked = row.findAll('td[data-col]').map((td) => td.find('[data-testid="prose-mark"]').exists())
    expect(marked.filter(Boolean)).toHaveLength(1)
  })
})

describe('hollow drawing of prose points (chart-render)', () => {
  it('a line: white points with a coloured ring and dashed segments to them; a bar: white with its colour as outline', async () => {
    const { proseStyle } = await import('../../src-renderer/lib/chart-render')
    const d = { key: 'hotlineCalls', label: '来电', data: [4000, 5000, 6000], color: '#1f6f8b', fromProse: [false, true, false] }
    const line = proseStyle(d, true) as { pointBackgroundColor: string[]; segment: { borderDash: (c: { p0DataIndex: number; p1DataIndex: number }) => number[] | undefined } }
    expect(line.pointBackgroundColor).toEqual(['#1f6f8b', '#ffffff', '#1f6f8b'])
    expect(line.segment.borderDash({ p0DataIndex: 0, p1DataIndex: 1 })).toEqual([6, 4])
    const bar = proseStyle(d, false) as { backgroundColor: string[]; borderColor: string[] }
    expect(bar.backgroundColor).toEqual(['#1f6f8b', '#ffffff', '#1f6f8b'])
    expect(bar.borderColor[1]).toBe('#1f6f8b')
    // Without prose points: one solid colour, as before.
    expect(proseStyle({ ...d, fromProse: undefined }, false)).toEqual({ backgroundColor: '#1f6f8b', borderColor: '#1f6f8b', borderWidth: 0 })
  })
})
