// A small pool of worker threads, one file at a time per worker, with a time bound (the worker is
// terminated → TIMEOUT) and a heap bound (resourceLimits → MEMORY). A worker that dies for any
// other reason fails its file with CRASHED; a dead worker is replaced, and the parent never throws.
import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { readError } from '../readers/errors'
import type { ReadOptions } from '../readers/index'
import { isRelayRequest, RELAY_FLAG } from '../readers/ocr/ocr-relay'
import { relayServer } from '../readers/ocr/ocr-relay-serve'
import type { ReadResult } from '../readers/types'
import { prebuiltEntry } from '../prebuilt-entry'
import type { PageSetTarget } from './read-bounded'
import type { WorkerPhase, WorkerRequest } from './read-worker'

export interface PoolOptions {
  size: number
  timeoutMs: number
  maxMemoryMb: number
  readOptions?: ReadOptions
  /** Worker entry; default: read-worker.ts beside this file under tsx, read-worker.js in a bundle. */
  workerUrl?: URL
  /** Page progress of a file being read by OCR (the OCR process runs from this thread: ocr-relay.ts). */
  onOcrProgress?: (path: string, done: number, total: number) => void
  /** Cancels the batch: files in flight stop (their OCR process too) and the rest are not read. */
  signal?: AbortSignal
  /** Extract each document in its worker too, under the same time and heap bound (read-worker.ts). */
  extract?: boolean
}

/** While OCR runs, the file's time bound becomes a bound on silence between pages (the OCR itself
 *  ends a process silent for this long). */
const OCR_STALL_MS = 180_000

/** The worker entry and how to start it: a .ts entry needs tsx loaded in the worker, unless the
 *  same source is given pre-bundled (prebuilt-entry.ts). */
export function workerEntry(explicit?: URL): { url: URL; execArgv: string[] } {
  if (explicit) return { url: explicit, execArgv: explicit.pathname.endsWith('.ts') ? ['--import', 'tsx'] : [] }
  const here = import.meta.url
  const ts = new URL('./read-worker.ts', here)
  if (here.endsWith('.ts') && existsSync(fileURLToPath(ts))) {
    const built = prebuiltEntry('read-worker.js')
    return built ? { url: pathToFileURL(built), execArgv: [] } : { url: ts, execArgv: ['--import', 'tsx'] }
  }
  return { url: new URL('./read-worker.js', here), execArgv: [] }
}

interface Slot {
  worker: Worker | null
  /** Resolves when the worker has loaded the readers, or with why it did not start. */
  ready: Promise<'ready' | 'memory' | 'failed'> | null
  busy: boolean
}

/** Bound on a worker's start (loading the readers), apart from the per-file time bound. */
const START_TIMEOUT_MS = 120_000

export class ReadPool {
  private slots: Slot[]
  private nextId = 1
  private readonly entry: { url: URL; execArgv: string[] }

  constructor(private readonly opts: PoolOptions) {
    this.slots = Array.from({ length: Math.max(1, opts.size) }, () => ({ worker: null, ready: null, busy: false }))
    this.entry = workerEntry(opts.workerUrl)
  }

  private spawn(slot: Slot): Worker {
    const worker = new Worker(this.entry.url, {
      execArgv: this.entry.execArgv,
      resourceLimits: { maxOldGenerationSizeMb: this.opts.maxMemoryMb },
      workerData: { [RELAY_FLAG]: true },
      stdout: false,
      stderr: false,
    })
    // An idle worker that dies must not take the parent with it ('error' with no listener throws):
    // it is only forgotten, and the next read starts a fresh one.
    worker.on('error', () => undefined)
    worker.on('exit', () => {
      if (slot.worker === worker) slot.worker = null
    })
    slot.ready = new Promise<'ready' | 'memory' | 'failed'>((resolve) => {
      const done = (state: 'ready' | 'memory' | 'failed'): void => {
        clearTimeout(timer)
        worker.off('message', onReady)
        worker.off('error', onError)
        worker.off('exit', onGone)
        resolve(state)
      }
      const onReady = (m: { ready?: boolean }): void => {
        if (m?.ready) done('ready')
      }
      const onError = (e: Error & { code?: string }): void => done(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'failed')
      const onGone = (): void => done('failed')
      const timer = setTimeout(() => done('failed'), START_TIMEOUT_MS)
      worker.on('message', onReady)
      worker.on('error', onError)
      worker.on('exit', onGone)
    })
    return worker
  }

