// Runs @doyensec/electronegativity over the main-process code (src-main) and the page that
// carries the CSP (src-renderer/index.html), for Electron as installed, with its version check
// (AvailableSecurityFixesGlobalCheck) enabled; exits non-zero on any finding above LOW.
// The tool's own network calls are stubbed: translations fail (English messages), and Electron's
// release list, which it would fetch from GitHub (unreachable here), is built from the npm registry
// (`npm view electron time`), else from scripts/electron-latest.json. That list has no release
// notes, so the check confirms the installed version is a published release of a known family but
// cannot read "# Security" notes; the supported-window check is scripts/check-electron-support.mjs.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import Module, { createRequire } from 'node:module'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const require = createRequire(import.meta.url)

const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version
const STABLE = /^\d+\.\d+\.\d+$/
const byVersionDesc = (a, b) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number))
  return y[0] - x[0] || y[1] - x[1] || y[2] - x[2]
}

/** Electron's stable releases, newest first, in the shape of GitHub's electron/releases index. */
function releaseList() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const view = (field) => spawnSync(npm, ['view', 'electron', field, '--json'], { encoding: 'utf8', timeout: 30_000, shell: process.platform === 'win32' })
  let versions = []
  let latest = null
  let source
  try {
    const times = view('time')
    const tags = view('dist-tags')
    if (times.status === 0 && tags.status === 0) {
      versions = Object.keys(JSON.parse(times.stdout)).filter((v) => STABLE.test(v))
      latest = JSON.parse(tags.stdout).latest
      source = `npm registry (${versions.length} releases, latest ${latest})`
    }
  } catch {
    versions = []
  }
  if (!latest) {
    const record = JSON.parse(readFileSync(join(root, 'scripts', 'electron-latest.json'), 'utf8'))
    latest = record.latest
    versions = [...new Set([record.latest, electronVersion])]
    source = `recorded ${record.latest} (${record.checked}); npm registry unreachable`
  }
  const list = versions.sort(byVersionDesc).map((v) => ({ tag_name: `v${v}`, version: v, body: '', npm_dist_tags: v === latest ? ['latest'] : [] }))
  return { list, source }
}

const releases = releaseList()
const etag = createHash('sha1').update(JSON.stringify(releases.list)).digest('hex')

// The tool fetches translations and Electron's release list with `got`: the list is answered from
// `releases`, anything else fails (which the tool handles).
const originalLoad = Module._load
Module._load = function (request, ...rest) {
  if (request === 'got') {
    const answer = (url) =>
      String(url).includes('electron/releases')
        ? Promise.resolve({ body: releases.list, headers: { etag: `"${etag}"` } })
        : Promise.reject(new Error('offline: network disabled for this scan'))
    return Object.assign(answer, { head: answer, get: answer, default: answer })
  }
  return originalLoad.call(this, request, ...rest)
}

const run = require('@doyensec/electronegativity')
console.log(`Electron release list: ${releases.source}`)

const stage = mkdtempSync(join(tmpdir(), 'electronegativity-'))
try {
  cpSync(join(root, 'src-main'), join(stage, 'src-main'), { recursive: true })
  cpSync(join(root, 'src-renderer', 'index.html'), join(stage, 'index.html'))
  // As a dependency (what ships), so an outdated version is a HIGH finding, not an informational one.
  writeFileSync(join(stage, 'package.json'), JSON.stringify({ name: 'desk-scan', dependencies: { electron: electronVersion } }))

  const result = await run({
    input: stage,
    isRelative: true,
    electronVersion,
  })
  // `issues` are the findings; `errors` are files the tool could not parse (then not checked).
  const findings = result.issues ?? []
  const unparsed = (result.errors ?? []).filter((e) => !e.tolerable)
  for (const e of unparsed) console.error(`  could not parse ${e.file}: ${e.message}`)
  const serious = findings.filter((f) => !['INFORMATIONAL', 'LOW'].includes(f.severity?.name))
  console.log(`electronegativity ${electronVersion ? `(Electron ${electronVersion})` : ''}: ${result.globalChecks} global + ${result.atomicChecks} atomic checks, ${findings.length} finding(s), ${serious.length} above LOW`)
  for (const f of findings) {
    console.log(`  ${f.severity?.name ?? '?'} ${f.confidence?.name ?? ''} ${f.id} ${f.file}:${f.location?.line ?? 0} ${f.description ?? ''}`)
  }
  if (serious.length > 0 || unparsed.length > 0) {
    console.error('安全检查未通过：存在高于 LOW 的问题 / security scan failed: findings above LOW')
    process.exitCode = 1
  } else console.log('安全检查通过 / security scan passed')
} finally {
  rmSync(stage, { recursive: true, force: true })
}
