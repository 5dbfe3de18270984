// Settings: language, check thresholds and deadlines, last folder, window size. Behind an interface:
// the app keeps them in electron-store (src-main/main/electron-settings.ts), tests in a JSON file.
import { readFileSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { DEFAULT_CHECK_SETTINGS } from '../../shared/checks/settings'
import { appSettingsSchema, categoryWordsSchema, type AppSettings, type SettingsPatch } from '../../shared/model/schema'
import { writeFileAtomic } from '../library/atomic-write'

export interface SettingsStore {
  get(): AppSettings
  set(patch: SettingsPatch): Promise<AppSettings>
}

export const DEFAULT_SETTINGS: AppSettings = {
  language: 'zh-CN',
  checks: { ...DEFAULT_CHECK_SETTINGS },
  lastFolder: null,
  window: { width: 1280, height: 800 },
  categoryWords: {},
}

/** Defaults overlaid with whatever valid values were stored (an invalid store yields defaults). */
export function normalizeSettings(raw: unknown): AppSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<AppSettings>
  const merged = {
    ...DEFAULT_SETTINGS,
    ...r,
    checks: { ...DEFAULT_SETTINGS.checks, ...(r.checks ?? {}) },
    window: { ...DEFAULT_SETTINGS.window, ...(r.window ?? {}) },
    // Damaged words lose only themselves, not the other settings.
    categoryWords: categoryWordsSchema.safeParse(r.categoryWords).data ?? {},
  }
  const parsed = appSettingsSchema.safeParse(merged)
  return parsed.success ? parsed.data : structuredClone(DEFAULT_SETTINGS)
}

export function applyPatch(current: AppSettings, patch: SettingsPatch): AppSettings {
  const next = {
    ...current,
    ...patch,
    checks: { ...current.checks, ...(patch.checks ?? {}) },
    window: patch.window ?? current.window,
    categoryWords: patch.categoryWords ?? current.categoryWords,
  }
  return appSettingsSchema.parse(next)
}

/** Settings in one JSON file (tests, the e2e harness). */
export class JsonFileSettingsStore implements SettingsStore {
  private value: AppSettings
  constructor(private readonly file: string) {
    let raw: unknown = null
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'))
    } catch {
      raw = null
    }
    this.value = normalizeSettings(raw)
  }
  get(): AppSettings {
    return structuredClone(this.value)
  }
  async set(patch: SettingsPatch): Promise<AppSettings> {
    this.value = applyPatch(this.value, patch)
    mkdirSync(dirname(this.file), { recursive: true })
    await writeFileAtomic(this.file, JSON.stringify(this.value, null, 1))
    return this.get()
  }
}
