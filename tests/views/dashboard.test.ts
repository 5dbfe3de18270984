// @vitest-environment happy-dom
// The dashboard's states: empty library, one year only, gaps between years (null, never 0), a
// legacy report without tables; KPI tiles against the year before; clicking a year opens the report.
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import DashboardView from '../../src-renderer/views/DashboardView.vue'
import { i18n } from '../../src-renderer/i18n'
import { useNavStore } from '../../src-renderer/stores/nav'
import { chartDataOf, install, makeItems, settle } from './fixtures'

async function mountDashboard(items: ReturnType<typeof makeItems>) {
  const { pinia } = install(items)
  const w = mount(DashboardView, { global: { plugins: [pinia, i18n] } })
  await settle()
  return w
}

const charts = (w: Awaited<ReturnType<typeof mountDashboard>>) =>
  new Map(w.findAll('[data-testid="trend-chart"]').map((c) => [c.attributes('data-chart-id')!, chartDataOf(c.element)]))

describe('DashboardView', () => {
  it('says the library is empty', async () => {
    const w = await mountDashboard([])
    expect(w.find('[data-testid="dashboard-empty"]').exists()).toBe(true)
    expect(w.findAll('[data-testid="trend-chart"]')).toHaveLength(0)
  })

  it('one year only: charts with one year, tiles without a previous year', async () => {
    const w = await mountDashboard(makeItems([{ agency: '甲市乙局', year: 2022, edit: (e) => void (e.report.metrics.hotlineCalls = 12345) }]))
    expect(w.find('[data-testid="one-year-note"]').exists()).toBe(true)
    const c = charts(w)
    expect(c.get('hotline')!.years).toEqual([2022])
    expect(c.get('hotline')!.datasets[0]!.data).toEqual([12345])
    expect(w.find('[data-kpi="hotlineCalls"]').text()).toContain('12,345')
    expect(w.find('[data-kpi="hotlineCalls"]').text()).toContain('无上年数据')
  })

  it('a missing year is a gap (null), and a year without the figure is null too, never 0', async () => {
    const items = makeItems([
      { agency: '甲市乙局', year: 2019, edit: (e) => void (e.report.metrics.hotlineCalls = 1000) },
      { agency: '甲市乙局', year: 2020, edit: (e) => void (e.report.metrics.hotlineCalls = 1500) },
      { agency: '甲市乙局', year: 2022, edit: (e) => void (e.report.metrics.hotlineCalls = null) },
      { agency: '甲市乙局', year: 2023, edit: (e) => void (e.report.metrics.hotlineCalls = 3000) },
    ])
    const w = await mountDashboard(items)
    const c = charts(w)
    const hotline = c.get('hotline')!
    expect(hotline.years).toEqual([2019, 2020, 2021, 2022, 2023])
    expect(hotline.datasets[0]!.data).toEqual([1000, 1500, null, null, 3000])
    // Every chart has the gap year as null in every dataset.
    for (const chart of c.values()) for (const ds of chart.datasets) expect(ds.data[2]).toBeNull()
    // Table 三's 本年新收 总计 of the test report, year by year, with the gap.
    expect(c.get('requests')!.datasets.find((d) => d.key === 'received')!.data).toEqual([12, 12, null, 12, 12])
    expect(w.find('[data-testid="gap-note"]').text()).toContain('2021')
    // KPI: 2023 against 2022 (not silently against 2020).
    const tile = w.find('[data-kpi="hotlineCalls"]').text()
    expect(tile).toContain('3,000')
    expect(tile).toContain('无上年数据')
    expect(tile).not.toContain('1,500')
  })

  it('a legacy report without tables gives null outcomes, not zeros', async () => {
    const items = makeItems([
      {
        agency: '甲市乙局',
        year: 2018,
        template: 'legacy',
        edit: (e) => {
          e.report.requests.rows = {}
          e.report.reviewLitigation = { review: null, litigationDirect: null, litigationAfterReview: null }
          e.report.metrics.requestsReceived = 40
        },
      },
      { agency: '甲市乙局', year: 2019 },
    ])
    const w = await mountDashboard(items)
    const c = charts(w)
    for (const ds of c.get('outcomes')!.datasets) expect(ds.data[0]).toBeNull()
    for (const ds of c.get('reviewLitigation')!.datasets) expect(ds.data[0]).toBeNull()
    // Without table 三, requests received comes from the prose.
    expect(c.get('requests')!.datasets.find((d) => d.key === 'received')!.data).toEqual([40, 12])
  })

  it('switching body redraws with that body, and a year opens its report', async () => {
    const items = makeItems([
      { agency: '甲市乙局', year: 2020 },
      { agency: '甲市乙局', year: 2021 },
      { agency: '丙县人民政府', year: 2021, edit: (e) => void (e.report.metrics.indexRank = 17) },
    ])
    const w = await mountDashboard(items)
    await w.find('[data-testid="body-picker"]').setValue('丙县人民政府')
    await settle()
    const rank = charts(w).get('indexRank')!
    expect(rank.years).toEqual([2021])
    expect(rank.datasets[0]!.data).toEqual([17])
    const { useAnalysisStore } = await import('../../src-renderer/stores/analysis')
    useAnalysisStore().openYear(2021)
    expect(useNavStore().current).toBe('report')
    expect(useNavStore().reportId).toBe(items[2]!.id)
  })
})
