// The typed bridge between the renderer and the main process: `window.desk`.
// One method per operation; each maps to one IPC channel named `noun:verb`. Progress and change
// notices arrive through the single `onEvent` subscription. The preload implements exactly this
// (src-main/preload/bridge.ts); the main process validates every argument with shared/model/schema.ts.
import type { Extraction } from './model/extraction'
import type { Flag, Severity } from './model/flag'
import type { Report, TemplateVersion } from './model/report'
import type { SourceFormat } from './model/document'
import type { AppSettings, CorrectionPath, CorrectionValue, SettingsPatch } from './model/schema'

export const IPC_CHANNELS = [
  'library:list',
  'library:import',
  // Sent by the preload (not the page) for each file the user dropped: only those and the dialogs'
  // choices may be imported.
  'library:grantDropped',
  'library:remove',
  'library:reimport',
  'library:useCopy',
  // Stops the import running now (files in flight, their OCR too); what was read is kept.
  'library:cancelImport',
  'report:get',
  'report:correct',
  // The crop of the scan a value read by OCR came from (report view).
  'report:scanCrop',
  'settings:get',
  'settings:set',
  'samples:remove',
  'samples:restore',
  'dialog:openFiles',
  'dialog:openFolder',
  // Analysis views (dashboard, compare, flags): every report at once, chart pictures, briefings.
  'library:items',
  'chart:savePng',
  'chart:copyPng',
  'export:pptx',
  'export:xlsx',
] as const
export type IpcChannel = (typeof IPC_CHANNELS)[number]

/** The one channel on which the main process pushes events to the renderer. */
export const EVENT_CHANNEL = 'desk:event'

export type FlagCounts = Record<Severity, number>

/** One line of the library list: what the list view needs, without the full document. */
export interface ReportSummary {
  id: string
  agency: string | null
  year: number | null
  /** Identity of the body (for grouping), null when the agency was not read. */
  bodyKey: string | null
  fileName: string
  format: SourceFormat
  template: TemplateVersion
  sample: boolean
  /** ISO time of import. */
  importedAt: string
  flagCounts: FlagCounts
  /** Number of user corrections applied. */
  corrections: number
  /** Date of the report's 落款, its title marks a corrected version, how well it was read (grouping copies). */
  publishedOn?: string | null
  revised?: boolean
  readScore?: number
  /** Where this file stands among the copies of its report (set by the desk's list). */
  copy?: CopyRole
}

/**
 * A report is a body and a year; files are copies of it. `used`: the copy the views and checks use;
 * `copy`: another copy of the same version; `earlier`: a copy of an earlier version (a 更正版 came later).
 */
export interface CopyRole {
  role: 'used' | 'copy' | 'earlier'
  /** The copy used for the report. */
  usedId: string
  /** Files of the report (every version). */
  files: number
  /** The user chose the copy used (not the best-read one). */
  chosen: boolean
}

export interface QuarantineNote {
  /** File name inside the quarantine folder. */
  file: string
  /** Chinese message: what was wrong. */
  message: string
  at: string
}

export interface LibraryListing {
  reports: ReportSummary[]
  quarantined: QuarantineNote[]
}

export type ImportStatus = 'imported' | 'skipped' | 'failed'

export interface ImportFileResult {
  path: string
  fileName: string
  status: ImportStatus
  /** Chinese reason for skipped / failed. */
  reason?: string
  /** Reader error code for failures (EMPTY, CORRUPT, …). */
  code?: string
  reportId?: string
}

export interface ImportOutcome {
  results: ImportFileResult[]
  imported: number
  skipped: number
  failed: number
}

export interface ImportProgress {
  done: number
  total: number
  /** File being read now (name only). */
  current: string
  /** Estimated milliseconds left; null until it can be estimated. */
  etaMs: number | null
  /** A scan being read by OCR: pages read of its pages (`current` names that file). */
  ocrPages?: { done: number; total: number }
}

/** A crop of a stored scan: the band of the page a table row was read from by OCR. */
export interface ScanCrop {
  /** PNG data URL. */
  dataUrl: string
  page: number
  /** `page` counts the pictures of a saved web page, not pages (its tables were pictures). */
  webPicture?: boolean
}

