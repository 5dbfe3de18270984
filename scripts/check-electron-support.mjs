// CI step: fails when the installed Electron is out of Electron's supported window (the latest three
// stable majors). The latest major comes from the npm registry when it answers within 20 s; offline,
// from the value recorded in scripts/electron-latest.json, aged by Electron's release cadence (a new
// major every 8 weeks), so an old record cannot make an unsupported Electron look supported.
//   node scripts/check-electron-support.mjs            check
//   node scripts/check-electron-support.mjs --record   also write the registry's answer to the record
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const SUPPORTED_MAJORS = 3
const WEEKS_PER_MAJOR = 8
const recordFile = join(root, 'scripts', 'electron-latest.json')

const major = (v) => Number(String(v).replace(/^[^\d]*/, '').split('.')[0])
const installed = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version

function fromRegistry() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const r = spawnSync(npm, ['view', 'electron', 'dist-tags.latest'], { encoding: 'utf8', timeout: 20_000, shell: process.platform === 'win32' })
  const v = r.status === 0 ? r.stdout.trim() : ''
  return /^\d+\.\d+\.\d+$/.test(v) ? v : null
}

const record = JSON.parse(readFileSync(recordFile, 'utf8'))
const live = fromRegistry()
let latestMajor
let how
if (live) {
  latestMajor = major(live)
  how = `npm registry: latest ${live}`
  if (process.argv.includes('--record')) {
    writeFileSync(recordFile, JSON.stringify({ latest: live, checked: new Date().toISOString().slice(0, 10), source: 'npm view electron dist-tags.latest' }, null, 2) + '\n')
  }
} else {
  const days = Math.max(0, (Date.now() - Date.parse(record.checked)) / 86_400_000)
  const aged = Math.floor(days / (7 * WEEKS_PER_MAJOR))
  latestMajor = major(record.latest) + aged
  how = `registry unreachable; recorded latest ${record.latest} on ${record.checked}` + (aged ? `, + ${aged} major(s) since by the ${WEEKS_PER_MAJOR}-week cadence` : '')
}

const oldestSupported = latestMajor - (SUPPORTED_MAJORS - 1)
const ok = major(installed) >= oldestSupported
console.log(`Electron ${installed}: supported majors ${oldestSupported}–${latestMajor} (${how})`)
if (!ok) {
  console.error(`Electron ${installed} 已不在支持范围内（最新三个大版本：${oldestSupported}–${latestMajor}），请升级 / Electron ${installed} is out of support: upgrade to ${latestMajor}.x`)
  process.exit(1)
}
console.log('Electron 版本受支持 / Electron is supported')
