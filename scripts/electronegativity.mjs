// Runs @doyensec/electronegativity over the main-process code (src-main) and the page that
// carries the CSP (src-renderer/index.html), for Electron as installed; exits non-zero on any
// finding above LOW. Offline: the tool's own network calls (translations, release list) are
// stubbed, and the release-list check is excluded (the Electron version is pinned in package.json).
import Module, { createRequire } from 'node:module'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const require = createRequire(import.meta.url)

// The tool fetches translations and Electron's release list with `got`; answer every call with
// a failure instead, which it already handles (English messages, no release data).
const originalLoad = Module._load
Module._load = function (request, ...rest) {
  if (request === 'got') {
    const offline = () => Promise.reject(new Error('offline: network disabled for this scan'))
    return Object.assign(offline, { head: offline, get: offline, default: offline })
  }
  return originalLoad.call(this, request, ...rest)
}

const run = require('@doyensec/electronegativity')
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version

const stage = mkdtempSync(join(tmpdir(), 'electronegativity-'))
try {
  cpSync(join(root, 'src-main'), join(stage, 'src-main'), { recursive: true })
  cpSync(join(root, 'src-renderer', 'index.html'), join(stage, 'index.html'))
  writeFileSync(join(stage, 'package.json'), JSON.stringify({ name: 'desk-scan', devDependencies: { electron: electronVersion } }))

  const result = await run({
    input: stage,
    isRelative: true,
    electronVersion,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
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
