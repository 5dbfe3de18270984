// The settings file the Electron app keeps with electron-store (`<userData>/settings.json`, the
// settings under the key "settings"), read and written without Electron by the Chromium shell.
import { mkdirSync, readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { AppSettings, SettingsPatch } from '../../shared/model/schema'
import { writeFileAtomic } from '../library/atomic-write'
import { applyPatch, normalizeSettings, type SettingsStore } from '../services/settings'

export class ElectronStoreSettingsFile implements SettingsStore {
  private value: AppSettings
  private other: Record<string, unknown> = {}

  constructor(private readonly file: string) {
    let raw: unknown = null
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'))
    } catch {
      raw = null // absent or damaged: defaults, as electron-store does
    }
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) this.other = raw as Record<string, unknown>
    this.value = normalizeSettings(this.other.settings)
  }

  get(): AppSettings {
    return structuredClone(this.value)
  }

  async set(patch: SettingsPatch): Promise<AppSettings> {
    this.value = applyPatch(this.value, patch)
    this.other = { ...this.other, settings: this.value }
    mkdirSync(dirname(this.file), { recursive: true })
    await writeFileAtomic(this.file, JSON.stringify(this.other, null, '\t'))
    return this.get()
  }
}
