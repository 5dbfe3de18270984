// The report view's crops of stored scans, cut in the OCR process (crop-serve.ts), never in the
// process that asks: decoding a 200-dpi page takes pdf.js (~170 MB) and half a second, which would
// freeze Electron's main process and with it every window. One process serves the crops one after
// another and is ended after a while without requests. Bounded: the file in bytes (refused before it
// is read), each crop in time (the process is ended and that crop fails), the process's heap; a
// crash fails the crop asked for (a process found dead while idle is replaced once), and the next
// crop starts a fresh process.
import type { ScanArea } from '../../../shared/model/document'
import { ocrEntry, OcrFailure } from './ocr-client'
import { launchOcrProcess, type OcrProcessHandle, type UtilityProcessApi } from './ocr-launch'
import type { OcrMessage } from './ocr-protocol'

export interface CropClientOptions {
  /** Electron's utilityProcess or a stand-in (tests); default: chosen by ocr-launch.ts. */
  utility?: UtilityProcessApi | null
  /** Longest wait for one crop, including the process's start (default 120 s: a bound on a hung
   *  process, not a speed target; a first crop on a busy machine takes tens of seconds). */
  timeoutMs?: number
  /** The process is ended after this long without a request (default 60 s). */
  idleMs?: number
  /** Heap bound of the process, MB (default 512). */
  heapMb?: number
  /** Largest stored file cut from, bytes (default 100 MB, the import's bound). */
  maxBytes?: number
  /** OCR cache folder (where a web page's table pictures are kept); default the user's. */
  cacheDir?: string
}

export interface CropAsk {
  path: string
  sha256: string
  area: ScanArea
}

export class CropClient {
  private child: OcrProcessHandle | null = null
  private nextId = 1
  private waiting = new Map<number, { resolve: (r: string | null) => void; reject: (e: Error) => void }>()
  private queue: Promise<unknown> = Promise.resolve()
  private idle: NodeJS.Timeout | undefined

  constructor(private readonly opts: CropClientOptions = {}) {}

  /** The crop as a PNG data URL; null when the file has no such page picture. Rejects with an
   *  OcrFailure when the process failed, crashed or took too long. One crop at a time. */
  crop(ask: CropAsk): Promise<string | null> {
    const run = this.queue.then(() => this.cut(ask))
    this.queue = run.catch(() => undefined)
    return run
  }

  /** End the process (the app quits; tests). */
  close(): void {
    clearTimeout(this.idle)
    this.end(new OcrFailure('截取原件已停止', 'cancelled'))
  }

  private start(): OcrProcessHandle {
    const entry = ocrEntry()
    if (!entry) throw new OcrFailure('找不到文字识别组件（ocr-process.js）', 'unavailable')
    const spec = { file: entry.file, execArgv: entry.execArgv, heapMb: this.opts.heapMb ?? 512 }
    const child = this.opts.utility === undefined ? launchOcrProcess(spec) : launchOcrProcess(spec, this.opts.utility)
    child.onMessage((m: OcrMessage) => {
      if (m.type !== 'crop') return
      const w = this.waiting.get(m.id)
      this.waiting.delete(m.id)
      if (!w) return
      if (m.dataUrl === null && m.message) w.reject(new OcrFailure(`未能截取原件：${m.message}`, 'failed'))
      else w.resolve(m.dataUrl)
    })
    child.onEnd((why) => {
      if (this.child === child) {
        this.child = null
        this.end(new OcrFailure(`截取原件的进程意外退出（${why}）`, 'crashed'))
      }
    })
    return child
  }

  /** Fail every crop waiting and end the process. */
  private end(why: OcrFailure): void {
    const child = this.child
    this.child = null
    for (const w of this.waiting.values()) w.reject(why)
    this.waiting.clear()
    child?.kill()
  }

  /** A process found dead when the crop was asked (it died while idle) is replaced once. */
  private async cut(ask: CropAsk): Promise<string | null> {
    const reused = this.child !== null
    try {
      return await this.cutIn(ask)
    } catch (e) {
      if (reused && e instanceof OcrFailure && e.reason === 'crashed') return this.cutIn(ask)
      throw e
    }
  }

  private cutIn(ask: CropAsk): Promise<string | null> {
    clearTimeout(this.idle)
    let child: OcrProcessHandle
    try {
      child = this.child ??= this.start()
    } catch (e) {
      return Promise.reject(e instanceof OcrFailure ? e : new OcrFailure(`无法启动截取原件的进程：${(e as Error).message}`, 'unavailable'))
    }
    const id = this.nextId++
    const timeoutMs = this.opts.timeoutMs ?? 120_000
    return new Promise<string | null>((resolve, reject) => {
      const timer = setTimeout(() => this.end(new OcrFailure(`截取原件超过 ${Math.round(timeoutMs / 1000)} 秒，已停止`, 'stalled')), timeoutMs)
      const settle = (): void => {
        clearTimeout(timer)
        clearTimeout(this.idle)
        this.idle = setTimeout(() => this.end(new OcrFailure('空闲', 'cancelled')), this.opts.idleMs ?? 60_000)
      }
      this.waiting.set(id, {
        resolve: (r) => (settle(), resolve(r)),
        reject: (e) => (settle(), reject(e)),
      })
      const req = { kind: 'crop' as const, id, path: ask.path, sha256: ask.sha256, area: ask.area, maxBytes: this.opts.maxBytes ?? 100 * 1024 * 1024, ...(this.opts.cacheDir ? { cacheDir: this.opts.cacheDir } : {}) }
      try {
        child.send(req)
      } catch (e) {
        this.end(new OcrFailure(`截取原件的进程无法接收请求：${(e as Error).message}`, 'crashed'))
      }
    })
  }
}

