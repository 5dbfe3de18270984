// The desk's operations, one method per bridge call: import, list, remove, re-import, corrections,
// settings, samples. Electron-free (dialogs and events come in as interfaces) so tests and the
// end-to-end harness run the same code the app runs.
import { access, readdir, writeFile } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join } from 'node:path'
import type {
  AnalysisItem,
  BriefingRequest,
  DeskEvent,
  ImportFileResult,
  ImportOutcome,
  LibraryListing,
  ReportDetail,
  ScanCrop,
} from '../../shared/api'
import type { SourceDocument } from '../../shared/model/document'
import type { Extraction } from '../../shared/model/extraction'
import type { AppSettings, CorrectionPath, CorrectionValue, SettingsPatch } from '../../shared/model/schema'
import type { Library } from '../library/library'
import type { StoredReport } from '../library/stored-report'
import type { CheckAllFn } from './checks'
import type { ImportPathsFn } from './importer'
import type { SettingsStore } from './settings'
import { savePngDataUrl, type ChartClipboard } from '../export/chart-png'
import { writeExportFile } from '../export/output-file'
import { safeFileName } from '../library/file-name'
import { isStorageFailure, StorageError } from '../library/storage-errors'
import { analysisItems, briefingPptx, briefingXlsx } from './analysis'
import { mapLimit } from '../library/pool'
import { copyRoles, withCopyRoles } from '../library/copy-roles'
import { readCopyChoices, writeCopyChoices } from '../library/copy-choice'
import { ScanCrops } from './scan-crops'
import { extractionOf, outcome, storeRead } from './store-read'

export interface Dialogs {
  openFiles(defaultPath: string | null): Promise<string[]>
  openFolder(defaultPath: string | null): Promise<string[]>
  /** Save dialog for an export (analysis views); the chosen path or null when cancelled. */
  saveFile?(defaultName: string, kind: 'png' | 'pptx' | 'xlsx', defaultPath: string | null): Promise<string | null>
}

export interface DeskServiceOptions {
  library: Library
  settings: SettingsStore
  dialogs: Dialogs
  /** Folder of the bundled sample reports. */
  samplesDir: string | null
  emit?: (event: DeskEvent) => void
  /** The reading, extraction and checking steps (pipeline.ts has the real ones). */
  pipeline: Pipeline
  /** Puts a chart picture on the clipboard (Electron's; absent in tests). */
  clipboard?: ChartClipboard
}

export interface Pipeline {
  importPaths: ImportPathsFn
  extract: (doc: SourceDocument) => Extraction
  checkAll: CheckAllFn
}

const SEEDED_MARK = '.samples-seeded'

export class DeskService {
  private readonly o: Required<Omit<DeskServiceOptions, 'samplesDir' | 'pipeline' | 'clipboard'>> &
    Pipeline & { samplesDir: string | null; clipboard?: ChartClipboard }
  private queue: Promise<unknown> = Promise.resolve()

  constructor(options: DeskServiceOptions) {
    this.o = { emit: () => undefined, ...options, ...options.pipeline }
  }

