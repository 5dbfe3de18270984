// importPaths: files and folders → one result per file, in input order. Reads run in worker threads
// (a small pool), each with a time and memory bound; one file's failure never stops the batch.
// Files with the same content as an earlier one are reported as duplicates of it.
import { basename } from 'node:path'
import type { ImportProgress } from '../../shared/api'
import type { SourceDocument } from '../../shared/model/document'
import type { ReadOptions } from '../readers/index'
import type { ReadError, ReadResult } from '../readers/types'
import { expandPaths } from './expand'
import { ReadPool } from './worker-pool'

/** Progress of a batch (shared/api.ts); `current` is the full path here, the desk shows the name. */
export type { ImportProgress } from '../../shared/api'

export interface ImportOptions {
  onProgress?(p: ImportProgress): void
  /** Worker threads (default 2, the machine's cores). */
  concurrency?: number
  /** Per-file time bound (default 60 s). */
  timeoutMs?: number
  /** Per-file heap bound (default 384 MB: a report needs far less; a hostile file is stopped). */
  maxMemoryMb?: number
  readOptions?: ReadOptions
  /** Worker entry override (see worker-pool.ts). */
  workerUrl?: URL
}

export interface ImportFileResult {
  path: string
  status: 'read' | 'duplicate' | 'skipped' | 'failed'
  document?: SourceDocument
  sha256?: string
  error?: ReadError
  reason?: string
}

export async function importPaths(paths: string[], opts: ImportOptions = {}): Promise<ImportFileResult[]> {
  const plan = await expandPaths(paths)
  const results: (ImportFileResult | null)[] = plan.map((p) => (p.action === 'skip' ? { path: p.path, status: 'skipped', reason: p.reason } : null))
  const toRead = plan.map((p, i) => ({ p, i })).filter((x) => x.p.action === 'read')
  const total = toRead.length
  const size = Math.max(1, Math.min(opts.concurrency ?? 2, total || 1))
  const pool = new ReadPool({ size, timeoutMs: opts.timeoutMs ?? 60_000, maxMemoryMb: opts.maxMemoryMb ?? 384, readOptions: opts.readOptions, workerUrl: opts.workerUrl })
  const raw = new Map<number, ReadResult>()
  const started = Date.now()
  let done = 0
  let next = 0
  try {
    const lane = async (): Promise<void> => {
      while (next < toRead.length) {
        const job = toRead[next++]!
        raw.set(job.i, await pool.read(job.p.path))
        done++
        const elapsed = Date.now() - started
        opts.onProgress?.({ done, total, current: job.p.path, etaMs: done < total ? Math.round((elapsed / done) * (total - done)) : 0 })
      }
    }
    await Promise.all(Array.from({ length: size }, lane))
  } finally {
    await pool.close()
  }
  // Duplicates are judged in input order, so "the first file" is the one listed first.
  const firstByHash = new Map<string, string>()
  for (const { p, i } of toRead) {
    const r = raw.get(i)!
    if (r.ok) {
      const first = firstByHash.get(r.sha256)
      if (first) results[i] = { path: p.path, status: 'duplicate', sha256: r.sha256, reason: `与「${basename(first)}」内容相同，已跳过` }
      else {
        firstByHash.set(r.sha256, p.path)
        results[i] = { path: p.path, status: 'read', document: r.document, sha256: r.sha256 }
      }
    } else if (p.action === 'read' && p.inFolder && r.error.code === 'NOT_A_REPORT') {
      // A readable file in a folder that is not a report (a README, a notice) is skipped, not failed.
      results[i] = { path: p.path, status: 'skipped', reason: r.error.message }
    } else results[i] = { path: p.path, status: 'failed', error: r.error, ...(r.sha256 ? { sha256: r.sha256 } : {}) }
  }
  return results as ImportFileResult[]
}
