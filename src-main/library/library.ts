// The report library in a folder (the user's data folder in the app, a temp folder in tests):
//   reports/<id>.json       one document per report (extraction, flags, source info, sample flag)
//   sources/<id>.<ext>      a copy of the source file (for re-import)
//   corrections/<key>.json  the user's corrections, apart from extracted values
//   quarantine/             corrupt documents, moved aside with a message (notes.json)
//   index.json              one summary per report, so opening does not parse every document
// Every write is atomic. A corrupt document is quarantined, never dropped silently, never fatal.
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import type { LibraryListing, QuarantineNote, ReportSummary, StoredCorrection } from '../../shared/api'
import type { SourceFormat } from '../../shared/model/document'
import type { Extraction } from '../../shared/model/extraction'
import type { Flag } from '../../shared/model/flag'
import type { Report } from '../../shared/model/report'
import type { CorrectionPath, CorrectionValue } from '../../shared/model/schema'
import { bodyKeyOf } from '../services/identity'
import { parentPlaces } from '../../shared/identity/parent-places'
import { isRevisedReport } from '../../shared/identity/copies'
import { recategorize } from '../../shared/taxonomy/recategorize'
import type { UserCategoryWords } from '../../shared/taxonomy/classify'
import { isTempFile, writeFileAtomic, type AtomicWriteHooks } from './atomic-write'
import { applyCorrections, correctionFits, correctionKeyFor, pointerOf, valueAt, type CorrectionsFile } from './corrections'
import { CorrectionsStore } from './corrections-store'
import { DocStore, type FileStamp } from './doc-store'
import { layoutOf, type LibraryLayout } from './layout'
import { mapLimit } from './pool'
import { QuarantineNotes } from './quarantine-notes'
import { StaleMark } from './stale-mark'
import { storageError } from './storage-errors'
import { reportIdFor, STORED_VERSION, type StoredReport } from './stored-report'
import { stableJson } from './stable-json'
import { summarize } from './summary'

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

interface IndexEntry extends FileStamp {
  summary: ReportSummary
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
  private readonly quarantine: QuarantineNotes
  private readonly corrections: CorrectionsStore
  private readonly docs: DocStore
  private readonly stale: StaleMark
  /** The list index: one summary per report, with its document's time and size when summarised. */
  private entries = new Map<string, IndexEntry>()
  /** Section 五 category words the user added in 设置 (every report is re-categorised with them). */
  private categoryWords: UserCategoryWords = {}

  constructor(readonly dir: string, options: LibraryOptions = {}) {
    this.layout = layoutOf(dir)
    this.bodyKey = options.bodyKey ?? bodyKeyOf
    this.now = options.now ?? (() => new Date())
    this.hooks = options.writeHooks ?? {}
    this.quarantine = new QuarantineNotes(this.layout, this.now, this.hooks)
    this.corrections = new CorrectionsStore(this.layout, this.hooks, this.quarantine)
    this.docs = new DocStore(this.layout, this.hooks, this.quarantine)
    this.stale = new StaleMark(this.layout.root, this.now, this.hooks)
  }

  // ── opening ───────────────────────────────────────────────────────────────────────────────

