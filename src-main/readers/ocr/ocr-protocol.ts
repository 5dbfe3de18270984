// Messages between a reader and the OCR process (one job per process, then it exits), and between
// the report view's crop client and the same process started to cut crops (crop-client.ts: many
// crops per process, until it is idle).
import type { ScanArea } from '../../../shared/model/document'
import type { PagePicture } from './ocr-engine'
import type { OcrPage } from './ocr-page'

/** Cut the band `area` from page `area.page` of the stored file at `path`. */
export interface CropRequest {
  kind: 'crop'
  id: number
  path: string
  area: ScanArea
  /** The file's hash and the OCR cache: a saved web page's pictures are found there (html-pictures.ts). */
  sha256: string
  cacheDir?: string
  /** Largest file opened (bytes). */
  maxBytes: number
}

export type CropReply = { type: 'crop'; id: number; dataUrl: string | null; /** why there is no crop, when it failed */ message?: string }

/** `pages`: only these pages of the PDF (its picture pages among text pages); absent: every page.
 *  `render`: the pages are drawn (vector text with a text layer that cannot be trusted), not their pictures taken. */
export type OcrJob = { kind: 'pdf'; bytes: Uint8Array; maxPages: number; pages?: number[]; render?: boolean } | { kind: 'pictures'; pictures: PagePicture[] } | CropRequest

export type OcrMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; pages: OcrPage[]; /** Peak resident memory of the OCR process, MB. */ maxRssMb: number; /** CPU time it used (all threads), s. */ cpuSeconds: number }
  | { type: 'failed'; message: string }
  | CropReply

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
