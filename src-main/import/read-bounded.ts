// The one bounded way to read files: a small pool of worker threads, each read with a time and a
// heap bound, one result per path in input order; one file's failure (or its worker's death) never
// stops the others. The app's import and the `analyze` CLI both read through here.
import type { ReadOptions } from '../readers/index'
import type { ReadResult } from '../readers/types'
import { ReadPool } from './worker-pool'

export interface BoundedReadOptions {
  /** Worker threads (default 2, the machine's cores). */
  concurrency?: number
  /** Per-file time bound (default 60 s). */
  timeoutMs?: number
  /** Per-file heap bound (default 384 MB: a report needs far less; a hostile file is stopped). */
  maxMemoryMb?: number
  readOptions?: ReadOptions
  /** Worker entry override (see worker-pool.ts). */
  workerUrl?: URL
  /** Page progress of a file read by OCR. */
  onOcrProgress?: (path: string, done: number, total: number) => void
  /** Cancels the batch: files in flight stop, the rest come back CANCELLED unread. */
  signal?: AbortSignal
  /** Extract each document in its worker too: the time and heap bound then cover read + extract. */
  extract?: boolean
  /** The file name the extractor sees for a path, when not the one its reader sets (a stored copy). */
  extractNames?: ReadonlyMap<string, string>
}

export const DEFAULT_READ_BOUNDS = { concurrency: 2, timeoutMs: 60_000, maxMemoryMb: 384 } as const

/** A file to read, or page pictures read as one report named `path`. */
export type ReadTarget = string | PageSetTarget

/** Page pictures read as one report named `path` (readers/index.ts readPageImages). */
export interface PageSetTarget {
  path: string
  pages: string[]
  missingPages?: number[]
}

/** Read every path in the pool; `onRead` is called as each one finishes (for progress). */
export async function readBounded(paths: readonly ReadTarget[], opts: BoundedReadOptions = {}, onRead?: (index: number, result: ReadResult) => void): Promise<ReadResult[]> {
  const results: ReadResult[] = new Array(paths.length)
  if (paths.length === 0) return results
  const size = Math.max(1, Math.min(opts.concurrency ?? DEFAULT_READ_BOUNDS.concurrency, paths.length))
  const pool = new ReadPool({
    size,
    timeoutMs: opts.timeoutMs ?? DEFAULT_READ_BOUNDS.timeoutMs,
    maxMemoryMb: opts.maxMemoryMb ?? DEFAULT_READ_BOUNDS.maxMemoryMb,
    readOptions: opts.readOptions,
    workerUrl: opts.workerUrl,
    onOcrProgress: opts.onOcrProgress,
    signal: opts.signal,
    extract: opts.extract,
  })
  let next = 0
  try {
    const lane = async (): Promise<void> => {
      while (next < paths.length) {
        const i = next++
        const target = paths[i]!
        const path = typeof target === 'string' ? target : target.path
        results[i] = await pool.read(path, typeof target === 'string' ? undefined : target, opts.extractNames?.get(path))
        onRead?.(i, results[i]!)
      }
    }
    await Promise.all(Array.from({ length: size }, lane))
  } finally {
    await pool.close()
  }
  return results
}
