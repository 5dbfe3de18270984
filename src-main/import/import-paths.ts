// importPaths: files and folders → one result per file, in input order. Reads run in worker threads
// (a small pool), each with a time and memory bound; one file's failure never stops the batch.
// Files with the same content as another are reported as duplicates of the one kept (copy-names.ts).
import { basename } from 'node:path'
import type { ImportProgress } from '../../shared/api'
import type { SourceDocument } from '../../shared/model/document'
import type { Extraction } from '../../shared/model/extraction'
import type { ReadError, ReadResult } from '../readers/types'
import { originalOf } from './copy-names'
import { expandPaths, readTarget } from './expand'
import { readBounded, type BoundedReadOptions } from './read-bounded'

/** Progress of a batch (shared/api.ts); `current` is the full path here, the desk shows the name. */
export type { ImportProgress } from '../../shared/api'

export interface ImportOptions extends BoundedReadOptions {
  onProgress?(p: ImportProgress): void
}

export interface ImportFileResult {
  path: string
  status: 'read' | 'duplicate' | 'skipped' | 'failed'
  document?: SourceDocument
  sha256?: string
  error?: ReadError
  reason?: string
  /** What the library keeps for this report when it is not the file at `path` (page pictures put into one PDF). */
  sourceBytes?: Uint8Array
  /** The document's extraction, made in the read worker (with `extract`), or why the extractor failed. */
  extraction?: Extraction
  extractError?: string
}


export async function importPaths(paths: string[], opts: ImportOptions = {}): Promise<ImportFileResult[]> {
  const plan = await expandPaths(paths)
  const results: (ImportFileResult | null)[] = plan.map((p) =>
    p.action === 'read' ? null : p.unreadable ? { path: p.path, status: 'failed', error: { code: 'UNREADABLE', message: p.reason } } : { path: p.path, status: 'skipped', reason: p.reason },
  )
  const toRead = plan.map((p, i) => ({ p, i })).filter((x) => x.p.action === 'read')
  const total = toRead.length
  const started = Date.now()
  let done = 0
  const read = await readBounded(
    toRead.map((x) => readTarget(x.p)),
    {
      ...opts,
      // A scan's pages, as the OCR reads them: the file count stays, the page count moves.
      onOcrProgress: (path, pages, ofPages) => {
        const elapsed = Date.now() - started
        opts.onProgress?.({ done, total, current: path, etaMs: done > 0 ? Math.round((elapsed / done) * (total - done)) : null, ocrPages: { done: pages, total: ofPages } })
      },
    },
    (k) => {
      done++
      const elapsed = Date.now() - started
      opts.onProgress?.({ done, total, current: toRead[k]!.p.path, etaMs: done < total ? Math.round((elapsed / done) * (total - done)) : 0 })
    },
  )
  const raw = new Map<number, ReadResult>(toRead.map((x, k) => [x.i, read[k]!]))
  // Of files with the same content the one kept is the first in input order whose name does not say
  // it is a copy (「副本」「 (1)」); the others are its duplicates.
  const byHash = new Map<string, string[]>()
  for (const { p, i } of toRead) {
    const r = raw.get(i)!
    if (r.ok) byHash.set(r.sha256, [...(byHash.get(r.sha256) ?? []), p.path])
  }
  const kept = new Map([...byHash].map(([hash, paths]) => [hash, originalOf(paths)!]))
  for (const { p, i } of toRead) {
    const r = raw.get(i)!
    if (r.ok) {
      const original = kept.get(r.sha256)!
      if (original !== p.path) results[i] = { path: p.path, status: 'duplicate', sha256: r.sha256, reason: `与「${basename(original)}」内容相同，已跳过` }
      else
        results[i] = {
          path: p.path,
          status: 'read',
          document: r.document,
          sha256: r.sha256,
          ...(r.sourceBytes ? { sourceBytes: r.sourceBytes } : {}),
          ...(r.extraction ? { extraction: r.extraction } : {}),
          ...(r.extractError !== undefined ? { extractError: r.extractError } : {}),
        }
    } else if (r.error.code === 'CANCELLED') {
      results[i] = { path: p.path, status: 'skipped', reason: r.error.message }
    } else if (p.action === 'read' && p.inFolder && r.error.code === 'NOT_A_REPORT') {
      // A readable file in a folder that is not a report (a README, a notice) is skipped, not failed.
      results[i] = { path: p.path, status: 'skipped', reason: r.error.message }
    } else results[i] = { path: p.path, status: 'failed', error: r.error, ...(r.sha256 ? { sha256: r.sha256 } : {}) }
  }
  return results as ImportFileResult[]
}
