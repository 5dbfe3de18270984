// `npm start`: build the app (electron-vite) and launch Electron on the bundled sample reports.
// Where no Electron binary is installed (e.g. ELECTRON_SKIP_BINARY_DOWNLOAD, offline machines) it
// says so in Chinese and English and exits non-zero, before building anything.
//   npm start              — your normal library (user data folder); samples on first start
//   npm start -- --fresh   — a throw-away library in a temp folder, showing only the samples
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const require = createRequire(import.meta.url)

/** The Electron executable, or null with the reason. */
function electronBinary() {
  let path
  try {
    path = require('electron') // the npm package exports the binary's path
  } catch (err) {
    return { path: null, reason: err instanceof Error ? err.message : String(err) }
  }
  if (typeof path !== 'string' || !existsSync(path)) return { path: null, reason: `${path} does not exist` }
  return { path, reason: null }
}

const electron = electronBinary()
if (!electron.path) {
  console.error(
    [
      '无法启动：本机没有安装 Electron 可执行文件（npm 包 electron 已安装，但其二进制文件未下载）。',
      '请在可联网的机器上运行 `npm install`（不要设置 ELECTRON_SKIP_BINARY_DOWNLOAD），或使用打包好的安装程序。',
      'Cannot start: no Electron binary on this machine (the electron npm package is installed, but its binary was not downloaded).',
      'Run `npm install` on a machine with internet access (without ELECTRON_SKIP_BINARY_DOWNLOAD), or use a packaged installer.',
      `(${electron.reason})`,
    ].join('\n'),
  )
  process.exit(2)
}

const build = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' })
if (build.status !== 0) {
  console.error('构建失败 / build failed')
  process.exit(build.status ?? 1)
}

const env = { ...process.env }
if (process.argv.includes('--fresh')) env.DESK_DATA_DIR = mkdtempSync(join(tmpdir(), 'desk-library-'))
const child = spawn(electron.path, [root], { cwd: root, stdio: 'inherit', env })
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
