// @vitest-environment happy-dom
// 更正机关名称 / 年度 in the report view: a renamed body's report is corrected to the name its other
// years print (offered in the list), stored through the bridge as the path ['agency']; the checks
// between the joined years run at once, the views follow the report to its series, the printed
// name stays shown, and 恢复原名称 splits the series again.
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ReportView from '../../src-renderer/views/ReportView.vue'
import { i18n } from '../../src-renderer/i18n'
import { useNavStore } from '../../src-renderer/stores/nav'
import { useAnalysisStore } from '../../src-renderer/stores/analysis'
import { install, makeItems, settle } from './fixtures'

async function mountReport(items: ReturnType<typeof makeItems>, id: string) {
  const { pinia, desk } = install(items)
  useNavStore().openReport(id)
  const w = mount(ReportView, { global: { plugins: [pinia, i18n] } })
  await settle()
  return { w, desk }
}

// 2021 carries 2 cases forward, 2022 took over 1 (make-report's quiet tables): one body, they mismatch.
const renamed = () => makeItems([
  { agency: '甲县农业局', year: 2021 },
  { agency: '甲县农业农村局', year: 2022 },
  { agency: '甲县教育局', year: 2022 },
])

describe('ReportView: 更正机关名称 / 年度', () => {
  it('joins a renamed body to its series by one pick, re-checks at once, shows the printed name, and reverts', async () => {
    const items = renamed()
    const cur = items[1]!
    const { w, desk } = await mountReport(items, cur.id)
    const checks = () => w.findAll('[data-testid="report-flags"] li').map((l) => l.attributes('data-check'))
    expect(checks()).not.toContain('CARRYOVER_MISMATCH')
    expect(w.find('[data-testid="identity-form"]').exists()).toBe(false)

    await w.find('[data-testid="identity-edit"]').trigger('click')
    expect(w.find('[data-testid="identity-edit"]').text()).toBe('更正机关名称 / 年度')
    // The other series' names are offered; its own is not.
    const offered = w.findAll('[data-testid="identity-names"] option').map((o) => o.attributes('value'))
    expect(offered).toEqual(expect.arrayContaining(['甲县农业局', '甲县教育局']))
    expect(offered).not.toContain('甲县农业农村局')
    expect((w.find('[data-testid="identity-year"]').element as HTMLInputElement).value).toBe('2022')

    await w.find('[data-testid="identity-agency"]').setValue('甲县农业局')
    await w.find('[data-testid="identity-form"]').trigger('submit')
    await settle()
    expect(desk.corrections).toEqual([{ id: cur.id, path: ['agency'], value: '甲县农业局' }])
    expect(w.find('[data-testid="report-title"]').text()).toContain('甲县农业局 · 2022')
    expect(w.find('[data-testid="identity-agency-corrected"]').text()).toContain('原文：甲县农业农村局')
    // One series now: the cross-year check runs between 2021 and 2022, and the views show both years.
    expect(checks()).toContain('CARRYOVER_MISMATCH')
    const a = useAnalysisStore()
    expect(a.body?.years).toEqual([2021, 2022])
    expect(a.bodies.map((b) => b.agency)).not.toContain('甲县农业农村局')

    await w.find('[data-testid="identity-revert-agency"]').trigger('click')
    await settle()
    expect(desk.corrections.at(-1)).toEqual({ id: cur.id, path: ['agency'], remove: true })
    expect(w.find('[data-testid="report-title"]').text()).toContain('甲县农业农村局')
    expect(w.find('[data-testid="identity-agency-corrected"]').exists()).toBe(false)
    expect(checks()).not.toContain('CARRYOVER_MISMATCH')
    expect(a.body?.years).toEqual([2022])
  })

  it('corrects a misread year; refuses an empty name or an impossible year', async () => {
    const items = renamed()
    const { w, desk } = await mountReport(items, items[1]!.id)
    await w.find('[data-testid="identity-edit"]').trigger('click')
    await w.find('[data-testid="identity-agency"]').setValue('  ')
    await w.find('[data-testid="identity-form"]').trigger('submit')
    expect(w.find('[data-testid="identity-problem"]').text()).toContain('请填写机关名称')
    await w.find('[data-testid="identity-agency"]').setValue('甲县农业农村局')
    await w.find('[data-testid="identity-year"]').setValue('20222')
    await w.find('[data-testid="identity-form"]').trigger('submit')
    expect(w.find('[data-testid="identity-problem"]').text()).toContain('年度应为')
    expect(desk.corrections).toEqual([])

    // Unchanged name, new year: only the year is stored.
    await w.find('[data-testid="identity-year"]').setValue('2023')
    await w.find('[data-testid="identity-form"]').trigger('submit')
    await settle()
    expect(desk.corrections).toEqual([{ id: items[1]!.id, path: ['year'], value: 2023 }])
    expect(w.find('[data-testid="report-title"]').text()).toContain('· 2023')
    expect(w.find('[data-testid="identity-year-corrected"]').text()).toContain('原文：2022')
  })

  it('speaks English with the toggle', async () => {
    const items = renamed()
    i18n.global.locale.value = 'en'
    try {
      const { w } = await mountReport(items, items[1]!.id)
      expect(w.find('[data-testid="identity-edit"]').text()).toBe('Correct body name / year')
    } finally {
      i18n.global.locale.value = 'zh-CN'
    }
  })
})
