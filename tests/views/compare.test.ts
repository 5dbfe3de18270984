// @vitest-environment happy-dom
// The comparison: every field of two years with absolute and percentage change, flagged cells
// marked, section 五 badges (new / recurring / resolved), one-year and bodies modes, sorting.
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import CompareView from '../../src-renderer/views/CompareView.vue'
import { i18n } from '../../src-renderer/i18n'
import { install, makeItems, settle } from './fixtures'

async function mountCompare(items: ReturnType<typeof makeItems>) {
  const { pinia } = install(items)
  const w = mount(CompareView, { global: { plugins: [pinia, i18n] } })
  await settle()
  return w
}

describe('CompareView', () => {
  it('empty library', async () => {
    const w = await mountCompare([])
    expect(w.find('[data-testid="compare-empty"]').exists()).toBe(true)
  })

  it('one year only: says there is nothing to compare', async () => {
    const w = await mountCompare(makeItems([{ agency: '甲市乙局', year: 2022 }]))
    expect(w.find('[data-testid="compare-one-year"]').exists()).toBe(true)
  })

  it('two years: values, changes, flagged cells and section 五 badges', async () => {
    const items = makeItems([
      { agency: '甲市乙局', year: 2021, edit: (e) => void (e.report.metrics.hotlineCalls = 2000) },
      {
        agency: '甲市乙局',
        year: 2022,
        edit: (e) => {
          e.report.metrics.hotlineCalls = 2500
          // （七）总计 no longer the sum of the outcomes: REQUESTS_HANDLED_TOTAL on that cell.
          e.report.requests.rows.handledTotal![6] = 99
          e.report.problems = [
            { text: '栏目更新不及时。', categories: ['update-gap'] },
            { text: '政策解读形式单一。', categories: ['policy-interpretation'] },
          ]
        },
      },
    ])
    expect(items[1]!.flags.some((f) => f.id === 'REQUESTS_HANDLED_TOTAL')).toBe(true)
    const w = await mountCompare(items)
    const row = w.find('tr[data-row="metrics.hotlineCalls"]')
    const cells = row.findAll('td').map((c) => c.text())
    expect(cells.slice(1)).toEqual(['2,000', '2,500', '+500', '+25%'])
    // The flagged cell of 2022 is marked, 2021's is not.
    const handled = w.find('tr[data-row="requests.handledTotal.6"]')
    expect(handled.find('td[data-col="1"]').classes().some((c) => c.startsWith('flag-'))).toBe(true)
    expect(handled.find('td[data-col="0"]').classes().some((c) => c.startsWith('flag-'))).toBe(false)
    // Section 五: update-gap recurring, policy-interpretation new, staff-capacity resolved.
    const badge = (cat: string) => w.find(`[data-testid="problems-aligned"] tr[data-category="${cat}"]`).findAll('[data-badge]').map((b) => b.attributes('data-badge'))
    expect(badge('update-gap')).toEqual(['named', 'recurring'])
    expect(badge('policy-interpretation')).toEqual(['new'])
    expect(badge('staff-capacity')).toEqual(['named', 'resolved'])
    // The copied-text score of 2022 against 2021 is shown as a percentage.
    expect(w.find('[data-score-year="2022"]').text()).toMatch(/%$/)
    expect(w.find('[data-score-year="2021"]').text()).toBe('—')
  })

  it('sorts by a change column, unknowns last', async () => {
    const items = makeItems([
      { agency: '甲市乙局', year: 2021, edit: (e) => Object.assign(e.report.metrics, { hotlineCalls: 100, messagesReceived: 10 }) },
      { agency: '甲市乙局', year: 2022, edit: (e) => Object.assign(e.report.metrics, { hotlineCalls: 400, messagesReceived: 5 }) },
    ])
    const w = await mountCompare(items)
    const heads = w.findAll('thead th')
    await heads[3]!.trigger('click') // the absolute change column, descending
    const keys = w.findAll('tbody tr[data-row]').map((r) => r.attributes('data-row'))
    expect(keys[0]).toBe('metrics.hotlineCalls')
    const changes = w.findAll('tbody tr[data-row] td[data-kind="change"]').map((c) => c.text())
    const lastKnown = changes.map((c) => c !== '—').lastIndexOf(true)
    expect(changes.slice(0, lastKnown + 1).every((c) => c !== '—')).toBe(true)
    expect(keys.indexOf('metrics.messagesReceived')).toBeGreaterThan(keys.indexOf('metrics.hotlineCalls'))
  })

  it('bodies mode: one year, several bodies, change against the first', async () => {
    const items = makeItems([
      { agency: '甲市乙局', year: 2022, edit: (e) => void (e.report.metrics.activeDisclosureItems = 1000) },
      { agency: '甲市丙局', year: 2022, edit: (e) => void (e.report.metrics.activeDisclosureItems = 1500) },
      { agency: '甲市丁局', year: 2021 },
    ])
    const w = await mountCompare(items)
    await w.find('[data-testid="mode-bodies"]').trigger('click')
    await settle()
    const heads = w.findAll('thead th').map((h) => h.text())
    expect(heads).toContain('甲市乙局')
    expect(heads).toContain('甲市丙局')
    expect(heads).not.toContain('甲市丁局')
    const cells = w.find('tr[data-row="metrics.activeDisclosureItems"]').findAll('td').map((c) => c.text())
    // Bodies in name order; the change is against the first column.
    const first = heads[1] === '甲市乙局'
    expect(cells.slice(1)).toEqual(first ? ['1,000', '1,500', '+500', '+50%'] : ['1,500', '1,000', '−500', '−33.3%'])
  })
})
