// Worker-thread side of OCR: a reader running in an import worker thread does not start the OCR
// process itself but asks the thread that owns the pool (the main thread) to, over the worker's
// port. Inside Electron this is required (utilityProcess exists only in the main process); in Node
// it means the pool can end the OCR process when it times a file out or the user cancels, and can
// show per-page progress. The pool side is ocr-relay-serve.ts.
import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import { OcrFailure, type OcrFailureReason } from './ocr-failure'
import type { OcrJob, OcrJobOptions } from './ocr-protocol'
import type { OcrPage } from './ocr-page'

/** Set in a worker's workerData by a pool that serves OCR requests (worker-pool.ts). */
export const RELAY_FLAG = 'ocrRelay'

export type RelayRequest =
  | { ocrRelay: 'start'; rid: number; job: OcrJob; heapMb?: number; stallMs?: number }
  | { ocrRelay: 'cancel'; rid: number }

export type RelayReply =
  | { ocrRelay: 'progress'; rid: number; done: number; total: number }
  | { ocrRelay: 'done'; rid: number; pages: OcrPage[]; cost?: { maxRssMb: number; cpuSeconds: number } }
  | { ocrRelay: 'failed'; rid: number; message: string; reason: OcrFailureReason }

export function isRelayRequest(m: unknown): m is RelayRequest {
  return typeof m === 'object' && m !== null && ((m as RelayRequest).ocrRelay === 'start' || (m as RelayRequest).ocrRelay === 'cancel')
}

export function isRelayReply(m: unknown): m is RelayReply {
  const k = (m as RelayReply | null)?.ocrRelay
  return k === 'progress' || k === 'done' || k === 'failed'
}

/** The port to relay through: only in a worker thread whose pool said it serves OCR. */
export function relayPort(): typeof parentPort {
  return !isMainThread && parentPort && (workerData as Record<string, unknown> | null)?.[RELAY_FLAG] === true ? parentPort : null
}

let nextRid = 1

/** Ask the pool's thread to run the job; resolves with its pages, rejects with an OcrFailure. */
export function relayOcr(port: NonNullable<typeof parentPort>, job: OcrJob, opts: OcrJobOptions = {}): Promise<OcrPage[]> {
  if (opts.signal?.aborted) return Promise.reject(new OcrFailure('文字识别已取消', 'cancelled'))
  const rid = nextRid++
  return new Promise((resolve, reject) => {
    const onReply = (m: unknown): void => {
      if (!isRelayReply(m) || m.rid !== rid) return
      if (m.ocrRelay === 'progress') return opts.onProgress?.(m.done, m.total)
      port.off('message', onReply)
      opts.signal?.removeEventListener('abort', onAbort)
      if (m.ocrRelay === 'done') {
        if (m.cost) opts.onCost?.(m.cost)
        resolve(m.pages)
      } else reject(new OcrFailure(m.message, m.reason))
    }
    const onAbort = (): void => port.postMessage({ ocrRelay: 'cancel', rid } satisfies RelayRequest)
    port.on('message', onReply)
    opts.signal?.addEventListener('abort', onAbort)
    port.postMessage({ ocrRelay: 'start', rid, job, heapMb: opts.heapMb, stallMs: opts.stallMs } satisfies RelayRequest)
  })
}
