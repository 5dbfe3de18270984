// One read file → its entry in the library and the line the import list shows for it: a copy of a
// report already in the library is skipped, a document is extracted and saved, and every failure
// (the reader's, the extractor's, the disk's) becomes a Chinese reason on that file alone.
import { basename } from 'node:path'
import type { ImportFileResult, ImportOutcome } from '../../shared/api'
import type { SourceDocument } from '../../shared/model/document'
import type { Extraction } from '../../shared/model/extraction'
import type { Library } from '../library/library'
import { StorageError } from '../library/storage-errors'
import type { PathResult } from './importer'

/**
 * The extraction of a read file: the one made in the bounded read worker when the import asked for it
 * (its failure thrown as the extractor's), else the injected extractor's on `doc` (test pipelines).
 */
export function extractionOf(r: Pick<PathResult, 'extraction' | 'extractError'>, doc: SourceDocument, extract: (doc: SourceDocument) => Extraction): Extraction {
  if (r.extractError !== undefined) throw new Error(r.extractError)
  return r.extraction ?? extract(doc)
}

export async function storeRead(r: PathResult, lib: Library, extract: (doc: SourceDocument) => Extraction, sample: boolean): Promise<ImportFileResult> {
  const fileName = basename(r.path)
  const base = { path: r.path, fileName }
  if (r.status === 'duplicate' || r.status === 'skipped') {
    return { ...base, status: 'skipped', reason: r.reason ?? r.error?.message ?? '与本批中另一文件内容相同' }
  }
  if (r.status !== 'read' || !r.document || !r.sha256) {
    return { ...base, status: 'failed', reason: r.error?.message ?? r.reason ?? `「${fileName}」读取失败`, code: r.error?.code }
  }
  const existing = lib.findBySha(r.sha256)
  if (existing) return { ...base, status: 'skipped', reason: `与库中已有的「${existing.fileName}」内容相同`, reportId: existing.id }
  let extraction: Extraction
  try {
    extraction = extractionOf(r, r.document, extract)
  } catch (err) {
    return { ...base, status: 'failed', reason: `「${fileName}」解析出错：${(err as Error).message}` }
  }
  try {
    const source = r.sourceBytes ? { bytes: r.sourceBytes } : { path: r.path }
    const stored = await lib.add({ sha256: r.sha256, fileName, format: r.document.format, source, extraction, sample })
    return { ...base, status: 'imported', reportId: stored.id }
  } catch (err) {
    // Saving failed (a full disk, no permission): said as such, not as a problem of the file.
    const reason = err instanceof StorageError ? err.message : `「${fileName}」未能存入报告库：${(err as Error).message}`
    return { ...base, status: 'failed', reason, ...(err instanceof StorageError && err.code ? { code: err.code } : {}) }
  }
}

export function outcome(results: ImportFileResult[]): ImportOutcome {
  return {
    results,
    imported: results.filter((r) => r.status === 'imported').length,
    skipped: results.filter((r) => r.status === 'skipped').length,
    failed: results.filter((r) => r.status === 'failed').length,
  }
}
