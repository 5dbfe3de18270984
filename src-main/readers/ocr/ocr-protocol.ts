// Messages between a reader and the OCR process (one job per process, then it exits).
import type { PagePicture } from './ocr-engine'
import type { OcrPage } from './ocr-page'

export type OcrJob = { kind: 'pdf'; bytes: Uint8Array; maxPages: number } | { kind: 'pictures'; pictures: PagePicture[] }

export type OcrMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; pages: OcrPage[]; /** Peak resident memory of the OCR process, MB. */ maxRssMb: number; /** CPU time it used (all threads), s. */ cpuSeconds: number }
  | { type: 'failed'; message: string }
