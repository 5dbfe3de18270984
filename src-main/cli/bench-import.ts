// npm run bench (part): the app's import path on a 100-report folder, in a process of its own so
// that its memory figure is the import's alone: importPaths (the worker pool, 2 threads, each with
// the per-file heap bound) and then extraction and checks of every document. Figures only.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { join, resolve } from 'node:path'
import { importPaths } from '../import/import-paths'
import { extractReport } from '../../shared/extract/index'
import { checkAll } from '../../shared/checks/index'

function pdfsUnder(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) pdfsUnder(p, out)
    else if (name.toLowerCase().endsWith('.pdf')) out.push(p)
  }
  return out
}

async function main(): Promise<void> {
  const folder = resolve(process.argv[2] ?? '../shared/corpus')
  const pdfs = pdfsUnder(folder)
  if (pdfs.length === 0) return console.log(`bench-import: no PDF under ${folder}`)
  const hundred = Array.from({ length: 100 }, (_, i) => pdfs[i % pdfs.length]!)
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
  const t0 = performance.now()
  // The built worker (npm run build) is what the app runs; without a build, the TypeScript one under tsx.
  const built = resolve('out/main/read-worker.js')
  const workerUrl = existsSync(built) ? pathToFileURL(built) : undefined
  console.log(`worker: ${workerUrl ? 'out/main/read-worker.js (built)' : 'src-main/import/read-worker.ts under tsx (run npm run build for the built one)'}`)
  const res = await importPaths(hundred, { concurrency: 2, ...(workerUrl ? { workerUrl } : {}) })
  const t1 = performance.now()
  const extracted = res.flatMap((r, i) => (r.document ? [{ id: String(i), extraction: extractReport(r.document) }] : []))
  checkAll(extracted)
  const t2 = performance.now()
  clearInterval(timer)
  peak = Math.max(peak, process.memoryUsage().rss)
  const read = res.filter((r) => r.status === 'read' || r.status === 'duplicate').length
  console.log(
    `100 PDF reports through the app's import path (2 worker threads): ${((t2 - t0) / 1000).toFixed(1)} s ` +
      `(reading ${((t1 - t0) / 1000).toFixed(1)} s, ${read} read; extraction and checks ${((t2 - t1) / 1000).toFixed(1)} s); ` +
      `peak RSS of the process with its workers ${(peak / 1024 / 1024).toFixed(0)} MB`,
  )
}

void main()
