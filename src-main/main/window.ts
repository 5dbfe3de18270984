// The one window. webPreferences are written inline so security linters see every setting.
import { BrowserWindow } from 'electron'

export interface WindowOptions {
  preload: string
  width: number
  height: number
  /** DevTools only in development (electron-vite dev); closed in production. */
  devTools: boolean
  /** The window title, naming the shell. */
  title: string
}

export function createMainWindow(o: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: o.width,
    height: o.height,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: o.title,
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
      devTools: o.devTools,
      // Middle-click must not open links in new windows.
      disableBlinkFeatures: 'Auxclick',
    },
  })
  // The page's <title> would replace the one naming the shell.
  win.on('page-title-updated', (event) => event.preventDefault())
  win.once('ready-to-show', () => win.show())
  return win
}
