// postinstall: fetch the Electron binary for `npm start` where the network allows it.
// npm 11 no longer runs dependencies' install scripts by default, so electron's own download step
// is run from here; offline (or with ELECTRON_SKIP_BINARY_DOWNLOAD) it only says what is missing and
// never fails the install: tests and the command line need no Electron binary.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
let dir
try {
  dir = dirname(require.resolve('electron/package.json'))
} catch {
  process.exit(0) // electron not installed (e.g. --omit=dev)
}
const pathFile = join(dir, 'path.txt')
const installed = existsSync(pathFile) && existsSync(join(dir, 'dist', readFileSync(pathFile, 'utf8').trim()))
if (installed) process.exit(0)
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log('ensure-electron: ELECTRON_SKIP_BINARY_DOWNLOAD is set; no Electron binary (npm start will say so).')
  process.exit(0)
}
const r = spawnSync(process.execPath, [join(dir, 'install.js')], { stdio: 'inherit', timeout: 300_000 })
if (r.status !== 0) {
  console.log('ensure-electron: 未能下载 Electron（离线？）。测试和命令行不受影响；npm start 会说明原因。')
  console.log('ensure-electron: could not download Electron (offline?). Tests and the CLI still work; npm start explains.')
}
process.exit(0)
