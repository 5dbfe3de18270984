// Main process: one hardened window served from app://desk/, the library services, the IPC table.
// No network, ever.
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
import { ELECTRON_APP_BASE } from './app-files'
import { registerAppScheme, serveApp } from './app-protocol'
import { ElectronSettingsStore } from './electron-settings'
import { denyAllPermissions, lockDownContents } from './harden'
import { installNetworkFilter } from './network-filter'
import { appPaths } from './paths'
import { runSmoke, smokeTarget } from './smoke'
import { createMainWindow } from './window'

const devServerUrl = !app.isPackaged ? (process.env.ELECTRON_RENDERER_URL ?? null) : null
const smokeFile = smokeTarget(process.argv)
let win: BrowserWindow | null = null

registerAppScheme()
app.enableSandbox()
if (!app.requestSingleInstanceLock()) app.quit()

app.on('web-contents-created', (_event, contents) => lockDownContents(contents, devServerUrl !== null))
app.on('second-instance', () => {
  if (win?.isMinimized()) win.restore()
  win?.focus()
})
app.on('window-all-closed', () => app.quit())

app.whenReady().then(async () => {
  const paths = appPaths(dirname(fileURLToPath(import.meta.url)))
  serveApp(session.defaultSession, paths.rendererDir)
  installNetworkFilter(session.defaultSession, { appDirUrl: ELECTRON_APP_BASE, devServerUrl, allowDevtools: devServerUrl !== null })
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
  registerIpc(ipcMain, desk, { rendererDirUrl: ELECTRON_APP_BASE, devServerUrl })
  // The window opens at once; the library opens alongside (list calls wait for it).
  const started = desk.start()

  const { width, height } = settings.get().window
  win = createMainWindow({ preload: paths.preload, width, height, devTools: devServerUrl !== null, title: `政务公开年报看板 · Electron ${process.versions.electron}` })
  win.on('close', () => {
    if (!win) return
    const [w, h] = win.getSize()
    if (w && h) void settings.set({ window: { width: Math.max(800, w), height: Math.max(560, h) } })
  })
  if (devServerUrl) await win.loadURL(devServerUrl)
  else await win.loadURL(`${ELECTRON_APP_BASE}index.html`)
  await started
  if (smokeFile) app.exit(await runSmoke(win, smokeFile))
}).catch((err: unknown) => {
  console.error(`启动失败 / start-up failed: ${err instanceof Error ? err.message : String(err)}`)
  if (smokeFile) app.exit(1)
})
