// postinstall: fetch the Electron binary for `npm start` where the network allows it.
// npm 11 no longer runs dependencies' install scripts by default, and Electron 45 downloads its
// binary only when first required; so the download is tried here, once, and a failure (offline, no
// access to GitHub) never fails the install: `npm start` then opens the app in the machine's
// Chromium, and the tests and the command line need no Electron binary at all.
import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { findElectronBinary } from './lib/electron-binary.mjs'

const root = resolve(import.meta.dirname, '..')
const found = findElectronBinary(root)
if (found.path || !found.packageDir) process.exit(0) // present, or electron not installed (--omit=dev)

// Its output is kept: on failure it is a long stack trace; one line of it says why.
const r = spawnSync(process.execPath, [join(found.packageDir, 'install.js')], { encoding: 'utf8', timeout: 300_000 })
if (r.status === 0 && findElectronBinary(root).path) {
  console.log(`ensure-electron: Electron ${found.version} 已下载 / downloaded.`)
} else {
  const why = `${r.stderr ?? ''}${r.error?.message ?? ''}`.split('\n').find((l) => /error|ENOTFOUND|ECONN|ETIMEDOUT|timed out/i.test(l))?.trim() ?? 'unknown reason'
  console.log(
    [
      `ensure-electron: 未能下载 Electron ${found.version} 可执行文件（离线或无法访问 GitHub）。安装仍然成功：`,
      '  npm start 会改用本机的 Chromium/Chrome 打开同一个应用；测试和命令行不需要 Electron。',
      `ensure-electron: could not download the Electron ${found.version} binary (offline, or GitHub unreachable). The install still succeeded:`,
      '  npm start opens the same app in this machine\'s Chromium/Chrome instead; the tests and the CLI need no Electron.',
      `  (${why.slice(0, 200)}; to retry later: node scripts/ensure-electron.mjs)`,
    ].join('\n'),
  )
}
process.exit(0)
