// The window's webPreferences (Electron mocked at its boundary).
import { describe, expect, it, vi } from 'vitest'

const created: Record<string, unknown>[] = []
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: Record<string, unknown>) {
      created.push(options)
    }
    once() {}
    on() {}
  },
}))

describe('createMainWindow', () => {
  it('isolates and sandboxes the renderer', async () => {
    const { createMainWindow } = await import('../../src-main/main/window')
    createMainWindow({ preload: '/app/out/preload/index.cjs', width: 1366, height: 768, devTools: false, title: '政务公开年报看板' })
    const prefs = created[0]!.webPreferences as Record<string, unknown>
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      devTools: false,
    })
  })
})
