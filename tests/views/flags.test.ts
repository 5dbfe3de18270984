// @vitest-environment happy-dom
// The flags list: filters, counts per body, and each flag's evidence (cells highlighted in the
// report's tables, the sentence in its text, the other year's report).
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import FlagsView from '../../src-renderer/views/FlagsView.vue'
import { i18n } from '../../src-renderer/i18n'
import { install, makeItems, settle } from './fixtures'

async function mountFlags(items: ReturnType<typeof makeItems>) {
  const { pinia } = install(items)
  const w = mount(FlagsView, { global: { plugins: [pinia, i18n] } })
  await settle()
  return w
}

const broken = () =>
  makeItems([
    { agency: '甲市乙局', year: 2021 },
    { agency: '甲市乙局', year: 2022, edit: (e) => void (e.report.requests.rows.handledTotal![6] = 99) },
    { agency: '甲市丙局', year: 2022 },
  ])

describe('FlagsView', () => {
  it('empty library', async () => {
    const w = await mountFlags([])
    expect(w.find('[data-testid="flags-empty"]').text()).toContain('空')
  })

  it('lists every flag, counted per body, and filters by severity, check, body and year', async () => {
    const items = broken()
    const total = items.reduce((n, i) => n + i.flags.length, 0)
    const w = await mountFlags(items)
    expect(w.findAll('[data-testid="flag-row"]')).toHaveLength(total)
    const perBody = w.findAll('[data-testid="flags-per-body"] li')
    const errorsOf = (name: string) => Number(perBody.find((li) => li.text().includes(name))?.find('.n.error').text() ?? -1)
    expect(errorsOf('甲市乙局')).toBe(items.slice(0, 2).reduce((n, i) => n + i.flags.filter((f) => f.severity === 'error').length, 0))
    // Most errors first.
    expect(perBody[0]!.text()).toContain('甲市乙局')

    await w.find('[data-testid="filter-check"]').setValue('REQUESTS_HANDLED_TOTAL')
    expect(w.findAll('[data-testid="flag-row"]').every((r) => r.attributes('data-check') === 'REQUESTS_HANDLED_TOTAL')).toBe(true)
    expect(w.findAll('[data-testid="flag-row"]').length).toBeGreaterThan(0)
    await w.find('[data-testid="filter-year"]').setValue('2021')
    expect(w.findAll('[data-testid="flag-row"]')).toHaveLength(0)
  })

  it('a cell flag opens the table with the cells highlighted', async () => {
    const w = await mountFlags(broken())
    await w.find('[data-testid="filter-check"]').setValue('REQUESTS_HANDLED_TOTAL')
    await w.find('[data-testid="flag-row"]').trigger('click')
    const ev = w.find('[data-testid="flag-evidence"]')
    expect(ev.exists()).toBe(true)
    const marked = ev.findAll('td.evidence').map((c) => c.attributes('data-cell'))
    expect(marked).toContain('requests.handledTotal.6')
    expect(ev.find('td[data-cell="requests.handledTotal.6"]').text()).toBe('99')
  })

  it('a cross-year flag shows the sentence and the other year', async () => {
    const items = makeItems([
      { agency: '甲市乙局', year: 2021 },
      { agency: '甲市乙局', year: 2022 },
    ])
    const cross = items[1]!.flags.find((f) => f.evidence.some((e) => e.kind === 'report') && f.evidence.some((e) => e.kind === 'text'))
    expect(cross, 'the same problems two years running raise a cross-year flag').toBeDefined()
    const w = await mountFlags(items)
    await w.find('[data-testid="filter-check"]').setValue(cross!.id)
    await w.find('[data-testid="filter-year"]').setValue('2022')
    await w.find('[data-testid="flag-row"]').trigger('click')
    const ev = w.find('[data-testid="flag-evidence"]')
    expect(ev.find('[data-testid="evidence-text"] mark').text().length).toBeGreaterThan(0)
    expect(ev.find('[data-testid="evidence-report"]').text()).toContain('2021')
  })
})
