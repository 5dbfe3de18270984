// Reports read from .doc, .wps and .ofd are stored with their format and load again after a restart
// (the stored-report schema knows every reader format), none of them quarantined.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { Library } from '../../src-main/library/library'
import { readFile as readReport } from '../../src-main/readers/index'
import { makeReport } from '../core/fixtures/make-report'
import { writeOfd } from '../readers/ofd-writer'
import { renderOfdPages } from '../readers/render-ofd'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-legacy-lib-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

it('.doc, .wps and .ofd reports survive a restart with their format', async () => {
  const fix = resolve(__dirname, '../fixtures/readers')
  const { writeFile } = await import('node:fs/promises')
  const ofdPath = join(dir, 'report.ofd')
  await writeFile(ofdPath, writeOfd(renderOfdPages(makeReport(3, '2021')), { objects: 'run', boxes: 'tight', scale: 1, rules: 'stroke' }))
  const lib = new Library(join(dir, 'lib'))
  await lib.open()
  for (const path of [join(fix, 'merged-labels.doc'), join(fix, 'roundtrip.wps'), ofdPath]) {
    const r = await readReport(path, { requireReport: false })
    if (!r.ok) throw new Error(r.error.message)
    await lib.add({ sha256: r.sha256, fileName: r.document.fileName, format: r.document.format, source: { bytes: new Uint8Array(await readFile(path)) }, extraction: extractReport(r.document) })
  }
  await lib.flush()
  const reopened = new Library(join(dir, 'lib'))
  const opened = await reopened.open()
  expect(opened.quarantined).toEqual([])
  // Reading the stored documents back validates them: none is quarantined.
  expect((await reopened.all()).map((r) => r.source.format).sort()).toEqual(['doc', 'ofd', 'wps'])
  expect(reopened.list().quarantined).toEqual([])
  expect(reopened.list().reports.map((r) => [r.fileName, r.format]).sort()).toEqual([
    ['merged-labels.doc', 'doc'],
    ['report.ofd', 'ofd'],
    ['roundtrip.wps', 'wps'],
  ])
})
