// npm run bench (part): 2,000 near-copies of one report (generated in a temp folder from a bundled
// sample) through the app's import path into a fresh library, then a correction, then `analyze
// --json` over the same folder. Figures: import time, library size, correction time, analyze time
// and output size (the output must parse as one JSON array). Budgets of issue 16: import < 2 min,
// library < 50 MB, correction < 1 s.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { extractReport } from '../../shared/extract/index'
import { importPaths } from '../import/import-paths'
import { Library } from '../library/library'
import { folderBytes, writeNearCopies } from '../library/near-copies'
import { checkAll } from '../services/checks'
import { DeskService } from '../services/desk'
import { JsonFileSettingsStore } from '../services/settings'

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 2000)
  const samples = resolve('resources/samples')
  const base = (await readdir(samples)).filter((n) => n.endsWith('.txt')).sort()[0]
  if (!base) return console.log('bench-copies: no sample report')
  const dir = await mkdtemp(join(tmpdir(), 'desk-copies-'))
  try {
    const folder = join(dir, 'copies')
    await writeNearCopies(join(samples, base), folder, count)
    const built = resolve('out/main/read-worker.js')
    const workerUrl = existsSync(built) ? pathToFileURL(built) : undefined
    const desk = new DeskService({
      library: new Library(join(dir, 'library')),
      settings: new JsonFileSettingsStore(join(dir, 'settings.json')),
      dialogs: { openFiles: async () => [], openFolder: async () => [] },
      samplesDir: null,
      pipeline: { importPaths: (paths) => importPaths(paths, { concurrency: 2, ...(workerUrl ? { workerUrl } : {}) }), extract: extractReport, checkAll },
    })
    await desk.start()
    let t = performance.now()
    const outcome = await desk.import([folder])
    const importS = (performance.now() - t) / 1000
    const mb = (await folderBytes(join(dir, 'library'))) / 1024 / 1024
    console.log(`${count} 份近似副本导入：${importS.toFixed(1)} s（导入 ${outcome.imported}，失败 ${outcome.failed}）；报告库 ${mb.toFixed(1)} MB`)

    const id = (await desk.list()).reports[0]!.id
    const times: number[] = []
    for (const value of [12345, 23456, undefined]) {
      t = performance.now()
      await desk.correct(id, ['metrics', 'hotlineCalls'], value)
      times.push(performance.now() - t)
    }
    console.log(`更正一个数字（其后重新核对全部 ${count} 份）：${times.map((x) => `${Math.round(x)} ms`).join(' / ')}`)

    t = performance.now()
    const out = join(dir, 'analyze.json')
    execFileSync('sh', ['-c', `npx tsx src-main/cli/analyze.ts --json "${folder}" > "${out}"`], { stdio: ['ignore', 'ignore', 'inherit'] })
    const analyzeS = (performance.now() - t) / 1000
    const { readFile } = await import('node:fs/promises')
    const text = await readFile(out, 'utf8')
    const parsed = JSON.parse(text) as unknown[]
    console.log(`analyze --json（${count} 份）：${analyzeS.toFixed(1)} s，输出 ${(text.length / 1024 / 1024).toFixed(1)} MB，JSON 有效（${parsed.length} 项）`)
    const ok = importS < 120 && mb < 50 && Math.max(...times) < 1000 && parsed.length === count
    console.log(ok ? '通过：导入 < 2 分钟，报告库 < 50 MB，更正 < 1 s' : '未达标：见上列数字')
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

void main()
