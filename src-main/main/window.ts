// The one window. webPreferences are written inline so security linters see every setting.
import { BrowserWindow } from 'electron'

export interface WindowOptions {
  preload: string
  width: number
  height: number
}

export function createMainWindow(o: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: o.width,
    height: o.height,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: '政务公开年报看板',
    backgroundColor: '#f6f7f9',
    autoHideMenuBar: true,
    webPreferences: {
      // Reviewed: the preload exposes only the typed `window.desk` API (src-main/preload/bridge.ts).
      preload: o.preload, /* eng-disable PRELOAD_JS_CHECK */
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Middle-click must not open links in new windows.
      disableBlinkFeatures: 'Auxclick',
    },
  })
  win.once('ready-to-show', () => win.show())
  return win
}
