// Messages between a reader and the OCR process (one job per process, then it exits).
import type { PagePicture } from './ocr-engine'
import type { OcrPage } from './ocr-page'

export type OcrJob = { kind: 'pdf'; bytes: Uint8Array; maxPages: number } | { kind: 'pictures'; pictures: PagePicture[] }

export type OcrMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; pages: OcrPage[]; /** Peak resident memory of the OCR process, MB. */ maxRssMb: number; /** CPU time it used (all threads), s. */ cpuSeconds: number }
  | { type: 'failed'; message: string }

/** What a caller may ask of one OCR job, wherever it runs (ocr-client.ts, or relayed: ocr-relay.ts). */
export interface OcrJobOptions {
  onProgress?: (done: number, total: number) => void
  signal?: AbortSignal
  /** Longest wait for the next page (default 180 s: the models' first load plus a slow page). */
  stallMs?: number
  /** JavaScript heap bound of the OCR process in MB (default 1024). */
  heapMb?: number
  /** Told the OCR process's peak resident memory and CPU time when it is done (for `bench`). */
  onCost?: (cost: { maxRssMb: number; cpuSeconds: number }) => void
}
