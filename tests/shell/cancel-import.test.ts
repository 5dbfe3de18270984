// Cancelling an import (library:cancelImport): it reaches the import while it runs (not queued
// behind it), the readers get the cancel, what was read is kept and the rest is listed as not read.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../src-main/ipc/handlers'
import { Library } from '../../src-main/library/library'
import { DeskService } from '../../src-main/services/desk'
import type { PathResult } from '../../src-main/services/importer'
import { JsonFileSettingsStore } from '../../src-main/services/settings'
import { noChecks, titleExtract } from './fixtures/pipeline'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-cancel-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('cancelling an import', () => {
  it('aborts the reading under way: the file read is kept, the one cancelled is listed as not read', async () => {
    let signal: AbortSignal | undefined
    let started!: () => void
    const reading = new Promise<void>((r) => (started = r))
    const desk = new DeskService({
      library: new Library(join(dir, 'lib')),
      settings: new JsonFileSettingsStore(join(dir, 's.json')),
      dialogs: { openFiles: async () => [], openFolder: async () => [] },
      samplesDir: null,
      pipeline: {
        extract: titleExtract,
        checkAll: noChecks,
        // One file read, the other (a long OCR) waiting until it is cancelled.
        importPaths: async (paths, o) => {
          signal = o.signal
          started()
          await new Promise<void>((resolve) => o.signal?.addEventListener('abort', () => resolve()))
          const done: PathResult = { path: paths[0]!, status: 'read', sha256: 'a'.repeat(64), document: { fileName: 'a.txt', format: 'text', blocks: [{ kind: 'paragraph', text: '甲县人民政府2023年度政府信息公开工作年度报告', loc: { block: 0 } }] } }
          const cancelled: PathResult = { path: paths[1]!, status: 'skipped', reason: '「scan.pdf」已取消导入，未读取' }
          return [done, cancelled]
        },
      },
    } as ConstructorParameters<typeof DeskService>[0])
    await desk.start()
    await writeFile(join(dir, 'a.txt'), '甲县人民政府2023年度政府信息公开工作年度报告')
    expect(await desk.cancelImport()).toBe(false)
    desk.grantDropped([join(dir, 'a.txt'), join(dir, 'scan.pdf')])
    const run = dispatch(desk, 'library:import', { paths: [join(dir, 'a.txt'), join(dir, 'scan.pdf')] }) as ReturnType<DeskService['import']>
    await reading
    expect(signal?.aborted).toBe(false)
    // Through the IPC table, as the renderer's cancel button calls it.
    expect(await dispatch(desk, 'library:cancelImport', null)).toBe(true)
    expect(signal?.aborted).toBe(true)
    const outcome = await run
    expect(outcome).toMatchObject({ imported: 1, skipped: 1, failed: 0 })
    expect(outcome.results[1]!.reason).toBe('「scan.pdf」已取消导入，未读取')
    expect((await desk.list()).reports).toHaveLength(1)
    expect(await desk.cancelImport()).toBe(false)
  })
})
