// App settings (language, check thresholds, deadlines) through the bridge.
import { defineStore } from 'pinia'
import type { AppSettings, SettingsPatch } from '../../shared/model/schema'
import { cleanError } from '../format'
import { setLocale } from '../i18n'
import { desk } from './bridge'

export const useSettingsStore = defineStore('settings', {
  state: () => ({ settings: null as AppSettings | null, error: null as string | null, savedAt: 0 }),
  actions: {
    async load() {
      this.settings = await desk().settings.get()
      setLocale(this.settings.language)
    },
    async save(patch: SettingsPatch) {
      try {
        this.settings = await desk().settings.set(patch)
        this.error = null
        this.savedAt = Date.now()
        setLocale(this.settings.language)
      } catch (err) {
        this.error = cleanError(err)
      }
    },
  },
})
