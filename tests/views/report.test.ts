// @vitest-environment happy-dom
// The report detail: template tables, a number's source text and page, a correction that re-runs
// the checks at once and is stored through the bridge, reverting it; a legacy report without tables.
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ReportView from '../../src-renderer/views/ReportView.vue'
import { i18n } from '../../src-renderer/i18n'
import { useNavStore } from '../../src-renderer/stores/nav'
import { useAnalysisStore } from '../../src-renderer/stores/analysis'
import { install, makeItems, settle } from './fixtures'

async function mountReport(items: ReturnType<typeof makeItems>, id: string | null) {
  const { pinia, desk } = install(items)
  if (id) useNavStore().openReport(id)
  const w = mount(ReportView, { global: { plugins: [pinia, i18n] } })
  await settle()
  return { w, desk }
}

describe('ReportView', () => {
  it('asks for a report when none is open', async () => {
    const { w } = await mountReport(makeItems([{ agency: '甲市乙局', year: 2022 }]), null)
    expect(w.find('[data-testid="report-none"]').exists()).toBe(true)
  })

  it('a legacy report without tables says so instead of showing zeros', async () => {
    const items = makeItems([
      {
        agency: '甲市乙局',
        year: 2017,
        template: 'legacy',
        edit: (e) => {
          e.report.requests.rows = {}
          e.report.reviewLitigation = { review: null, litigationDirect: null, litigationAfterReview: null }
          e.report.activeDisclosure = {}
        },
      },
    ])
    const { w } = await mountReport(items, items[0]!.id)
    expect(w.find('[data-testid="missing-requests"]').exists()).toBe(true)
    expect(w.find('[data-testid="missing-review"]').exists()).toBe(true)
    expect(w.find('[data-testid="missing-disclosure"]').exists()).toBe(true)
  })

  it('shows the format the report was read from', async () => {
    const items = makeItems([{ agency: '甲市乙局', year: 2022 }])
    const { w } = await mountReport(items, items[0]!.id)
    expect(w.find('[data-testid="report-format"]').text()).toBe('文本')
  })

  it('lays table 三 out like the 2021 template', async () => {
    const items = makeItems([{ agency: '甲市乙局', year: 2022 }])
    const { w } = await mountReport(items, items[0]!.id)
    const rows = w.findAll('[data-testid="table-requests"] tbody tr').map((r) => r.attributes('data-row'))
    expect(rows[0]).toBe('received')
    expect(rows).toContain('otherHandling.feeUnpaid')
    expect(rows).not.toContain('otherHandling')
    expect(w.find('[data-testid="table-requests"]').text()).toContain('三、本年度办理结果')
    expect(w.find('td[data-cell="requests.received.6"]').text()).toBe('12')
  })

  it('shows a number’s source, corrects it with the checks re-run at once, and reverts it', async () => {
    const items = makeItems([
      {
        agency: '甲市乙局',
        year: 2022,
        edit: (e) => {
          e.report.requests.rows.handledTotal![6] = 99
          e.provenance['requests.handledTotal'] = { loc: { block: 4, page: 3 }, text: '（七）总计 9 2 0 0 0 0 99' }
        },
      },
    ])
    expect(items[0]!.flags.some((f) => f.id === 'REQUESTS_HANDLED_TOTAL')).toBe(true)
    const { w, desk } = await mountReport(items, items[0]!.id)
    const checks = () => w.findAll('[data-testid="report-flags"] li').map((l) => l.attributes('data-check'))
    expect(checks()).toContain('REQUESTS_HANDLED_TOTAL')
    expect(w.find('td[data-cell="requests.handledTotal.6"]').classes()).toContain('flag-error')

    await w.find('td[data-cell="requests.handledTotal.6"]').trigger('click')
    const panel = w.find('[data-testid="cell-panel"]')
    expect(panel.find('[data-testid="provenance-text"]').text()).toContain('（七）总计')
    expect(panel.text()).toContain('第 3 页')

    // Hold the bridge's answer to see the renderer's own re-check first.
    const realCorrect = desk.api.report.correct
    let release: () => void = () => undefined
    const gate = new Promise<void>((ok) => (release = ok))
    desk.api.report.correct = async (arg) => {
      await gate
      return realCorrect(arg)
    }
    await panel.find('[data-testid="cell-input"]').setValue('11')
    await panel.find('form').trigger('submit')
    expect(useAnalysisStore().liveFlags?.some((f) => f.id === 'REQUESTS_HANDLED_TOTAL')).toBe(false)
    expect(checks()).not.toContain('REQUESTS_HANDLED_TOTAL')
    release()
    await settle()
    desk.api.report.correct = realCorrect
    expect(desk.corrections).toEqual([{ id: items[0]!.id, path: ['requests', 'rows', 'handledTotal', 6], value: 11 }])
    expect(checks()).not.toContain('REQUESTS_HANDLED_TOTAL')
    const cell = w.find('td[data-cell="requests.handledTotal.6"]')
    expect(cell.text()).toBe('11')
    expect(cell.classes()).toContain('corrected')
    expect(w.find('[data-testid="corrected-tag"]').exists()).toBe(true)

    await w.find('[data-testid="cell-revert"]').trigger('click')
    await settle()
    expect(desk.corrections.at(-1)).toMatchObject({ remove: true })
    expect(w.find('td[data-cell="requests.handledTotal.6"]').text()).toBe('99')
    expect(checks()).toContain('REQUESTS_HANDLED_TOTAL')
  })

  it('corrects a section 五 category', async () => {
    const items = makeItems([{ agency: '甲市乙局', year: 2022 }])
    const { w, desk } = await mountReport(items, items[0]!.id)
    await w.find('[data-testid="edit-cats-problems-1"]').trigger('click')
    const boxes = w.findAll('[data-testid="entries-problems"] input[type="checkbox"]')
    await boxes.find((b) => (b.element as HTMLInputElement).value === 'awareness')!.setValue(true)
    await w.find('[data-testid="entries-problems"] button.primary').trigger('click')
    await settle()
    expect(desk.corrections[0]).toEqual({ id: items[0]!.id, path: ['problems', 1, 'categories'], value: ['staff-capacity', 'awareness'] })
    expect(w.find('[data-testid="entries-problems"] li.corrected').exists()).toBe(true)
  })
})
