// Adapter: the readers' import pipeline (src-main/import): files and folders → one result per file,
// read in worker threads, with progress. The desk takes any ImportPathsFn, so the shell tests pass a
// text-only one (tests/shell/fixtures/text-import.ts) that does not depend on the readers.
import { basename } from 'node:path'
import type { ImportProgress } from '../../shared/api'
import { importPaths as readersImportPaths, type ImportFileResult } from '../import/import-paths'

export type PathResult = ImportFileResult

/**
 * Progress as the renderer shows it: `current` is the file name only (no folder). A result may carry
 * its extraction (made in the bounded read worker); one without is extracted by the desk's `extract`.
 * `extractNames`: the file name the extractor sees for a path, when not its own (a stored copy).
 */
export type ImportPathsFn = (
  paths: string[],
  options: { onProgress?: (p: ImportProgress) => void; signal?: AbortSignal; extractNames?: ReadonlyMap<string, string> },
) => Promise<PathResult[]>

/** The real one: read and extracted in the worker pool, under one time and heap bound per file. */
export const importPaths: ImportPathsFn = (paths, { onProgress, signal, extractNames }) =>
  readersImportPaths(paths, {
    onProgress: (p) => onProgress?.({ ...p, current: p.current ? basename(p.current) : '' }),
    signal,
    extract: true,
    ...(extractNames ? { extractNames } : {}),
  })