  /** Create the folders, read the index, reconcile it with the documents on disk. */
  async open(): Promise<OpenReport> {
    const L = this.layout
    for (const d of [L.reports, L.sources, L.corrections, L.quarantine]) await mkdir(d, { recursive: true })
    const notesBefore = await this.quarantine.load()
    await this.stale.load()
    const index = await readJson<IndexFile | null>(L.index, null)
    const known = new Map<string, IndexEntry>(index?.version === 1 ? Object.entries(index.entries) : [])
    // A damaged corrections file is set aside now; the index's summaries counted its corrections,
    // so they are all made again (rare: only after damage).
    if (await this.corrections.checkAll()) known.clear()
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
        await this.docs.setAside(id, entry?.summary.fileName, `无法读取：${(e as { code?: string }).code ?? String(e)}`)
        changed = true
        continue
      }
      if (!st.isFile()) {
        await this.docs.setAside(id, entry?.summary.fileName, st.isDirectory() ? '是一个文件夹，不是文件' : '不是普通文件')
        changed = true
        continue
      }
      if (entry && entry.mtimeMs === st.mtimeMs && entry.size === st.size) {
        this.entries.set(id, entry)
        continue
      }
      changed = true
      result.parsed++
      const stored = await this.docs.read(id, entry?.summary.fileName)
      if (stored) this.entries.set(id, await this.entryFor(stored, st))
    }
    if (known.size !== this.entries.size) changed = true
    for (const d of [L.root, L.sources, L.corrections, L.quarantine]) await cleanTemps(d)
    result.quarantined = this.quarantine.since(notesBefore)
    if (changed) await this.writeIndex()
    return result
  }

  // ── reading ───────────────────────────────────────────────────────────────────────────────

  list(): LibraryListing {
    const reports = [...this.entries.values()].map((e) => e.summary)
    return { reports, quarantined: this.quarantine.list() }
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
    const stored = await this.docs.read(id, this.entries.get(id)?.summary.fileName)
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
    const vouched = await mapLimit(ids, 16, (id) => this.docs.vouched(id, this.entries.get(id)))
    for (const [i, id] of ids.entries()) {
      const stored = vouched[i] ?? (await this.docs.read(id, this.entries.get(id)?.summary.fileName))
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

  setCategoryWords(words: UserCategoryWords): void {
    this.categoryWords = words
  }

  /** The report with the user's category words and corrections applied (corrections win). */
  async corrected(stored: StoredReport): Promise<Report> {
    const report = recategorize(stored.extraction.report, this.categoryWords)
    return applyCorrections(report, await this.correctionsOf(stored.correctionKey))
  }

  correctionsOf(key: string): Promise<StoredCorrection[]> {
    return this.corrections.entries(key)
  }

  /** Reports changed since the last check run (also after a crash between the two). */
  checksStale(): boolean {
    return this.stale.isSet()
  }

  // ── writing ───────────────────────────────────────────────────────────────────────────────

  /** Store a new report (flags empty until the next check run). Replaces one with the same hash. */
  async add(input: AddInput): Promise<StoredReport> {
    const id = reportIdFor(input.sha256)
    const ext = extname(input.fileName).toLowerCase().replace(/[^.a-z0-9]/g, '').slice(0, 9)
    const storedName = `${id}${ext.length > 1 ? ext : ''}`
    const bytes = 'bytes' in input.source ? input.source.bytes : await readFile(input.source.path)
    const what = `「${input.fileName}」`
    await this.stale.mark(what)
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
      correctionKey: this.keyFor(input.extraction, input.sha256, input.fileName),
      extraction: input.extraction,
      flags: [],
    }
    // A re-import of a report stored under an older key (before parent places and 更正版 made keys of
    // their own): its corrections come along (copied; the old file stays for the reports still on it).
    const before = this.entries.has(id) ? await this.get(id) : null
    if (before && before.correctionKey !== stored.correctionKey) await this.corrections.move(before.correctionKey, stored.correctionKey)
    try {
      await this.writeDoc(stored)
    } catch (e) {
      // Not added: the copy of its source goes too, so disk and list agree.
      if (!this.entries.has(id)) await rm(sourcePath, { force: true })
      throw storageError(e, what)
    }
    return stored
  }

  /** Put a fresh extraction (re-import, parser upgrade) in place; corrections carry over. */
  async replaceExtraction(id: string, extraction: Extraction): Promise<StoredReport | null> {
    const stored = await this.get(id)
    if (!stored) return null
    await this.stale.mark(`「${stored.source.fileName}」`)
    const key = this.keyFor(extraction, stored.source.sha256, stored.source.fileName)
    if (key !== stored.correctionKey) await this.corrections.move(stored.correctionKey, key)
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
    if (changed || this.stale.isSet()) await this.writeIndex()
    await this.stale.clear()
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.some((id) => this.entries.has(id))) await this.stale.mark('删除操作')
    for (const id of ids) {
      const entry = this.entries.get(id)
      if (!entry) continue
      const stored = await this.docs.read(id, entry.summary.fileName)
      await rm(this.docs.pathOf(id), { force: true })
      if (stored) await rm(this.sourcePath(stored), { force: true })
      this.entries.delete(id)
      this.docs.forget(id)
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
    const file = await this.corrections.file(stored.correctionKey)
    if (this.corrections.isBlocked(file.key)) throw new Error('该报告的更正文件已损坏且无法移到隔离区，为免覆盖暂不能保存更正；请查看隔离区说明')
    const pointer = pointerOf(path)
    // The change is made on a copy: the cache (what the user sees) changes only once it is on disk.
    const next: CorrectionsFile = { key: file.key, entries: { ...file.entries } }
    if (value === undefined) delete next.entries[pointer]
    else {
      if (!correctionFits(path, value)) throw new Error(`更正值与字段 ${pointer} 的类型不符`)
      const extracted = valueAt(stored.extraction.report, path)
      next.entries[pointer] = { path, value, extracted: extracted ?? null, at: this.now().toISOString() }
    }
    await this.stale.mark('更正')
    try {
      await this.corrections.save(next)
    } catch (e) {
      throw storageError(e, '更正')
    }
    try {
      // Every file on this key takes the correction (copies of one report share it): the list's
      // lines of all of them follow, or a corrected body name would leave a copy in the old series.
      const sharing = (await this.all()).filter((d) => d.id !== stored.id && d.correctionKey === stored.correctionKey)
      await this.refreshSummaries([stored, ...sharing])
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

  private keyFor(extraction: Extraction, sha256: string, fileName: string): string {
    const r = extraction.report
    const parent = parentPlaces(r.agency).at(-1)
    return correctionKeyFor(this.bodyKey(r.agency), r.year, sha256, { ...(parent ? { parent } : {}), revised: isRevisedReport(extraction, fileName) })
  }

  private async writeDoc(stored: StoredReport): Promise<void> {
    this.entries.set(stored.id, await this.entryFor(stored, await this.docs.write(stored)))
  }

  private async entryFor(stored: StoredReport, st: FileStamp): Promise<IndexEntry> {
    const corrections = await this.correctionsOf(stored.correctionKey)
    const summary = summarize(stored, applyCorrections(stored.extraction.report, corrections), corrections.length, this.bodyKey)
    return { summary, mtimeMs: st.mtimeMs, size: st.size }
  }

  private async writeIndex(): Promise<void> {
    const index: IndexFile = { version: 1, entries: Object.fromEntries(this.entries) }
    await writeFileAtomic(this.layout.index, JSON.stringify(index), this.hooks)
  }
}

async function cleanTemps(dir: string): Promise<void> {
  for (const name of await readdir(dir)) if (isTempFile(name)) await rm(join(dir, name), { force: true })
}

async function readJson<T>(path: string, fallback: T): Promise<T> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T
  } catch {
    return fallback
  }
}