  /** Run operations one at a time (an import and a remove must not interleave). */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn)
    this.queue = run.catch(() => undefined)
    return run
  }

  // ── start-up ──────────────────────────────────────────────────────────────────────────────

  /**
   * Open the library; on the very first start, seed it with the bundled samples. Calls made
   * meanwhile wait for the library to be open (reads) or for the seeding (writes).
   */
  start(): Promise<void> {
    this.o.library.setCategoryWords(this.o.settings.get().categoryWords)
    this.opened = this.o.library.open()
    return this.serial(async () => {
      await this.opened
      // Reports added or changed just before a crash have not been checked: check them now.
      if (this.o.library.checksStale()) await this.recheckOrLeaveStale()
      const mark = join(this.o.library.dir, SEEDED_MARK)
      const seeded = await access(mark).then(() => true, () => false)
      if (!seeded && this.o.samplesDir) {
        await this.importInternal(await sampleFiles(this.o.samplesDir), true)
        await writeFile(mark, new Date().toISOString())
      }
    })
  }

  private opened: Promise<unknown> = Promise.resolve()

  // ── library ───────────────────────────────────────────────────────────────────────────────

  /** The list, each file with its place among the copies of its report (used, copy, earlier version). */
  async list(): Promise<LibraryListing> {
    await this.opened
    const listing = this.o.library.list()
    return { ...listing, reports: withCopyRoles(listing.reports, await this.copyChoices()) }
  }

  /** Use this copy for its report instead of the best-read one (or the copy chosen before). */
  useCopy(id: string): Promise<LibraryListing> {
    return this.serial(async () => {
      const lib = this.o.library
      if (!lib.summary(id)) throw new Error('报告不存在或已被移除')
      const preferred = await this.copyChoices()
      const roles = copyRoles(lib.list().reports, preferred)
      const report = roles.get(id)!.usedId
      // One choice per report: the copies of the same report give up theirs.
      for (const [other, role] of roles) if (role.usedId === report) preferred.delete(other)
      preferred.add(id)
      await writeCopyChoices(lib.dir, preferred)
      await this.recheck()
      this.o.emit({ type: 'library:changed' })
      return this.list()
    })
  }

  private preferred: Set<string> | null = null
  private async copyChoices(): Promise<Set<string>> {
    this.preferred ??= await readCopyChoices(this.o.library.dir)
    return this.preferred
  }

  import(paths: string[]): Promise<ImportOutcome> {
    return this.serial(() => this.importInternal(paths, false))
  }

  /** The import reading now, to cancel (not queued: it must reach the import while it runs). */
  private reading: AbortController | null = null

  /** Cancel the import running now: files in flight stop (their OCR process too), the rest are not
   *  read; what was read before is saved as usual. False when no import was running. */
  async cancelImport(): Promise<boolean> {
    if (!this.reading) return false
    this.reading.abort()
    return true
  }

  remove(ids: string[]): Promise<LibraryListing> {
    return this.serial(() => this.removeInternal(ids))
  }

  /** The samples are listed in the queue, after any seeding still running (and once the library is open). */
  removeSamples(): Promise<LibraryListing> {
    return this.serial(() => this.removeInternal(this.o.library.list().reports.filter((r) => r.sample).map((r) => r.id)))
  }

  restoreSamples(): Promise<LibraryListing> {
    return this.serial(async () => {
      if (this.o.samplesDir) await this.importInternal(await sampleFiles(this.o.samplesDir), true)
      return this.list()
    })
  }

  /** Read the stored source copies again with the current readers and extractor. */
  reimport(ids: string[]): Promise<ImportOutcome> {
    return this.serial(async () => {
      const results: ImportFileResult[] = []
      for (const id of ids) {
        const stored = await this.o.library.get(id)
        if (!stored) {
          results.push({ path: id, fileName: id, status: 'failed', reason: '报告不存在或库记录已损坏' })
          continue
        }
        const source = this.o.library.sourcePath(stored)
        const fileName = stored.source.fileName
        // The extractor sees the user's file name, not the stored copy's hash name.
        const [read] = await this.o.importPaths([source], { extractNames: new Map([[source, fileName]]) })
        if (!read || read.status !== 'read' || !read.document) {
          // The copy is stored under an internal hash name: the message names the user's file instead.
          const reason = (read?.error?.message ?? read?.reason ?? '重新读取失败').split(basename(source)).join(fileName)
          results.push({ path: fileName, fileName, status: 'failed', reason, code: read?.error?.code })
          continue
        }
        try {
          const extraction = extractionOf(read, { ...read.document, fileName }, this.o.extract)
          await this.o.library.replaceExtraction(id, extraction)
          results.push({ path: fileName, fileName, status: 'imported', reportId: id })
        } catch (err) {
          results.push({ path: fileName, fileName, status: 'failed', reason: `「${fileName}」解析出错：${(err as Error).message}` })
        }
      }
      await this.recheck()
      this.o.emit({ type: 'library:changed' })
      return outcome(results)
    })
  }

  // ── one report ────────────────────────────────────────────────────────────────────────────

  async get(id: string): Promise<ReportDetail | null> {
    await this.opened
    const stored = await this.o.library.get(id)
    if (!stored) return null
    return this.detail(stored)
  }

  correct(id: string, path: CorrectionPath, value: CorrectionValue | undefined): Promise<ReportDetail> {
    return this.serial(async () => {
      await this.o.library.correct(id, path, value)
      // The correction is saved; a check run the disk refuses does not undo it (re-run on next start).
      await this.recheckOrLeaveStale()
      this.o.emit({ type: 'library:changed' })
      const stored = await this.o.library.get(id)
      if (!stored) throw new Error('报告不存在或已被移除')
      return this.detail(stored)
    })
  }

  private readonly crops = new ScanCrops()

  /** End the process that cuts scan crops (it also ends itself after a minute without requests). */
  closeHelpers(): void {
    this.crops.close()
  }

  /** The crop of the stored scan a value read by OCR came from (null when it was not read by OCR). */
  async scanCrop(id: string, field: string): Promise<ScanCrop | null> {
    await this.opened
    const stored = await this.o.library.get(id)
    const scan = stored && Object.hasOwn(stored.extraction.provenance, field) ? stored.extraction.provenance[field]?.loc.scan : undefined
    if (!stored || !scan) return null
    return this.crops.crop(this.o.library.sourcePath(stored), stored.source.sha256, scan, stored.source.format === 'html')
  }

  // ── analysis views ────────────────────────────────────────────────────────────────────────

  /** The reports the views count: one per body and year (the copy used), never its other copies. */
  async items(): Promise<AnalysisItem[]> {
    await this.opened
    const roles = copyRoles(this.o.library.list().reports, await this.copyChoices())
    return analysisItems(this.o.library, (id) => roles.get(id)?.role === 'used')
  }

  async savePng(dataUrl: string, name: string): Promise<string | null> {
    const path = await this.askSavePath(`${safeFileName(name)}.png`, 'png')
    return path === null ? null : savePngDataUrl(dataUrl, path)
  }

  async copyPng(dataUrl: string): Promise<void> {
    if (!this.o.clipboard) throw new Error('此环境不支持复制图片到剪贴板')
    await this.o.clipboard.copyPng(dataUrl)
  }

  async exportBriefing(kind: 'pptx' | 'xlsx', req: BriefingRequest): Promise<string | null> {
    const items = await this.items()
    const name = safeFileName(`${req.agency ?? (req.bodiesYear !== undefined ? `${req.bodiesYear}年各机关` : '政务公开年报')}${kind === 'pptx' ? '简报' : '数据'}.${kind}`)
    const buffer = kind === 'pptx' ? await briefingPptx(items, req) : await briefingXlsx(items, req)
    const path = await this.askSavePath(name, kind)
    if (path === null) return null
    await writeExportFile(path, kind, buffer)
    return path
  }

  private async askSavePath(name: string, kind: 'png' | 'pptx' | 'xlsx'): Promise<string | null> {
    if (!this.o.dialogs.saveFile) throw new Error('此环境不支持保存文件')
    const last = this.o.settings.get().lastFolder
    return this.o.dialogs.saveFile(name, kind, last ? join(last, name) : name)
  }

  // ── settings ──────────────────────────────────────────────────────────────────────────────

  getSettings(): AppSettings {
    return this.o.settings.get()
  }

  setSettings(patch: SettingsPatch): Promise<AppSettings> {
    return this.serial(async () => {
      const before = JSON.stringify([this.o.settings.get().checks, this.o.settings.get().categoryWords])
      const next = await this.o.settings.set(patch)
      // New category words re-categorise every report (Library.corrected), so the checks run again.
      this.o.library.setCategoryWords(next.categoryWords)
      if (JSON.stringify([next.checks, next.categoryWords]) !== before) {
        await this.recheck()
        this.o.emit({ type: 'library:changed' })
      }
      return next
    })
  }

  // ── dialogs ───────────────────────────────────────────────────────────────────────────────

  async openFiles(): Promise<string[]> {
    const paths = await this.o.dialogs.openFiles(this.o.settings.get().lastFolder)
    this.grantDropped(paths)
    return this.remember(paths, paths[0] && dirname(paths[0]))
  }

  async openFolder(): Promise<string[]> {
    const paths = await this.o.dialogs.openFolder(this.o.settings.get().lastFolder)
    this.grantDropped(paths)
    return this.remember(paths, paths[0])
  }

  /** Paths the user chose (dialog, drop) since the app started: the only ones `library:import` takes. */
  private readonly chosen = new Set<string>()

  grantDropped(paths: readonly string[]): void {
    for (const p of paths) if (isAbsolute(p)) this.chosen.add(p)
  }

  isChosenPath(path: string): boolean {
    return isAbsolute(path) && this.chosen.has(path)
  }

  /** Keep the folder the user picked from: the next open and save dialogs start there. */
  private async remember(paths: string[], folder: string | undefined): Promise<string[]> {
    if (folder) await this.o.settings.set({ lastFolder: folder })
    return paths
  }

  // ── internals ─────────────────────────────────────────────────────────────────────────────

  private async removeInternal(ids: string[]): Promise<LibraryListing> {
    await this.o.library.remove(ids)
    await this.recheck()
    this.o.emit({ type: 'library:changed' })
    return this.list()
  }

  private async importInternal(paths: string[], sample: boolean): Promise<ImportOutcome> {
    const lib = this.o.library
    const reading = new AbortController()
    this.reading = reading
    let read: Awaited<ReturnType<ImportPathsFn>>
    try {
      read = await this.o.importPaths(paths, {
        onProgress: (p) => this.o.emit({ type: 'import:progress', progress: p }),
        signal: reading.signal,
      })
    } finally {
      if (this.reading === reading) this.reading = null
    }
    // Several files in flight: their library writes share the disk's flushes (see pool.ts).
    const results = await mapLimit(read, 8, (r) => storeRead(r, lib, this.o.extract, sample))
    if (results.some((r) => r.status === 'imported')) await this.recheckOrLeaveStale()
    this.o.emit({ type: 'library:changed' })
    return outcome(results)
  }

  /**
   * Re-check after reports were saved. When the flags cannot be stored (disk full), what was saved
   * stays saved and the library stays marked stale, so the checks run again on the next start.
   */
  private async recheckOrLeaveStale(): Promise<void> {
    try {
      await this.recheck()
    } catch (err) {
      if (!(err instanceof StorageError) && !isStorageFailure(err)) throw err
      console.warn(`[desk] 检查结果未能保存，下次启动时将重新检查：${(err as Error).message}`)
    }
  }

  /** Run the checks over the whole library (corrected reports) and store the flags. */
  private async recheck(): Promise<void> {
    const lib = this.o.library
    const docs = await lib.all()
    const inputs = await Promise.all(
      docs.map(async (d) => ({ id: d.id, fileName: d.source.fileName, extraction: { ...d.extraction, report: await lib.corrected(d) } })),
    )
    const flags = this.o.checkAll(inputs, this.o.settings.get().checks, { preferredCopies: await this.copyChoices() })
    await lib.setFlags(flags, docs)
  }

  private async detail(stored: StoredReport): Promise<ReportDetail> {
    const lib = this.o.library
    const copy = copyRoles(lib.list().reports, await this.copyChoices()).get(stored.id)
    return {
      summary: { ...lib.summary(stored.id)!, ...(copy ? { copy } : {}) },
      extraction: stored.extraction,
      report: await lib.corrected(stored),
      corrections: await lib.correctionsOf(stored.correctionKey),
      flags: stored.flags,
    }
  }
}

/** The report files of the samples folder (its README is not a report). */
async function sampleFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[])
  return names.filter((n) => /\.(txt|html?|pdf|docx)$/i.test(n)).sort().map((n) => join(dir, n))
}
