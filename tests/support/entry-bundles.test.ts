// The tests' child processes run this run's sources, bundled (entry-bundles.ts), never tsx: the
// OCR process, the read worker and the CLI as the tests start them, and how a bundle follows an edit.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { workerEntry } from '../../src-main/import/worker-pool'
import { PREBUILT_ENTRIES_ENV } from '../../src-main/prebuilt-entry'
import { ocrEntry } from '../../src-main/readers/ocr/ocr-client'
import { ENTRIES, entryArgs } from './entry-args'
import { entryBundles, sourcesHash } from './entry-bundles'

describe('the process entries in this run', () => {
  it('are the bundles of the sources as they are now, started without tsx', () => {
    const dir = process.env[PREBUILT_ENTRIES_ENV]
    expect(dir, 'Vitest global setup names the bundles').toBeTruthy()
    // The folder is named by the hash of the sources now: a bundle of older sources is never run.
    expect(basename(dir!)).toBe(sourcesHash())
    expect(ocrEntry()).toEqual({ file: join(dir!, 'ocr-process.js'), execArgv: [] })
    const worker = workerEntry()
    expect({ file: fileURLToPath(worker.url), execArgv: worker.execArgv }).toEqual({ file: join(dir!, 'read-worker.js'), execArgv: [] })
    expect(entryArgs('analyze')).toEqual([join(dir!, 'analyze.js')])
  })
})

describe('bundling', () => {
  const root = mkdtempSync(join(tmpdir(), 'desk-entry-bundles-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const write = (rel: string, text: string): void => {
    mkdirSync(dirname(join(root, rel)), { recursive: true })
    writeFileSync(join(root, rel), text)
  }

  it('bundles each entry with what it imports, once per state of the sources; an edit gives a new bundle', async () => {
    write('shared/word.ts', "export const word: string = 'one'\n")
    for (const [name, src] of Object.entries(ENTRIES)) write(src, `import { word } from '${'../'.repeat(src.split('/').length - 1)}shared/word'\nconsole.log('${name}', word)\n`)
    const first = await entryBundles(root)
    expect(first).toBeTruthy()
    const run = (d: string, name: string): string => spawnSync(process.execPath, [join(d, `${name}.js`)], { encoding: 'utf8' }).stdout.trim()
    for (const name of Object.keys(ENTRIES)) expect(run(first!, name)).toBe(`${name} one`)
    // The same sources: the same folder, not built again.
    expect(await entryBundles(root)).toBe(first)
    write('shared/word.ts', "export const word: string = 'two'\n")
    const second = await entryBundles(root)
    expect(second).not.toBe(first)
    expect(run(second!, 'analyze')).toBe('analyze two')
  })
})
