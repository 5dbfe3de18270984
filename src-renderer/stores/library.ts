// The report library as the renderer sees it: the list, import with progress, per-file results,
// search/filter, remove and re-import. Talks to the main process only through the bridge.
import { defineStore } from 'pinia'
import type { ImportOutcome, ImportProgress, LibraryListing, ReportSummary } from '../../shared/api'
import { seriesKeysOf, seriesNames } from '../../shared/identity/series-keys'
import { cleanError } from '../format'
import { desk } from './bridge'

export type LibraryFilter = 'all' | 'errors' | 'warnings' | 'clean' | 'samples' | 'mine'

/** One report (a body and a year): the file used, and its other copies and earlier versions. */
export interface ReportRow {
  report: ReportSummary
  copies: ReportSummary[]
}

export interface BodyGroup {
  key: string
  agency: string | null
  reports: ReportRow[]
}

/** The file a report uses (a file with no copy role, from an older main process, stands alone). */
const isUsed = (r: ReportSummary): boolean => r.copy === undefined || r.copy.role === 'used'

let unsubscribe: (() => void) | null = null

export const useLibraryStore = defineStore('library', {
  state: () => ({
    listing: { reports: [], quarantined: [] } as LibraryListing,
    loaded: false,
    busy: false,
    progress: null as ImportProgress | null,
    cancelling: false,
    /** An import (not a removal or re-read) is running: it can be cancelled. */
    importing: false,
    outcome: null as ImportOutcome | null,
    error: null as string | null,
    query: '',
    filter: 'all' as LibraryFilter,
    year: null as number | null,
  }),
  getters: {
    hasSamples: (s) => s.listing.reports.some((r) => r.sample),
    /** Reports (a body and a year), not files: copies count once. */
    reportCount: (s) => s.listing.reports.filter(isUsed).length,
    fileCount: (s) => s.listing.reports.length,
    years: (s) => [...new Set(s.listing.reports.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => b - a),
    /** The reports shown (the files used), each with its copies; search also finds a copy's file name. */
    filtered(s): ReportRow[] {
      const q = s.query.trim().toLowerCase()
      const copiesOf = new Map<string, ReportSummary[]>()
      for (const r of s.listing.reports) {
        if (isUsed(r)) continue
        const list = copiesOf.get(r.copy!.usedId) ?? []
        list.push(r)
        copiesOf.set(r.copy!.usedId, list)
      }
      const rows = s.listing.reports.filter(isUsed).map((r) => ({ report: r, copies: copiesOf.get(r.id) ?? [] }))
      return rows.filter(({ report: r, copies }) => {
        if (q && ![r, ...copies].some((f) => `${f.agency ?? ''} ${f.fileName}`.toLowerCase().includes(q))) return false
        if (s.year !== null && r.year !== s.year) return false
        switch (s.filter) {
          case 'errors':
            return r.flagCounts.error > 0
          case 'warnings':
            return r.flagCounts.warning > 0
          case 'clean':
            return r.flagCounts.error + r.flagCounts.warning + r.flagCounts.info === 0
          case 'samples':
            return r.sample
          case 'mine':
            return !r.sample
          default:
            return true
        }
      })
    },
    /** Reports grouped by body (bodies by name, reports by year, newest first). */
    groups(): BodyGroup[] {
      // The one series rule (series-keys.ts): two counties' 东关镇 apart, each unrecognised body alone,
      // each group under a name no other group shows (review rv22: one heading held both towns).
      const rows = this.filtered
      const facts = (row: ReportRow) => ({ id: row.report.id, agency: row.report.agency, fileName: row.report.fileName })
      const keys = seriesKeysOf(rows, facts)
      const names = seriesNames(rows, keys, facts)
      const map = new Map<string, BodyGroup>()
      rows.forEach((row, i) => {
        const key = keys[i]!
        const g = map.get(key) ?? { key, agency: row.report.agency === null ? null : (names.get(key) ?? row.report.agency), reports: [] }
        g.reports.push(row)
        map.set(key, g)
      })
      for (const g of map.values()) g.reports.sort((a, b) => (b.report.year ?? 0) - (a.report.year ?? 0) || a.report.fileName.localeCompare(b.report.fileName))
      return [...map.values()].sort((a, b) => a.key.localeCompare(b.key, 'zh-CN', { numeric: true }))
    },
  },
  actions: {
    async init() {
      if (!unsubscribe) {
        unsubscribe = desk().onEvent((event) => {
          if (event.type === 'import:progress') this.progress = event.progress
          else if (event.type === 'library:changed' && !this.busy) void this.load()
        })
      }
      await this.load()
    },
    async load() {
      try {
        this.listing = await desk().library.list()
        this.loaded = true
      } catch (err) {
        this.error = cleanError(err)
      }
    },
    async run(task: () => Promise<ImportOutcome | LibraryListing | null>) {
      this.busy = true
      this.error = null
      try {
        const result = await task()
        if (result && 'results' in result) this.outcome = result
      } catch (err) {
        this.error = cleanError(err)
      } finally {
        this.busy = false
        this.cancelling = false
        this.progress = null
        await this.load()
      }
    },
    importPaths(paths: string[]) {
      if (paths.length === 0) return Promise.resolve()
      this.outcome = null
      this.importing = true
      return this.run(() => desk().library.import({ paths })).finally(() => (this.importing = false))
    },
    async pickFiles() {
      const paths = await desk().dialog.openFiles()
      await this.importPaths(paths)
    },
    async pickFolder() {
      const paths = await desk().dialog.openFolder()
      await this.importPaths(paths)
    },
    /** Paths of dropped files and folders (Electron only knows them; '' elsewhere). */
    pathsOf(files: File[]): string[] {
      return files.map((f) => desk().pathForFile(f)).filter((p) => p !== '')
    },
    remove(ids: string[]) {
      return this.run(() => desk().library.remove({ ids }))
    },
    /** Use this copy for its report instead of the one used now. */
    useCopy(id: string) {
      return this.run(() => desk().library.useCopy({ id }))
    },
    reimport(ids: string[]) {
      this.outcome = null
      return this.run(() => desk().library.reimport({ ids }))
    },
    removeSamples() {
      return this.run(() => desk().samples.remove())
    },
    restoreSamples() {
      return this.run(() => desk().samples.restore())
    },
    /** Stop the import running now (what was read is kept; the rest is listed as not read). */
    async cancelImport() {
      this.cancelling = true
      try {
        await desk().library.cancelImport()
      } catch (err) {
        this.error = cleanError(err)
      }
    },
    dismissOutcome() {
      this.outcome = null
    },
  },
})
