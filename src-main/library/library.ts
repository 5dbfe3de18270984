// The report library in a folder (the user's data folder in the app, a temp folder in tests):
//   reports/<id>.json       one document per report (extraction, flags, source info, sample flag)
//   sources/<id>.<ext>      a copy of the source file (for re-import)
//   corrections/<key>.json  the user's corrections, apart from extracted values
//   quarantine/             corrupt documents, moved aside with a message (notes.json)
//   index.json              one summary per report, so opening does not parse every document
// Every write is atomic. A corrupt document is quarantined, never dropped silently, never fatal.
import { copyFile, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import type { LibraryListing, QuarantineNote, ReportSummary, StoredCorrection } from '../../shared/api'
import type { SourceFormat } from '../../shared/model/document'
import type { Extraction } from '../../shared/model/extraction'
import type { Flag } from '../../shared/model/flag'
import type { Report } from '../../shared/model/report'
import type { CorrectionPath, CorrectionValue } from '../../shared/model/schema'
import { bodyKeyOf } from '../services/identity'
import { recategorize } from '../../shared/taxonomy/recategorize'
import type { UserCategoryWords } from '../../shared/taxonomy/classify'
import { isTempFile, writeFileAtomic, type AtomicWriteHooks } from './atomic-write'
import {
  applyCorrections,
  correctionFileName,
  correctionFits,
  correctionKeyFor,
  pointerOf,
  valueAt,
  type CorrectionsFile,
} from './corrections'
import { readCorrectionsFile } from './corrections-file'
import { layoutOf, type LibraryLayout } from './layout'
import { readNotes } from './notes-file'
import { storageError } from './storage-errors'
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
/** Present while reports changed since the last check run: the checks are re-run on the next start. */
const STALE_MARK = 'checks-stale'

export class Library {
  readonly layout: LibraryLayout
  private readonly bodyKey: (agency: string | null) => string | null
  private readonly now: () => Date
  private readonly hooks: AtomicWriteHooks
  private entries = new Map<string, IndexEntry>()
  private notes: QuarantineNote[] = []
  private correctionCache = new Map<string, CorrectionsFile>()
  /** Reports were added or changed since the last check run (a crash between the two leaves this set). */
  private stale = false
  /** Corrections files that are damaged and could not be moved aside: never written over. */
  private blockedCorrections = new Set<string>()
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
    const notes = await readNotes(L, this.now().toISOString())
    this.notes = notes.notes
    if (notes.changed) await this.writeNotes()
    const notesBefore = notes.changed ? 0 : this.notes.length
    this.stale = await stat(join(L.root, STALE_MARK)).then(() => true, () => false)
    const index = await readJson<IndexFile | null>(L.index, null)
    const known = new Map<string, IndexEntry>(index?.version === 1 ? Object.entries(index.entries) : [])
    // A damaged corrections file is set aside now; the index's summaries counted its corrections,
    // so they are all made again (rare: only after damage).
    if (await this.checkCorrectionFiles()) known.clear()
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
      const entry = known.get(id)
      // A document replaced by a dangling link, a folder, a pipe or an unreadable file is listed
      // (moved to quarantine with a note), never fatal and never silently left out.
      let st
      try {
        st = await stat(join(L.reports, name))
      } catch (e) {
        await this.quarantine(id, entry?.summary.fileName, `无法读取：${(e as { code?: string }).code ?? String(e)}`)
        changed = true
        continue
      }
      if (!st.isFile()) {
        await this.quarantine(id, entry?.summary.fileName, st.isDirectory() ? '是一个文件夹，不是文件' : '不是普通文件')
        changed = true
        continue
      }
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
    for (const d of [L.root, L.sources, L.corrections, L.quarantine]) await this.cleanTemps(d)
    result.quarantined = this.notes.slice(notesBefore)
    if (changed) await this.writeIndex()
    return result
  }

  /** Every corrections file checked at open; a damaged one goes to quarantine. True when any did. */
  private async checkCorrectionFiles(): Promise<boolean> {
    let damaged = false
    for (const name of await readdir(this.layout.corrections)) {
      if (isTempFile(name) || !name.endsWith('.json')) continue
      const path = join(this.layout.corrections, name)
      const read = await readCorrectionsFile(path, null)
      if (!read.damaged) continue
      damaged = true
      await this.quarantineCorrections(path, read.file.key, name, read.damaged, read.partial ?? false)
      if (read.partial) await this.saveCorrections(read.file).catch(() => undefined)
    }
    return damaged
  }

  private saveCorrections(file: CorrectionsFile): Promise<void> {
    return writeFileAtomic(join(this.layout.corrections, correctionFileName(file.key)), JSON.stringify(file, null, 1), this.hooks)
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

  /** Section 五 category words the user added in 设置 (every report is re-categorised with them). */
  private categoryWords: UserCategoryWords = {}
  setCategoryWords(words: UserCategoryWords): void {
    this.categoryWords = words
  }

  /** The report with the user's category words and corrections applied (corrections win). */
  async corrected(stored: StoredReport): Promise<Report> {
    const report = recategorize(stored.extraction.report, this.categoryWords)
    return applyCorrections(report, await this.correctionsOf(stored.correctionKey))
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
    const what = `「${input.fileName}」`
    await this.markStale(what)
    const sourcePath = join(this.layout.sources, storedName)
    try {
      await writeFileAtomic(sourcePath, bytes, this.hooks)
    } catch (e) {
      throw storageError(e, what)
    }
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
    try {
      await this.writeDoc(stored)
    } catch (e) {
      // Not added: the copy of its source goes too, so disk and list agree.
      if (!this.entries.has(id)) await rm(sourcePath, { force: true })
      throw storageError(e, what)
    }
    return stored
  }

  /** Reports changed since the last check run (also after a crash between the two). */
  checksStale(): boolean {
    return this.stale
  }

  private async markStale(what: string): Promise<void> {
    if (this.stale) return
    try {
      await writeFileAtomic(join(this.layout.root, STALE_MARK), this.now().toISOString(), this.hooks)
    } catch (e) {
      throw storageError(e, what)
    }
    this.stale = true
  }

  /** Put a fresh extraction (re-import, parser upgrade) in place; corrections carry over. */
  async replaceExtraction(id: string, extraction: Extraction): Promise<StoredReport | null> {
    const stored = await this.get(id)
    if (!stored) return null
    await this.markStale(`「${stored.source.fileName}」`)
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
    // The index holds the flag counts: rewritten only when a document was (or a check run is owed).
    if (changed || this.stale) await this.writeIndex()
    if (this.stale) {
      await rm(join(this.layout.root, STALE_MARK), { force: true })
      this.stale = false
    }
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.some((id) => this.entries.has(id))) await this.markStale('删除操作')
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
    if (this.blockedCorrections.has(file.key)) throw new Error('该报告的更正文件已损坏且无法移到隔离区，为免覆盖暂不能保存更正；请查看隔离区说明')
    const pointer = pointerOf(path)
    // The change is made on a copy: the cache (what the user sees) changes only once it is on disk.
    const next: CorrectionsFile = { key: file.key, entries: { ...file.entries } }
    if (value === undefined) delete next.entries[pointer]
    else {
      if (!correctionFits(path, value)) throw new Error(`更正值与字段 ${pointer} 的类型不符`)
      const extracted = valueAt(stored.extraction.report, path)
      next.entries[pointer] = { path, value, extracted: extracted ?? null, at: this.now().toISOString() }
    }
    await this.markStale('更正')
    try {
      await this.saveCorrections(next)
    } catch (e) {
      throw storageError(e, '更正')
    }
    this.correctionCache.set(next.key, next)
    try {
      await this.refreshSummaries([stored])
    } catch {
      // The correction is saved; only the list index (a cache) could not be: drop it, so the next
      // open rebuilds it from the documents and corrections instead of trusting a stale one.
      await rm(this.layout.index, { force: true })
    }
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
    const path = join(this.layout.corrections, correctionFileName(key))
    const read = await readCorrectionsFile(path, key)
    if (read.damaged) {
      await this.quarantineCorrections(path, key, correctionFileName(key), read.damaged, read.partial ?? false)
      if (read.partial) await this.saveCorrections(read.file).catch(() => undefined)
    }
    this.correctionCache.set(key, read.file)
    return read.file
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
    } catch (e) {
      if ((e as { code?: string }).code === 'ENOENT') return null
      await this.quarantine(id, knownName, `无法读取：${(e as { code?: string }).code ?? String(e)}`)
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
    this.docs.delete(id)
    const label = knownName ? `「${knownName}」的库记录` : `库记录「${id}.json」`
    const file = `${id}-${at.replace(/[:.]/g, '-')}.json`
    try {
      await rename(join(this.layout.reports, `${id}.json`), join(this.layout.quarantine, file))
    } catch (e) {
      // It cannot even be moved: still listed (once), and left where it is.
      await this.addNote({ file: `${id}.json`, at, message: `${label}无法读取（${reason}），也无法移到隔离区（${(e as { code?: string }).code ?? '出错'}），已跳过；其余报告不受影响。` })
      return
    }
    await this.addNote({ file, at, message: `${label}已损坏（${reason}），已移到隔离区 quarantine/${file}；其余报告不受影响，可重新导入该文件。` })
  }

  /** A damaged corrections file: its bytes kept in quarantine (moved, or copied when part is still used). */
  private async quarantineCorrections(path: string, key: string, name: string, reason: string, partial: boolean): Promise<void> {
    const at = this.now().toISOString()
    const file = `corrections-${name.replace(/\.json$/, '')}-${at.replace(/[:.]/g, '-')}.json`
    try {
      if (partial) await copyFile(path, join(this.layout.quarantine, file))
      else await rename(path, join(this.layout.quarantine, file))
    } catch (e) {
      if (key) this.blockedCorrections.add(key)
      await this.addNote({ file: name, at, message: `更正文件 ${name} 已损坏（${reason}），且无法移到隔离区（${(e as { code?: string }).code ?? '出错'}）；为免覆盖，暂不能保存该报告的更正。` })
      return
    }
    const kept = partial ? '其余更正照常生效；' : '该报告的更正暂未生效，可在原文件中查看后重新录入；'
    await this.addNote({ file, at, message: `更正文件 ${name} 已损坏（${reason}），原文件已保留到隔离区 quarantine/${file}；${kept}其余报告不受影响。` })
  }

  private async addNote(note: QuarantineNote): Promise<void> {
    if (this.notes.some((n) => n.file === note.file && n.message === note.message)) return
    this.notes.push(note)
    await this.writeNotes()
  }

  /** Notes are written best-effort: when the disk refuses, they are still listed in this session. */
  private async writeNotes(): Promise<void> {
    await writeFileAtomic(this.layout.quarantineNotes, JSON.stringify(this.notes, null, 1), this.hooks).catch(() => undefined)
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
