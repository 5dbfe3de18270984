// Settings kept by electron-store in the app's user data folder (tests use JsonFileSettingsStore).
import Store from 'electron-store'
import type { AppSettings, SettingsPatch } from '../../shared/model/schema'
import { applyPatch, normalizeSettings, type SettingsStore } from '../services/settings'

export class ElectronSettingsStore implements SettingsStore {
  private readonly store = new Store<{ settings: AppSettings }>({ name: 'settings' })
  private value: AppSettings = normalizeSettings(this.store.get('settings'))

  get(): AppSettings {
    return structuredClone(this.value)
  }

  async set(patch: SettingsPatch): Promise<AppSettings> {
    this.value = applyPatch(this.value, patch)
    this.store.set('settings', this.value)
    return this.get()
  }
}
