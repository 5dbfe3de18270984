// Main process: one hardened window, the library services, the IPC table. No network, ever.
import { app, clipboard, ClipboardItem, ipcMain, session, type BrowserWindow } from 'electron'
import { createChartClipboard } from '../export/chart-png'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { EVENT_CHANNEL } from '../../shared/api'
import { registerIpc } from '../ipc/register'
import { Library } from '../library/library'
import { DeskService } from '../services/desk'
import { realPipeline } from '../services/pipeline'
import { electronDialogs } from './dialogs'
import { ElectronSettingsStore } from './electron-settings'
import { denyAllPermissions, lockDownContents } from './harden'
import { installNetworkFilter } from './network-filter'
import { appPaths } from './paths'
import { createMainWindow } from './window'

const devServerUrl = !app.isPackaged ? (process.env.ELECTRON_RENDERER_URL ?? null) : null
let win: BrowserWindow | null = null

app.enableSandbox()
if (!app.requestSingleInstanceLock()) app.quit()

app.on('web-contents-created', (_event, contents) => lockDownContents(contents))
app.on('second-instance', () => {
  if (win?.isMinimized()) win.restore()
  win?.focus()
})
app.on('window-all-closed', () => app.quit())

app.whenReady().then(async () => {
  const paths = appPaths(dirname(fileURLToPath(import.meta.url)))
  installNetworkFilter(session.defaultSession, { appDirUrl: paths.rendererDirUrl, devServerUrl, allowDevtools: devServerUrl !== null })
  denyAllPermissions(session.defaultSession)

  const settings = new ElectronSettingsStore()
  const desk = new DeskService({
    library: new Library(paths.dataDir),
    settings,
    dialogs: electronDialogs(() => win),
    samplesDir: paths.samplesDir,
    emit: (event) => win?.webContents.send(EVENT_CHANNEL, event),
    pipeline: realPipeline,
    clipboard: createChartClipboard({
      writePng: (png) => clipboard.write([new ClipboardItem({ 'image/png': new Blob([new Uint8Array(png)], { type: 'image/png' }) })]),
    }),
  })
  registerIpc(ipcMain, desk, { rendererDirUrl: paths.rendererDirUrl, devServerUrl })
  // The window opens at once; the library opens alongside (list calls wait for it).
  const started = desk.start()

  const { width, height } = settings.get().window
  win = createMainWindow({ preload: paths.preload, width, height })
  win.on('close', () => {
    if (!win) return
    const [w, h] = win.getSize()
    if (w && h) void settings.set({ window: { width: Math.max(800, w), height: Math.max(560, h) } })
  })
  if (devServerUrl) await win.loadURL(devServerUrl)
  else await win.loadFile(paths.rendererIndex)
  await started
})
