// File paths → read → extract → check: the one pipeline behind `analyze`, `eval` and the app's import.
import { basename } from 'node:path'
import type { Extraction } from '../../shared/model/extraction'
import type { Flag } from '../../shared/model/flag'
import type { CheckSettings } from '../../shared/checks/settings'
import { checkAll, checkReport } from '../../shared/checks/index'
import { readBounded, type BoundedReadOptions, type ReadTarget } from '../import/read-bounded'
import type { ReadError } from '../readers/types'

export interface AnalyzedFile {
  /** The path as given. */
  file: string
  sha256?: string
  extraction?: Extraction
  flags: Flag[]
  /**
   * The flags (of `flags`) that rest on other files, not on this file alone: copies that differ, a
   * second version, last year's report, the roll-up of a government's bodies.
   */
  libraryFlags?: ReadonlySet<Flag>
  /** Page pictures read as this one report (`file` then names their folder, see cli/page-set-names.ts). */
  pictures?: number
  error?: ReadError
}

/** Reads and extracts every file, then runs all checks over them together (cross-year, roll-up). */
export async function analyzeFiles(targets: ReadTarget[], settings?: CheckSettings, bounds?: BoundedReadOptions): Promise<AnalyzedFile[]> {
  const out: AnalyzedFile[] = []
  // Read and extracted as the app's import does: worker threads with a time and memory bound per file.
  const reads = await readBounded(targets, { ...bounds, extract: true })
  for (const [k, target] of targets.entries()) {
    const file = typeof target === 'string' ? target : target.path
    const read = reads[k]!
    if (!read.ok) {
      out.push({ file, flags: [], error: read.error, ...(read.sha256 ? { sha256: read.sha256 } : {}) })
      continue
    }
    try {
      // Extracted in the read worker (one route with the app's import): a file that makes the
      // extractor run away comes back above as a time-out, like any damaged file.
      if (!read.extraction) throw new Error(read.extractError ?? '未得到分析结果')
      out.push({ file, sha256: read.sha256, extraction: read.extraction, flags: [] })
    } catch (e) {
      // The extractor must not throw; if it does, the file fails alone and the batch goes on.
      const message = `「${basename(file)}」解析时出错：${e instanceof Error ? e.message : String(e)}`
      out.push({ file, flags: [], error: { code: 'CORRUPT', message } })
    }
  }
  const inputs = out.flatMap((a, i) => (a.extraction ? [{ id: String(i), fileName: basename(a.file), extraction: a.extraction }] : []))
  // Every file's own verdicts (not those of the copy used for its report), then what the other files add.
  const flags = checkAll(inputs, settings, { verdicts: 'each-copy' })
  for (const input of inputs) {
    const a = out[Number(input.id)]!
    a.flags = flags.get(input.id) ?? []
    const own = new Set(checkReport(input, settings).map((f) => `${f.id}\u0000${f.message}`))
    a.libraryFlags = new Set(a.flags.filter((f) => !own.has(`${f.id}\u0000${f.message}`)))
  }
  return out
}
