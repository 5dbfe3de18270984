// OCR speed and memory: one scanned PDF read page by page in the OCR process, as an import does.
// Cold = the first page (the process starts and loads the models); warm = each later page.
// Prints seconds per page, the OCR process's peak resident memory and CPU time. Figures, not assertions.
//   tsx src-main/cli/bench-ocr.ts [file.pdf] [--pages N]
import { existsSync, readdirSync, readFileSync } from 'node:fs'
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
const start = Date.now()
const marks: number[] = []
let peak = 0
let cpu = 0
await runOcr({ kind: 'pdf', bytes: new Uint8Array(readFileSync(file)), maxPages: pagesArg }, { onProgress: () => marks.push(Date.now()), onCost: (c) => ((peak = c.maxRssMb), (cpu = c.cpuSeconds)) })
const cold = (marks[0]! - start) / 1000
const warm = marks.slice(1).map((t, i) => (t - marks[i]!) / 1000)
const mean = warm.length ? warm.reduce((a, b) => a + b, 0) / warm.length : NaN
console.log(`OCR ${file.split('/').pop()}: ${marks.length} 页`)
console.log(`  冷启动首页 cold first page: ${cold.toFixed(1)} s（含进程启动与模型加载）`)
console.log(`  热页 warm pages: ${warm.map((w) => w.toFixed(1)).join(' / ')} s，平均 mean ${mean.toFixed(1)} s/页`)
console.log(`  OCR 进程峰值内存 peak RSS: ${peak} MB`)
// On a shared or busy machine wall time overstates the cost; CPU time does not.
console.log(`  OCR 进程 CPU 时间 CPU time: ${cpu.toFixed(1)} s，合 ${(cpu / Math.max(1, marks.length)).toFixed(1)} CPU 秒/页（两线程）；负载 load ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`)
