// Adapter: the readers' import pipeline (src-main/import): files and folders → one result per file,
// read in worker threads, with progress. The desk takes any ImportPathsFn, so the shell tests pass a
// text-only one (tests/shell/fixtures/text-import.ts) that does not depend on the readers.
import { basename } from 'node:path'
import type { ImportProgress } from '../../shared/api'
import { importPaths as readersImportPaths, type ImportFileResult } from '../import/import-paths'

export type PathResult = ImportFileResult

/** Progress as the renderer shows it: `current` is the file name only (no folder). */
export type ImportPathsFn = (paths: string[], options: { onProgress?: (p: ImportProgress) => void; signal?: AbortSignal }) => Promise<PathResult[]>

export const importPaths: ImportPathsFn = (paths, { onProgress, signal }) =>
  readersImportPaths(paths, {
    onProgress: (p) => onProgress?.({ ...p, current: p.current ? basename(p.current) : '' }),
    signal,
  })
