// The report library in a folder (the user's data folder in the app, a temp folder in tests):
//   reports/<id>.json       one document per report (extraction, flags, source info, sample flag)
//   sources/<id>.<ext>      a copy of the source file (for re-import)
//   corrections/<key>.json  the user's corrections, apart from extracted values
//   quarantine/             corrupt documents, moved aside with a message (notes.json)
//   index.json              one summary per report, so opening does not parse every document
// Every write is atomic. A corrupt document is quarantined, never dropped silently, never fatal.
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import type { LibraryListing, QuarantineNote, ReportSummary, StoredCorrection } from '../../shared/api'
import type { SourceFormat } from '../../shared/model/document'
import type { Extraction } from '../../shared/model/extraction'
import type { Flag } from '../../shared/model/flag'
import type { Report } from '../../shared/model/report'
import type { CorrectionPath, CorrectionValue } from '../../shared/model/schema'
import { bodyKeyOf } from '../services/identity'
import { isTempFile, writeFileAtomic, type AtomicWriteHooks } from './atomic-write'
import {
  applyCorrections,
  correctionFileName,
  correctionFits,
  correctionKeyFor,
  parseCorrectionsFile,
  pointerOf,
  valueAt,
  type CorrectionsFile,
} from './corrections'
import { layoutOf, type LibraryLayout } from './layout'
import { parseStoredReport, reportIdFor, STORED_VERSION, type StoredReport } from './stored-report'
import { summarize } from './summary'
import { decodeDoc, encodeDoc } from './doc-codec'
import { mapLimit } from './pool'
import { stableJson } from './stable-json'

export interface LibraryOptions {
  bodyKey?: (agency: string | null) => string | null
  now?: () => Date
  /** Test seam for crash simulation. */
  writeHooks?: AtomicWriteHooks
}

export interface AddInput {
  sha256: string
  fileName: string
  format: SourceFormat
  /** The source file to copy into the library (or its bytes). */
  source: { path: string } | { bytes: Uint8Array }
  extraction: Extraction
  sample?: boolean
}

interface IndexEntry {
  summary: ReportSummary
  mtimeMs: number
  size: number
}
interface IndexFile {
  version: 1
  entries: Record<string, IndexEntry>
}

export interface OpenReport {
  /** Documents read in full because the index did not vouch for them. */
  parsed: number
  /** Documents moved to quarantine now. */
  quarantined: QuarantineNote[]
}

const DOC_NAME = /^([0-9a-f]{16,64})\.json$/

export class Library {
  readonly layout: LibraryLayout
  private readonly bodyKey: (agency: string | null) => string | null
  private readonly now: () => Date
  private readonly hooks: AtomicWriteHooks
  private entries = new Map<string, IndexEntry>()
  private notes: QuarantineNote[] = []
  private correctionCache = new Map<string, CorrectionsFile>()
  /** Documents as last written or read, with the file's time and size then (re-checks read them all). */
  private docs = new Map<string, { doc: StoredReport; mtimeMs: number; size: number }>()

  constructor(readonly dir: string, options: LibraryOptions = {}) {
    this.layout = layoutOf(dir)
    this.bodyKey = options.bodyKey ?? bodyKeyOf
    this.now = options.now ?? (() => new Date())
    this.hooks = options.writeHooks ?? {}
  }

  // ── opening ───────────────────────────────────────────────────────────────────────────────

