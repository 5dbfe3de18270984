// `npm start`: build the app (electron-vite), then open it on its bundled sample reports:
//   - in Electron where its binary is installed;
//   - else in this machine's Chromium/Chrome as an app window, with the same main-process services
//     (src-main/chromium-shell/main.ts); where neither exists that says so, naming both ways out.
//   npm start                      — your library (the Electron app's user-data folder); samples on first start
//   npm start -- --fresh           — a throw-away library showing only the samples
//   npm start -- --smoke FILE.png  — open on the samples, wait until the library lists them, save a
//                                     screenshot, exit 0 (non-zero with the reason otherwise)
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { findElectronBinary } from './lib/electron-binary.mjs'

const root = resolve(import.meta.dirname, '..')
const args = process.argv.slice(2)

const build = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' })
if (build.status !== 0) {
  console.error('构建失败 / build failed')
  process.exit(build.status ?? 1)
}

const electron = findElectronBinary(root)
const env = { ...process.env }
let command, commandArgs
if (electron.path) {
  console.log(`政务公开年报看板：Electron ${electron.version} 外壳 / Electron ${electron.version} shell`)
  // Smoke and --fresh runs use a throw-away library (only the samples).
  if (args.includes('--fresh') || args.some((a) => a.startsWith('--smoke'))) env.DESK_DATA_DIR = mkdtempSync(join(tmpdir(), 'desk-library-'))
  const smoke = args.indexOf('--smoke')
  const passed = smoke >= 0 ? [`--smoke=${resolve(args[smoke + 1] ?? '')}`] : args.filter((a) => a.startsWith('--smoke=')).map((a) => `--smoke=${resolve(a.slice(8))}`)
  command = electron.path
  commandArgs = [root, ...passed]
} else {
  console.log(`没有 Electron 可执行文件（${electron.reason}），改用本机的 Chromium / no Electron binary (${electron.reason}): using this machine's Chromium`)
  command = process.execPath
  commandArgs = ['--import', 'tsx', join(root, 'src-main', 'chromium-shell', 'main.ts'), ...args]
}
const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
