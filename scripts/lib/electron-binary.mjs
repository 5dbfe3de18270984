// Where the Electron executable is, without triggering a download: since Electron 45 the npm
// package downloads its binary lazily on `require('electron')`, which would block `npm start` (and
// fail offline). This reads the package's own path.txt instead.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** @returns {{ path: string | null, packageDir: string | null, version: string | null, reason: string | null }} */
export function findElectronBinary(root) {
  const require = createRequire(join(root, 'package.json'))
  let packageDir
  try {
    packageDir = dirname(require.resolve('electron/package.json'))
  } catch {
    return { path: null, packageDir: null, version: null, reason: 'the electron npm package is not installed' }
  }
  const version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile)) return { path: null, packageDir, version, reason: `Electron ${version}: binary not downloaded` }
  const path = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  if (!existsSync(path)) return { path: null, packageDir, version, reason: `${path} does not exist` }
  return { path, packageDir, version, reason: null }
}