  /** Create the folders, read the index, reconcile it with the documents on disk. */
  async open(): Promise<OpenReport> {
    const L = this.layout
    for (const d of [L.reports, L.sources, L.corrections, L.quarantine]) await mkdir(d, { recursive: true })
    this.notes = await readJson<QuarantineNote[]>(L.quarantineNotes, [])
    const notesBefore = this.notes.length
    const index = await readJson<IndexFile | null>(L.index, null)
    const known = new Map<string, IndexEntry>(index?.version === 1 ? Object.entries(index.entries) : [])
    this.entries = new Map()
    const result: OpenReport = { parsed: 0, quarantined: [] }
    let changed = !index

    for (const name of await readdir(L.reports)) {
      if (isTempFile(name)) {
        // A write that crashed before its rename: the target still holds the previous version.
        await rm(join(L.reports, name), { force: true })
        continue
      }
      const m = DOC_NAME.exec(name)
      if (!m) continue
      const id = m[1]!
      const st = await stat(join(L.reports, name))
      const entry = known.get(id)
      if (entry && entry.mtimeMs === st.mtimeMs && entry.size === st.size) {
        this.entries.set(id, entry)
        continue
      }
      changed = true
      result.parsed++
      const stored = await this.readDoc(id, entry?.summary.fileName)
      if (stored) this.entries.set(id, await this.entryFor(stored, st))
    }
    if (known.size !== this.entries.size) changed = true
    await this.cleanTemps(L.sources)
    await this.cleanTemps(L.corrections)
    result.quarantined = this.notes.slice(notesBefore)
    if (changed) await this.writeIndex()
    return result
  }

  private async cleanTemps(dir: string): Promise<void> {
    for (const name of await readdir(dir)) if (isTempFile(name)) await rm(join(dir, name), { force: true })
  }

  // ── reading ───────────────────────────────────────────────────────────────────────────────

  list(): LibraryListing {
    const reports = [...this.entries.values()].map((e) => e.summary)
    return { reports, quarantined: [...this.notes] }
  }

  summary(id: string): ReportSummary | undefined {
    return this.entries.get(id)?.summary
  }

  ids(): string[] {
    return [...this.entries.keys()]
  }

  /** The report already stored for this source hash, if any. */
  findBySha(sha256: string): ReportSummary | undefined {
    return this.entries.get(reportIdFor(sha256))?.summary
  }

  /** The full document, or null when absent or corrupt (then quarantined). */
  async get(id: string): Promise<StoredReport | null> {
    if (!this.entries.has(id)) return null
    const stored = await this.readDoc(id, this.entries.get(id)?.summary.fileName)
    if (!stored) {
      this.entries.delete(id)
      await this.writeIndex()
    }
    return stored
  }

  /** Every readable document (corrupt ones are quarantined on the way). */
  async all(): Promise<StoredReport[]> {
    const out: StoredReport[] = []
    let lost = false
    const ids = this.ids()
    // Thousands of documents: their checks against disk run several at a time.
    const vouched = await mapLimit(ids, 16, (id) => this.vouchedDoc(id))
    for (const [i, id] of ids.entries()) {
      const stored = vouched[i] ?? (await this.readDoc(id, this.entries.get(id)?.summary.fileName))
      if (stored) out.push(stored)
      else {
        this.entries.delete(id)
        lost = true
      }
    }
    if (lost) await this.writeIndex()
    return out
  }

  sourcePath(stored: StoredReport): string {
    return join(this.layout.sources, stored.source.storedName)
  }

  /** The report with the user's corrections applied. */
  async corrected(stored: StoredReport): Promise<Report> {
    return applyCorrections(stored.extraction.report, await this.correctionsOf(stored.correctionKey))
  }

  async correctionsOf(key: string): Promise<StoredCorrection[]> {
    return Object.values((await this.correctionsFile(key)).entries)
  }

  // ── writing ───────────────────────────────────────────────────────────────────────────────

  /** Store a new report (flags empty until the next check run). Replaces one with the same hash. */
  async add(input: AddInput): Promise<StoredReport> {
    const id = reportIdFor(input.sha256)
    const ext = extname(input.fileName).toLowerCase().replace(/[^.a-z0-9]/g, '').slice(0, 9)
    const storedName = `${id}${ext.length > 1 ? ext : ''}`
    const bytes = 'bytes' in input.source ? input.source.bytes : await readFile(input.source.path)
    await writeFileAtomic(join(this.layout.sources, storedName), bytes, this.hooks)
    const stored: StoredReport = {
      version: STORED_VERSION,
      id,
      sample: input.sample ?? false,
      source: {
        fileName: input.fileName,
        format: input.format,
        sha256: input.sha256,
        storedName,
        importedAt: this.now().toISOString(),
      },
      correctionKey: this.keyFor(input.extraction, input.sha256),
      extraction: input.extraction,
      flags: [],
    }
    await this.writeDoc(stored)
    return stored
  }

