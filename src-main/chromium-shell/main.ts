// `npm start` where no Electron binary exists: the same built renderer in the machine's Chromium or
// Chrome as an app window, `window.desk` backed by the real main-process services in this Node
// process, the library in the Electron app's own user-data folder. Run by scripts/start.mjs:
//   node --import tsx src-main/chromium-shell/main.ts [--fresh] [--smoke FILE.png]
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { DeskEvent } from '../../shared/api'
import { Library } from '../library/library'
import { DeskService } from '../services/desk'
import { realPipeline } from '../services/pipeline'
import { attachDesk, APP_URL, type AttachedDesk } from './attach'
import { desktopDialogs } from './dialogs'
import { CHROMIUM_ENV, findChromium } from './find-chromium'
import { launchAppWindow } from './launch'
import { ElectronStoreSettingsFile } from './settings-file'
import { buildShim } from './shim-bundle'
import { runSmoke } from './smoke'
import { userDataDir } from './user-data'

const ROOT = resolve(import.meta.dirname, '../..')
const RENDERER = join(ROOT, 'out', 'renderer')
const SAMPLES = join(ROOT, 'resources', 'samples')
const SHELL_NAME = 'Chromium 外壳（未安装 Electron）/ Chromium shell (no Electron)'

function argValue(name: string): string | null {
  const i = process.argv.indexOf(name)
  if (i >= 0) return process.argv[i + 1] ?? ''
  const eq = process.argv.find((a) => a.startsWith(`${name}=`))
  return eq ? eq.slice(name.length + 1) : null
}

async function main(): Promise<number> {
  const smokeFile = argValue('--smoke')
  if (smokeFile === '') {
    console.error('--smoke 需要截图文件名 / --smoke needs a file name, e.g. npm start -- --smoke shot.png')
    return 2
  }
  const executablePath = findChromium()
  if (!executablePath) {
    console.error(
      [
        '无法启动：本机既没有 Electron 可执行文件，也没有找到 Chromium 或 Chrome。两种解决办法：',
        '  1. 在能访问 GitHub 的网络中运行 node scripts/ensure-electron.mjs（下载 Electron），或',
        `  2. 安装 Chromium（Debian/Ubuntu：sudo apt-get install chromium fonts-noto-cjk），或用环境变量 ${CHROMIUM_ENV}=/path/to/chrome 指定浏览器。`,
        'Cannot start: neither an Electron binary nor Chromium/Chrome was found on this machine. Two ways out:',
        '  1. download Electron where GitHub is reachable: node scripts/ensure-electron.mjs, or',
        `  2. install Chromium (Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk), or name a browser with ${CHROMIUM_ENV}=/path/to/chrome.`,
      ].join('\n'),
    )
    return 2
  }
  if (!existsSync(join(RENDERER, 'index.html'))) {
    console.error(`未找到构建好的界面 ${RENDERER}（先运行 npm run build）/ built renderer missing: run npm run build first`)
    return 2
  }

  // The Electron app's folders: <userData>/library and <userData>/settings.json. --fresh and --smoke
  // use a throw-away folder (only the samples), as DESK_DATA_DIR does for the library.
  const throwAway = smokeFile !== null || process.argv.includes('--fresh')
  const userData = throwAway ? mkdtempSync(join(tmpdir(), 'desk-library-')) : userDataDir(join(ROOT, 'package.json'))
  if (throwAway) throwAwayDir = userData
  const libraryDir = (!throwAway && process.env.DESK_DATA_DIR) || join(userData, 'library')

  let attached: AttachedDesk | null = null
  const desk = new DeskService({
    library: new Library(libraryDir),
    settings: new ElectronStoreSettingsFile(join(userData, 'settings.json')),
    dialogs: desktopDialogs(),
    samplesDir: SAMPLES,
    emit: (event: DeskEvent) => attached?.emit(event),
    pipeline: realPipeline,
  })
  const started = desk.start()
  const shim = await buildShim()
  const win = await launchAppWindow({ executablePath })
  attached = await attachDesk(win.context, {
    desk,
    rendererDir: RENDERER,
    shim,
    titleSuffix: ' · Chromium 外壳',
    onBlocked: (url) => console.warn(`[network] blocked ${url}`),
  })
  console.log(`政务公开年报看板：${SHELL_NAME}\n  浏览器 / browser: ${executablePath}\n  报告库 / library: ${libraryDir}`)
  await win.page.goto(APP_URL)
  await started

  if (smokeFile !== null) {
    const result = await runSmoke(win.page, resolve(process.cwd(), smokeFile))
    await win.close()
    console.log(result.ok ? `smoke: ${result.message}` : `smoke failed: ${result.message}`)
    return result.ok ? 0 : 1
  }
  // The app ends when its window closes.
  await new Promise<void>((done) => {
    win.page.on('close', () => done())
    win.context.on('close', () => done())
  })
  await win.close()
  return 0
}

let throwAwayDir: string | null = null
main().then(
  (code) => {
    if (throwAwayDir) rmSync(throwAwayDir, { recursive: true, force: true })
    process.exit(code)
  },
  (err: unknown) => {
    console.error(`Chromium 外壳启动失败 / the Chromium shell failed: ${err instanceof Error ? err.message : String(err)}`)
    process.exit(1)
  },
)
