// Runs one OCR job in its own process and waits for it: never OCR in the main process or a worker
// thread, so a native crash or runaway memory fails that file alone. The process is started by
// ocr-launch.ts (Electron's utilityProcess inside the app, a Node child process elsewhere); from an
// import worker thread the job is relayed to the pool's thread, which starts it (ocr-relay.ts).
// Progress per page; cancellable; a process silent for longer than `stallMs` is ended.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { OcrFailure } from './ocr-failure'
import { launchOcrProcess, type OcrProcessHandle, type UtilityProcessApi } from './ocr-launch'
import { relayOcr, relayPort } from './ocr-relay'
import { prebuiltEntry } from '../../prebuilt-entry'
import type { OcrJob, OcrJobOptions, OcrMessage } from './ocr-protocol'
import type { OcrPage } from './ocr-page'

export { OcrFailure } from './ocr-failure'

export interface OcrRunOptions extends OcrJobOptions {
  /** Electron's utilityProcess or a stand-in (tests); default: chosen by ocr-launch.ts. */
  utility?: UtilityProcessApi | null
}

/** The OCR process entry: the .ts source under tsx (CLI, tests) unless the same source is given
 *  pre-bundled (prebuilt-entry.ts), ocr-process.js in a build. */
export function ocrEntry(): { file: string; execArgv: string[] } | null {
  const here = fileURLToPath(import.meta.url)
  if (here.endsWith('.ts')) {
    const built = prebuiltEntry('ocr-process.js')
    return built ? { file: built, execArgv: [] } : { file: join(dirname(here), 'ocr-process.ts'), execArgv: ['--import', 'tsx'] }
  }
  // Bundled: this code sits in out/main or out/main/chunks; the entry is out/main/ocr-process.js,
  // unpacked from app.asar so that it can be run from disk.
  for (const dir of [dirname(here), dirname(dirname(here))]) {
    const file = join(dir, 'ocr-process.js').replace(/app\.asar([\\/])/, 'app.asar.unpacked$1')
    if (existsSync(file)) return { file, execArgv: [] }
  }
  return null
}

export function runOcr(job: OcrJob, opts: OcrRunOptions = {}): Promise<OcrPage[]> {
  const port = relayPort()
  if (port) return relayOcr(port, job, opts)
  return runOcrHere(job, opts)
}

/** Start the OCR process from this thread and wait for its pages. */
export function runOcrHere(job: OcrJob, opts: OcrRunOptions = {}): Promise<OcrPage[]> {
  const entry = ocrEntry()
  if (!entry) return Promise.reject(new OcrFailure('找不到文字识别组件（ocr-process.js）', 'unavailable'))
  if (opts.signal?.aborted) return Promise.reject(new OcrFailure('文字识别已取消', 'cancelled'))
  const stallMs = opts.stallMs ?? 180_000
  return new Promise((resolve, reject) => {
    let child: OcrProcessHandle
    try {
      const spec = { file: entry.file, execArgv: entry.execArgv, heapMb: opts.heapMb ?? 1024 }
      child = opts.utility === undefined ? launchOcrProcess(spec) : launchOcrProcess(spec, opts.utility)
    } catch (e) {
      reject(new OcrFailure(`无法启动文字识别进程：${(e as Error).message}`, 'unavailable'))
      return
    }
    let settled = false
    let timer: NodeJS.Timeout | undefined
    const finish = (err: OcrFailure | null, pages?: OcrPage[]): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      opts.signal?.removeEventListener('abort', onAbort)
      child.kill()
      if (err) reject(err)
      else resolve(pages!)
    }
    const arm = (): void => {
      clearTimeout(timer)
      timer = setTimeout(() => finish(new OcrFailure(`文字识别超过 ${Math.round(stallMs / 1000)} 秒没有进展，已停止`, 'stalled')), stallMs)
    }
    const onAbort = (): void => finish(new OcrFailure('文字识别已取消', 'cancelled'))
    opts.signal?.addEventListener('abort', onAbort)
    child.onMessage((m: OcrMessage) => {
      if (m.type === 'progress') {
        arm()
        opts.onProgress?.(m.done, m.total)
      } else if (m.type === 'done') {
        opts.onCost?.({ maxRssMb: m.maxRssMb, cpuSeconds: m.cpuSeconds })
        finish(null, m.pages)
      }
      else if (m.type === 'failed') finish(new OcrFailure(`文字识别出错：${m.message}`.slice(0, 160), 'failed'))
    })
    child.onEnd((why) => finish(new OcrFailure(`文字识别进程意外退出（${why}）`, 'crashed')))
    arm()
    child.send(job)
  })
}