  /** Read one file in a free worker (the caller keeps at most `size` reads in flight); with
   *  `pageSet`, its page pictures as one report named `path`. */
  async read(path: string, pageSet?: PageSetTarget, extractAs?: string): Promise<ReadResult> {
    if (this.opts.signal?.aborted) return { ok: false, error: readError('CANCELLED', path) }
    const slot = this.slots.find((s) => !s.busy)
    if (!slot) throw new Error('pool is full')
    slot.busy = true
    let worker: Worker
    try {
      worker = slot.worker ??= this.spawn(slot)
    } catch (e) {
      slot.busy = false
      return { ok: false, error: readError('CRASHED', path, { detail: String((e as Error)?.message ?? e).slice(0, 80) }) }
    }
    const state = await slot.ready
    if (state !== 'ready') {
      slot.busy = false
      if (slot.worker === worker) slot.worker = null
      void worker.terminate()
      // Too little memory even to load the readers: the file is failed on the memory bound.
      if (state === 'memory') return { ok: false, error: readError('MEMORY', path, { limit: this.opts.maxMemoryMb }) }
      return { ok: false, error: readError('CRASHED', path, { detail: '读取进程未能启动' }) }
    }
    return this.readIn(slot, worker, path, pageSet, extractAs)
  }

  private readIn(slot: Slot, worker: Worker, path: string, pageSet?: PageSetTarget, extractAs?: string): Promise<ReadResult> {
    const id = this.nextId++
    return new Promise<ReadResult>((resolve) => {
      let settled = false
      const finish = (r: ReadResult, kill: boolean): void => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        ocr.abortAll()
        this.opts.signal?.removeEventListener('abort', onCancel)
        worker.off('message', onMessage)
        worker.off('error', onError)
        worker.off('exit', onExit)
        worker.off('messageerror', onMessageError)
        if (kill) {
          slot.worker = null
          void worker.terminate()
        }
        slot.busy = false
        resolve(r)
      }
      // Read, then extracted (when asked): one time bound over both; a time-out says which was running.
      let phase: WorkerPhase['phase'] | 'read' = 'read'
      // Past the extraction, the digit cross-check has its own bound and says what the file becomes when
      // it runs out (the layer kept with a note; a layer found wrong refused): never a lost file.
      let fallback: ReadResult | undefined
      const timeUp = (): void => finish(fallback ?? { ok: false, error: readError('TIMEOUT', path, { seconds: Math.round(this.opts.timeoutMs / 100) / 10, phase: phase === 'read' ? 'read' : 'extract' }) }, true)
      // OCR asked for by the worker runs from here; each page read counts as progress.
      const ocr = relayServer((m) => {
        try {
          worker.postMessage(m)
        } catch {
          // the worker is gone: its file has already been failed
        }
      }, {
        onProgress: (done, total) => this.opts.onOcrProgress?.(path, done, total),
        onActivity: () => {
          if (fallback) return
          clearTimeout(timer)
          timer = setTimeout(timeUp, Math.max(this.opts.timeoutMs, OCR_STALL_MS))
        },
      })
      const onCancel = (): void => finish({ ok: false, error: readError('CANCELLED', path) }, true)
      const onMessage = (m: { id?: number; result?: ReadResult; crash?: string; recycle?: boolean } & Partial<WorkerPhase>): void => {
        if (isRelayRequest(m)) return ocr.handle(m)
        if (m?.id !== id) return
        if (m.phase) {
          phase = m.phase
          if (m.fallback) {
            fallback = m.fallback
            clearTimeout(timer)
            timer = setTimeout(timeUp, m.boundMs ?? this.opts.timeoutMs)
          }
          return
        }
        if (m.result) finish(m.result, m.recycle === true)
        else finish({ ok: false, error: readError('CORRUPT', path, { detail: `解析出错：${m.crash ?? ''}`.slice(0, 120) }) }, false)
      }
      // Any death of the worker fails this file alone; the slot starts a fresh worker next time.
      const onError = (e: Error & { code?: string }): void => {
        const memory = e.code === 'ERR_WORKER_OUT_OF_MEMORY' || /memory|heap/i.test(e.message)
        finish({ ok: false, error: memory ? readError('MEMORY', path, { limit: this.opts.maxMemoryMb }) : readError('CRASHED', path, { detail: e.message.slice(0, 80) }) }, true)
      }
      const onExit = (code: number): void => finish({ ok: false, error: readError('CRASHED', path, { detail: `退出码 ${code}` }) }, true)
      const onMessageError = (): void => finish({ ok: false, error: readError('CRASHED', path, { detail: '结果无法传回' }) }, true)
      let timer = setTimeout(timeUp, this.opts.timeoutMs)
      this.opts.signal?.addEventListener('abort', onCancel)
      if (this.opts.signal?.aborted) return onCancel()
      worker.on('message', onMessage)
      worker.on('error', onError)
      worker.on('exit', onExit)
      worker.on('messageerror', onMessageError)
      try {
        const request: WorkerRequest = { id, path, opts: this.opts.readOptions ?? {}, ...(pageSet ? { pageSet } : {}), ...(this.opts.extract ? { extract: true } : {}), ...(extractAs ? { extractAs } : {}) }
        worker.postMessage(request)
      } catch (e) {
        finish({ ok: false, error: readError('CRASHED', path, { detail: String((e as Error)?.message ?? e).slice(0, 80) }) }, true)
      }
    })
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker?.terminate()))
    this.slots.forEach((s) => (s.worker = null))
  }
}

