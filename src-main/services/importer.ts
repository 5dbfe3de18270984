// Adapter: the readers' import pipeline (src-main/import): files and folders → one result per file,
// read in worker threads, with progress. The fallback (fallback-import.ts: text and HTML only) is
// kept for tests that must not depend on the readers.
import { basename } from 'node:path'
import type { SourceDocument } from '../../shared/model/document'
import { importPaths as readersImportPaths } from '../import/import-paths'

export type PathStatus = 'read' | 'duplicate' | 'skipped' | 'failed'

export interface PathResult {
  path: string
  status: PathStatus
  document?: SourceDocument
  sha256?: string
  error?: { code: string; message: string }
  reason?: string
}

export interface PathProgress {
  done: number
  total: number
  /** File name being read (no folder). */
  current: string
  etaMs: number | null
}

export type ImportPathsFn = (paths: string[], options: { onProgress?: (p: PathProgress) => void }) => Promise<PathResult[]>

export const importPaths: ImportPathsFn = (paths, { onProgress }) =>
  readersImportPaths(paths, {
    onProgress: (p) => onProgress?.({ ...p, current: p.current ? basename(p.current) : '' }),
  })
