// @vitest-environment happy-dom
// 设置 → 问题分类词表: words added to a category are saved through the bridge at once (the main
// process then re-categorises every report, tests/shell/category-words.test.ts), and can be removed.
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import SettingsView from '../../src-renderer/views/SettingsView.vue'
import { i18n } from '../../src-renderer/i18n'
import { useSettingsStore } from '../../src-renderer/stores/settings'
import { DEFAULT_SETTINGS, applyPatch } from '../../src-main/services/settings'
import type { AppSettings, SettingsPatch } from '../../shared/model/schema'
import { install, settle } from './fixtures'

function withSettings(desk: ReturnType<typeof install>['desk']) {
  let current: AppSettings = structuredClone(DEFAULT_SETTINGS)
  const patches: SettingsPatch[] = []
  const api = desk.api as unknown as { settings: { get: () => Promise<AppSettings>; set: (p: SettingsPatch) => Promise<AppSettings> } }
  api.settings = {
    get: async () => structuredClone(current),
    set: async (p) => {
      patches.push(structuredClone(p))
      current = applyPatch(current, p)
      return structuredClone(current)
    },
  }
  return patches
}

async function mountSettings() {
  const { pinia, desk } = install([])
  const patches = withSettings(desk)
  await useSettingsStore().load()
  const w = mount(SettingsView, { global: { plugins: [pinia, i18n] } })
  await settle()
  return { w, patches }
}

describe('SettingsView: category words', () => {
  it('adds words to a category (several at once), shows them, and removes one', async () => {
    const { w, patches } = await mountSettings()
    await w.find('[data-testid="word-input-policy-interpretation"]').setValue('以案说法、 政策明白纸')
    await w.find('[data-testid="words-policy-interpretation"] form').trigger('submit')
    await settle()
    expect(patches.at(-1)).toEqual({ categoryWords: { 'policy-interpretation': ['以案说法', '政策明白纸'] } })
    expect(w.find('[data-testid="words-policy-interpretation"]').text()).toContain('政策明白纸')

    await w.find('[data-testid="word-input-new-media"]').setValue('村务微信群')
    await w.find('[data-testid="words-new-media"] form').trigger('submit')
    await settle()
    expect(patches.at(-1)?.categoryWords).toEqual({ 'policy-interpretation': ['以案说法', '政策明白纸'], 'new-media': ['村务微信群'] })

    await w.find('[data-testid="remove-word-policy-interpretation-以案说法"]').trigger('click')
    await settle()
    expect(patches.at(-1)?.categoryWords?.['policy-interpretation']).toEqual(['政策明白纸'])
    expect(w.find('[data-testid="words-policy-interpretation"]').text()).not.toContain('以案说法')
  })

  it('does not save when the word is already there or empty', async () => {
    const { w, patches } = await mountSettings()
    await w.find('[data-testid="words-awareness"] form').trigger('submit')
    await settle()
    expect(patches).toEqual([])
  })
})
