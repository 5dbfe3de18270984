// OCR speed and memory: one scanned PDF read page by page in the OCR process, as an import does.
// Cold = the first page (the process starts and loads the models); warm = each later page.
// Prints seconds per page, the OCR process's peak resident memory and CPU time. Figures, not assertions.
// On a shared, busy machine wall time overstates the cost; the warm CPU seconds per page do not:
// the file is read twice, once for its first page only, and the difference in CPU time is the
// warm pages' own (process start, model load and the first page taken out).
//   tsx src-main/cli/bench-ocr.ts [file.pdf] [--pages N]
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { runOcr } from '../readers/ocr/ocr-client'

const args = process.argv.slice(2)
const pagesArg = args.includes('--pages') ? Number(args[args.indexOf('--pages') + 1]) : 4
const scannedDir = resolve('../shared/corpus/scanned')
const file = args.find((a) => a.endsWith('.pdf')) ?? (existsSync(scannedDir) ? readdirSync(scannedDir).filter((n) => n.endsWith('.pdf')).map((n) => join(scannedDir, n))[0] : undefined)
if (!file) {
  console.log('跳过：未找到扫描件（skipped: no scanned PDF）')
  process.exit(0)
}
const bytes = new Uint8Array(readFileSync(file))

async function read(maxPages: number): Promise<{ marks: number[]; start: number; peak: number; cpu: number }> {
  const start = Date.now()
  const marks: number[] = []
  let peak = 0, cpu = 0
  // A long stall bound: on a busy machine the first page (process start, model load) can take minutes.
  await runOcr({ kind: 'pdf', bytes, maxPages }, { stallMs: 900_000, onProgress: () => marks.push(Date.now()), onCost: (c) => ((peak = c.maxRssMb), (cpu = c.cpuSeconds)) })
  return { marks, start, peak, cpu }
}

const loadBefore = loadavg()[0]!
const one = await read(1)
const all = await read(pagesArg)
const load = (loadBefore + loadavg()[0]!) / 2
const { marks, start, peak, cpu } = all
const cold = (marks[0]! - start) / 1000
const warm = marks.slice(1).map((t, i) => (t - marks[i]!) / 1000)
const mean = warm.length ? warm.reduce((a, b) => a + b, 0) / warm.length : NaN
const warmCpu = warm.length ? (cpu - one.cpu) / warm.length : NaN
console.log(`OCR ${file.split('/').pop()}: ${marks.length} 页`)
console.log(`  冷启动首页 cold first page: ${cold.toFixed(1)} s（含进程启动与模型加载），CPU ${one.cpu.toFixed(1)} s`)
console.log(`  热页 warm pages: ${warm.map((w) => w.toFixed(1)).join(' / ')} s，平均 mean ${mean.toFixed(1)} s/页（墙钟 wall）`)
console.log(`  热页 CPU 时间 warm CPU: ${warmCpu.toFixed(1)} CPU 秒/页（两线程 two threads；总 total ${cpu.toFixed(1)} s）`)
console.log(`  OCR 进程峰值内存 peak RSS: ${Math.max(peak, one.peak)} MB`)
console.log(`  负载 load average: ${load.toFixed(1)}（2 核 cores）`)
