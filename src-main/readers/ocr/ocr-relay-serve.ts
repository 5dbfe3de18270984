// Pool side of the OCR relay (see ocr-relay.ts): runs a worker's OCR request in this thread with
// runOcrHere (which starts the process the right way for where we run), sends back progress and the
// result, and ends the process when the worker's file is given up (time bound, cancel, crash).
import { OcrFailure } from './ocr-failure'
import { runOcrHere } from './ocr-client'
import type { RelayReply, RelayRequest } from './ocr-relay'

export interface RelayServer {
  /** Handle one message from the worker (start or cancel). */
  handle(m: RelayRequest): void
  /** Give up every job of this worker (its file finished, failed or was cancelled). */
  abortAll(): void
}

export function relayServer(reply: (m: RelayReply) => void, hooks: { onProgress?: (done: number, total: number) => void; onActivity?: () => void } = {}): RelayServer {
  const running = new Map<number, AbortController>()
  const costs = new Map<number, { maxRssMb: number; cpuSeconds: number }>()
  return {
    handle(m) {
      if (m.ocrRelay === 'cancel') return running.get(m.rid)?.abort()
      const ctl = new AbortController()
      running.set(m.rid, ctl)
      hooks.onActivity?.()
      runOcrHere(m.job, {
        signal: ctl.signal,
        heapMb: m.heapMb,
        stallMs: m.stallMs,
        onProgress: (done, total) => {
          hooks.onActivity?.()
          hooks.onProgress?.(done, total)
          reply({ ocrRelay: 'progress', rid: m.rid, done, total })
        },
        onCost: (cost) => (costs.set(m.rid, cost), undefined),
      }).then(
        (pages) => reply({ ocrRelay: 'done', rid: m.rid, pages, cost: costs.get(m.rid) }),
        (e: unknown) => {
          const f = e instanceof OcrFailure ? e : new OcrFailure(`文字识别出错：${String(e)}`.slice(0, 160), 'failed')
          reply({ ocrRelay: 'failed', rid: m.rid, message: f.message, reason: f.reason })
        },
      ).finally(() => {
        running.delete(m.rid)
        costs.delete(m.rid)
      })
    },
    abortAll() {
      for (const ctl of running.values()) ctl.abort()
      running.clear()
    },
  }
}