  /** Put a fresh extraction (re-import, parser upgrade) in place; corrections carry over. */
  async replaceExtraction(id: string, extraction: Extraction): Promise<StoredReport | null> {
    const stored = await this.get(id)
    if (!stored) return null
    const key = this.keyFor(extraction, stored.source.sha256)
    if (key !== stored.correctionKey) await this.moveCorrections(stored.correctionKey, key)
    const next: StoredReport = { ...stored, extraction, correctionKey: key }
    await this.writeDoc(next)
    return next
  }

  /** Save the flags of a check run; rewrites only documents whose flags changed. */
  async setFlags(flagsById: ReadonlyMap<string, Flag[]>, docs?: StoredReport[]): Promise<void> {
    const list = docs ?? (await this.all())
    let changed = false
    for (const stored of list) {
      const flags = flagsById.get(stored.id) ?? []
      // Compared whatever the key order (stored flags come back through the schema, reordered):
      // an unchanged report is never rewritten.
      if (stableJson(flags) === stableJson(stored.flags)) continue
      await this.writeDoc({ ...stored, flags })
      changed = true
    }
    // The index holds the flag counts: rewritten only when a document was.
    if (changed) await this.writeIndex()
  }

  async remove(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      const entry = this.entries.get(id)
      if (!entry) continue
      const stored = await this.readDoc(id, entry.summary.fileName)
      await rm(join(this.layout.reports, `${id}.json`), { force: true })
      if (stored) await rm(this.sourcePath(stored), { force: true })
      this.entries.delete(id)
      this.docs.delete(id)
    }
    // Corrections are kept on purpose: importing the same body and year again brings them back.
    await this.writeIndex()
  }

  /**
   * Set (or with `value === undefined`, remove) a correction of one field of a report.
   * Throws with a Chinese message when the value does not fit the field.
   */
  async correct(id: string, path: CorrectionPath, value: CorrectionValue | undefined): Promise<StoredReport> {
    const stored = await this.get(id)
    if (!stored) throw new Error('报告不存在或已被移除')
    const file = await this.correctionsFile(stored.correctionKey)
    const pointer = pointerOf(path)
    if (value === undefined) delete file.entries[pointer]
    else {
      if (!correctionFits(path, value)) throw new Error(`更正值与字段 ${pointer} 的类型不符`)
      const extracted = valueAt(stored.extraction.report, path)
      file.entries[pointer] = { path, value, extracted: extracted ?? null, at: this.now().toISOString() }
    }
    await writeFileAtomic(join(this.layout.corrections, correctionFileName(file.key)), JSON.stringify(file, null, 1), this.hooks)
    this.correctionCache.set(file.key, file)
    await this.refreshSummaries([stored])
    return stored
  }

  /** Recompute summaries (after corrections changed) for these documents. */
  async refreshSummaries(docs: readonly StoredReport[]): Promise<void> {
    for (const stored of docs) {
      const entry = this.entries.get(stored.id)
      if (!entry) continue
      const corrections = await this.correctionsOf(stored.correctionKey)
      entry.summary = summarize(stored, applyCorrections(stored.extraction.report, corrections), corrections.length, this.bodyKey)
    }
    await this.writeIndex()
  }

  /** Write the list index now (after a batch of adds). */
  flush(): Promise<void> {
    return this.writeIndex()
  }

  // ── internals ─────────────────────────────────────────────────────────────────────────────

  private keyFor(extraction: Extraction, sha256: string): string {
    const r = extraction.report
    return correctionKeyFor(this.bodyKey(r.agency), r.year, sha256)
  }

  private async correctionsFile(key: string): Promise<CorrectionsFile> {
    const cached = this.correctionCache.get(key)
    if (cached) return cached
    const value = parseCorrectionsFile(await readJson<unknown>(join(this.layout.corrections, correctionFileName(key)), null), key)
    this.correctionCache.set(key, value)
    return value
  }

  private async moveCorrections(from: string, to: string): Promise<void> {
    const old = await this.correctionsFile(from)
    const target = await this.correctionsFile(to)
    if (Object.keys(old.entries).length === 0 || Object.keys(target.entries).length > 0) return
    const moved: CorrectionsFile = { key: to, entries: old.entries }
    await writeFileAtomic(join(this.layout.corrections, correctionFileName(to)), JSON.stringify(moved, null, 1), this.hooks)
    this.correctionCache.set(to, moved)
  }

  private async writeDoc(stored: StoredReport): Promise<void> {
    const path = join(this.layout.reports, `${stored.id}.json`)
    await writeFileAtomic(path, encodeDoc(JSON.stringify(stored)), this.hooks)
    const st = await stat(path)
    this.entries.set(stored.id, await this.entryFor(stored, st))
    this.docs.set(stored.id, { doc: stored, mtimeMs: st.mtimeMs, size: st.size })
  }

  private async entryFor(stored: StoredReport, st: { mtimeMs: number; size: number }): Promise<IndexEntry> {
    const corrections = await this.correctionsOf(stored.correctionKey)
    const summary = summarize(stored, applyCorrections(stored.extraction.report, corrections), corrections.length, this.bodyKey)
    return { summary, mtimeMs: st.mtimeMs, size: st.size }
  }

  /**
   * A document the index vouches for (same size and time as when it was validated), parsed without
   * validating it again, or kept from the last read: re-checking a library of thousands of reports
   * reads them all. Null otherwise (then readDoc validates it, or quarantines it).
   */
  private async vouchedDoc(id: string): Promise<StoredReport | null> {
    const entry = this.entries.get(id)
    // Written or read by this library since it opened, and not changed since: no disk access at all.
    const known = this.docs.get(id)
    if (entry && known && known.mtimeMs === entry.mtimeMs && known.size === entry.size) return known.doc
    const path = join(this.layout.reports, `${id}.json`)
    try {
      const st = await stat(path)
      if (!entry || entry.mtimeMs !== st.mtimeMs || entry.size !== st.size) return null
      const cached = this.docs.get(id)
      if (cached && cached.mtimeMs === st.mtimeMs && cached.size === st.size) return cached.doc
      const data = JSON.parse(decodeDoc(await readFile(path))) as StoredReport
      if (data.id !== id || data.version !== STORED_VERSION) return null
      this.docs.set(id, { doc: data, mtimeMs: st.mtimeMs, size: st.size })
      return data
    } catch {
      return null
    }
  }

  /** Read and validate one document; a corrupt one goes to quarantine and null is returned. */
  private async readDoc(id: string, knownName?: string): Promise<StoredReport | null> {
    const path = join(this.layout.reports, `${id}.json`)
    let bytes: Buffer
    try {
      bytes = await readFile(path)
    } catch {
      return null
    }
    try {
      const stored = parseStoredReport(decodeDoc(bytes))
      if (stored.id !== id) throw new Error(`编号与文件名不符（${stored.id}）`)
      return stored
    } catch (err) {
      await this.quarantine(id, knownName, (err as Error).message)
      return null
    }
  }

  private async quarantine(id: string, knownName: string | undefined, reason: string): Promise<void> {
    const at = this.now().toISOString()
    const file = `${id}-${at.replace(/[:.]/g, '-')}.json`
    this.docs.delete(id)
    await rename(join(this.layout.reports, `${id}.json`), join(this.layout.quarantine, file))
    const label = knownName ? `「${knownName}」的库记录` : `库记录「${id}.json」`
    const note: QuarantineNote = {
      file,
      at,
      message: `${label}已损坏（${reason}），已移到隔离区 quarantine/${file}；其余报告不受影响，可重新导入该文件。`,
    }
    this.notes.push(note)
    await writeFileAtomic(this.layout.quarantineNotes, JSON.stringify(this.notes, null, 1), this.hooks)
  }

  private async writeIndex(): Promise<void> {
    const index: IndexFile = { version: 1, entries: Object.fromEntries(this.entries) }
    await writeFileAtomic(this.layout.index, JSON.stringify(index), this.hooks)
  }
}

async function readJson<T>(path: string, fallback: T): Promise<T> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T
  } catch {
    return fallback
  }
}
