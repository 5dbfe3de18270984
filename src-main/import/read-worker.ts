// Worker-thread entry: reads one file per message with the readers and posts the result back; when
// asked (`extract`), it also extracts the document here, so the pool's time and heap bound cover the
// extraction too: a document that makes the extractor run away stops this worker, not the app.
// Runs under tsx (tests, CLI: started with `--import tsx`) and as a bundled .js (the app).
import { stat } from 'node:fs/promises'
import { parentPort } from 'node:worker_threads'
import { extractReport } from '../../shared/extract/index'
import { readFile, readPageImages, type ReadOptions } from '../readers/index'
import type { ReadResult } from '../readers/types'
import { recheckDigits } from './digit-recheck'
import type { PageSetTarget } from './read-bounded'

export interface WorkerRequest {
  id: number
  path: string
  opts: ReadOptions
  /** Page pictures read as one report named `path` (see readPageImages). */
  pageSet?: PageSetTarget
  /** Extract the document read, too. */
  extract?: boolean
  /** The file name the extractor sees, when not the one the reader set (a stored copy under a hash name). */
  extractAs?: string
}

/** Sent before the extraction starts, so a time-out then is said as one of the analysis, not of the reading;
 *  and before the digit cross-check (digit-recheck.ts) with what the file becomes should its time run out. */
export interface WorkerPhase {
  id: number
  phase: 'extract' | 'crosscheck' | 'reread'
  /** What the file becomes should this step not be done within `boundMs`. */
  fallback?: ReadResult
  boundMs?: number
}

/** After a file this large, the worker is replaced: its heap would otherwise stay grown for the next file. */
const RECYCLE_AFTER_BYTES = 16 * 1024 * 1024

async function extractIn(msg: WorkerRequest, result: ReadResult): Promise<ReadResult> {
  if (!msg.extract || !result.ok) return result
  parentPort?.postMessage({ id: msg.id, phase: 'extract' } satisfies WorkerPhase)
  const document = msg.extractAs ? { ...result.document, fileName: msg.extractAs } : result.document
  let extracted: ReadResult & { ok: true }
  try {
    extracted = { ...result, extraction: extractReport(document) }
  } catch (e) {
    // The extractor must not throw; if it does, the caller fails this file alone with the reason.
    return { ...result, extractError: e instanceof Error ? e.message : String(e) }
  }
  if (msg.pageSet) return extracted
  // A text PDF whose sums fail: its digits compared with its drawn pages, on this extraction.
  const fallback = (r: ReadResult, phase: 'crosscheck' | 'reread', boundMs: number): void => parentPort?.postMessage({ id: msg.id, phase, fallback: r, boundMs } satisfies WorkerPhase)
  try {
    return await recheckDigits({ ...extracted, extraction: extracted.extraction! }, msg.path, msg.opts, { fallback, ...(msg.extractAs ? { extractAs: msg.extractAs } : {}) })
  } catch (e) {
    return { ...extracted, extractError: e instanceof Error ? e.message : String(e) }
  }
}

parentPort?.on('message', (msg: WorkerRequest) => {
  const reading = msg.pageSet ? readPageImages(msg.path, msg.pageSet.pages, msg.opts, msg.pageSet.missingPages) : readFile(msg.path, msg.opts)
  reading.then(
    async (read) => {
      const result = await extractIn(msg, read)
      const size = msg.pageSet ? Number.POSITIVE_INFINITY : await stat(msg.path).then((s) => s.size, () => 0)
      parentPort?.postMessage({ id: msg.id, result, recycle: size > RECYCLE_AFTER_BYTES })
    },
    (e: unknown) => parentPort?.postMessage({ id: msg.id, crash: String((e as Error)?.message ?? e) }),
  )
})

// Loaded (readers and extractor imported): the pool starts a file's time bound only from here, so a
// slow start of the worker on a busy machine is not counted against the first file. (pdf.js's own
// worker module is not loaded ahead: it would cost every worker ~170 MB, PDF or not.)
parentPort?.postMessage({ ready: true })
