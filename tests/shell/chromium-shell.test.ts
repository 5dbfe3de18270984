// The Chromium shell's pure parts: it finds the browser, opens the Electron app's own user-data
// folder, and reads and writes the settings file in electron-store's layout.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findChromium } from '../../src-main/chromium-shell/find-chromium'
import { ElectronStoreSettingsFile } from '../../src-main/chromium-shell/settings-file'
import { appName, userDataDir } from '../../src-main/chromium-shell/user-data'

const PKG = join(import.meta.dirname, '..', '..', 'package.json')

describe('Chromium shell', () => {
  it("uses the folder Electron gives the app (package.json's productName under appData)", () => {
    const name = appName(PKG)
    expect(name).toBe(JSON.parse(readFileSync(PKG, 'utf8')).productName)
    expect(userDataDir(PKG, 'linux', {}, '/home/u')).toBe(join('/home/u/.config', name))
    expect(userDataDir(PKG, 'linux', { XDG_CONFIG_HOME: '/x' }, '/home/u')).toBe(join('/x', name))
    expect(userDataDir(PKG, 'darwin', {}, '/Users/u')).toBe(join('/Users/u/Library/Application Support', name))
    expect(userDataDir(PKG, 'win32', { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'C:\\Users\\u')).toBe(join('C:\\Users\\u\\AppData\\Roaming', name))
  })

  it('finds the browser named by DESK_CHROMIUM, else on the usual paths, else none', () => {
    const has = (set: string[]) => (p: string) => set.includes(p)
    expect(findChromium({ DESK_CHROMIUM: '/opt/c/chrome' }, 'linux', has(['/opt/c/chrome', '/usr/bin/chromium']))).toBe('/opt/c/chrome')
    // A named browser that does not exist is not silently replaced by another.
    expect(findChromium({ DESK_CHROMIUM: '/nope' }, 'linux', has(['/usr/bin/chromium']))).toBeNull()
    expect(findChromium({}, 'linux', has(['/usr/bin/google-chrome']))).toBe('/usr/bin/google-chrome')
    expect(findChromium({}, 'darwin', has(['/Applications/Chromium.app/Contents/MacOS/Chromium']))).toBe('/Applications/Chromium.app/Contents/MacOS/Chromium')
    expect(findChromium({ PROGRAMFILES: 'C:\\PF' }, 'win32', has([join('C:\\PF', 'Google', 'Chrome', 'Application', 'chrome.exe')]))).toContain('chrome.exe')
    expect(findChromium({}, 'linux', has([]))).toBeNull()
  })

  it("keeps the settings in electron-store's file layout, other keys untouched", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-settings-'))
    const file = join(dir, 'settings.json')
    writeFileSync(file, JSON.stringify({ settings: { language: 'en' }, other: 1 }))
    const store = new ElectronStoreSettingsFile(file)
    expect(store.get().language).toBe('en')
    await store.set({ language: 'zh-CN' })
    const raw = JSON.parse(readFileSync(file, 'utf8'))
    expect(raw.other).toBe(1)
    expect(raw.settings.language).toBe('zh-CN')
    expect(new ElectronStoreSettingsFile(file).get().language).toBe('zh-CN')
    writeFileSync(file, '{ damaged')
    expect(new ElectronStoreSettingsFile(file).get().language).toBeDefined()
  })
})