export interface StoredCorrection {
  path: CorrectionPath
  value: CorrectionValue
  /** The extracted value it replaces (for display). */
  extracted: unknown
  at: string
}

export interface ReportDetail {
  summary: ReportSummary
  /** As extracted from the source file. */
  extraction: Extraction
  /** With the user's corrections applied: what the checks and views use. */
  report: Report
  corrections: StoredCorrection[]
  flags: Flag[]
}

/**
 * One report as the analysis views hold it (shaped like shared/series ReportItem): the extraction
 * with the user's corrections applied to `report`, and without `provenance` (report:get has it).
 */
export interface AnalysisItem {
  id: string
  fileName: string
  importedAt: string
  bodyKey: string | null
  sample: boolean
  extraction: Extraction
  flags: Flag[]
  /** Number of user corrections applied. */
  correctionCount: number
}

/** Slides of the briefing deck (src-main/export/pptx.ts SlideKind). */
export const BRIEFING_SLIDES = ['title', 'kpis', 'charts', 'yearTable', 'bodiesTable', 'flags', 'problems', 'sources'] as const
export type BriefingSlide = (typeof BRIEFING_SLIDES)[number]
export const BRIEFING_CHARTS = ['indexRank', 'requests', 'outcomes', 'hotline', 'activeItems', 'reviewLitigation'] as const

/** What to export: one body over years (`agency`, `from`, `to`) or one year across bodies (`bodiesYear`, `agencies`). */
export interface BriefingRequest {
  agency?: string
  from?: number
  to?: number
  bodiesYear?: number
  agencies?: string[]
  slides?: Partial<Record<BriefingSlide, boolean>>
  charts?: (typeof BRIEFING_CHARTS)[number][]
}

export type DeskEvent =
  | { type: 'import:progress'; progress: ImportProgress }
  | { type: 'library:changed' }

export interface DeskApi {
  library: {
    list(): Promise<LibraryListing>
    import(arg: { paths: string[] }): Promise<ImportOutcome>
    remove(arg: { ids: string[] }): Promise<LibraryListing>
    reimport(arg: { ids: string[] }): Promise<ImportOutcome>
    /** Use this copy for its report (instead of the best-read one); the checks run again. */
    useCopy(arg: { id: string }): Promise<LibraryListing>
    /** Cancel the import running now; true when there was one. */
    cancelImport(): Promise<boolean>
  }
  report: {
    get(arg: { id: string }): Promise<ReportDetail | null>
    correct(arg: { id: string; path: CorrectionPath; value?: CorrectionValue; remove?: boolean }): Promise<ReportDetail>
    /** The scan crop of a value read by OCR (`field`: its provenance key), cut again from the stored file; null when there is none. */
    scanCrop(arg: { id: string; field: string }): Promise<ScanCrop | null>
  }
  settings: {
    get(): Promise<AppSettings>
    set(patch: SettingsPatch): Promise<AppSettings>
  }
  samples: {
    remove(): Promise<LibraryListing>
    restore(): Promise<LibraryListing>
  }
  dialog: {
    openFiles(): Promise<string[]>
    openFolder(): Promise<string[]>
  }
  analysis: {
    /** Every report of the library with its corrected values and flags. */
    items(): Promise<AnalysisItem[]>
  }
  chart: {
    /** Save a chart picture (PNG data URL) through a save dialog; the path written, or null when cancelled. */
    savePng(arg: { dataUrl: string; name: string }): Promise<string | null>
    copyPng(arg: { dataUrl: string }): Promise<void>
  }
  export: {
    /** Write the briefing deck / workbook through a save dialog; the path written, or null when cancelled. */
    pptx(arg: BriefingRequest): Promise<string | null>
    xlsx(arg: BriefingRequest): Promise<string | null>
  }
  /** Path of a dropped file (Electron's webUtils); '' where unknown. */
  pathForFile(file: File): string
  /** Subscribe to progress and change events; returns the unsubscribe function. */
  onEvent(listener: (event: DeskEvent) => void): () => void
}
