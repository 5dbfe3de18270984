// The results of eval-scans (scans made of known reports at other settings and wear, read through
// the OCR path) kept in a file, so that `npm run eval` shows them without OCR-ing 60 pages on every
// run: `eval-scans … --record` writes one entry per kind of scan (merged into the file, replacing
// that kind's last entry), and eval prints them with the engine and commit they were measured on,
// saying so when the OCR engine has changed since.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

export const SCAN_RECORD_FILE = resolve('src-main/eval/scan-wear-results.json')

export interface ScanTally {
  right: number
  wrong: number
  unread: number
}

export interface ScanRecordEntry extends ScanTally {
  kind: string
  /** The reports scanned (gen-1…: the variant generator's reports; or a synthetic corpus id). */
  reports: string[]
  engine: string
  commit: string
  date: string
}

export function readScanRecord(file = SCAN_RECORD_FILE): ScanRecordEntry[] {
  if (!existsSync(file)) return []
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown
    return Array.isArray(parsed) ? (parsed as ScanRecordEntry[]) : []
  } catch {
    return []
  }
}

/** Merges entries into the file (an entry replaces the earlier one of its kind); written atomically. */
export function recordScans(entries: ScanRecordEntry[], file = SCAN_RECORD_FILE): void {
  const kept = readScanRecord(file).filter((e) => !entries.some((n) => n.kind === e.kind))
  const tmp = `${file}.${process.pid}.tmp`
  writeFileSync(tmp, JSON.stringify([...kept, ...entries], null, 2) + '\n')
  renameSync(tmp, file)
}

const pct = (t: ScanTally): string => {
  const all = t.right + t.wrong + t.unread
  return all ? `${((100 * t.right) / all).toFixed(1)} %` : '—'
}

/** eval's lines for the recorded scans, and their wrong cells (eval --check-floor wants 0). */
export function scanRecordLines(engine: string, file = SCAN_RECORD_FILE): { lines: string[]; wrong: number } {
  const entries = readScanRecord(file)
  if (entries.length === 0) return { lines: [], wrong: 0 }
  const lines = ['\n== 自制扫描件 (own scans, recorded by eval-scans --record) ==']
  for (const e of entries) {
    const stale = e.engine === engine ? '' : `  [识别引擎已更新 (engine now ${engine})，需重测]`
    lines.push(`${e.kind.padEnd(16)} 单元格 cells ${pct(e).padStart(7)}（对 ${e.right} / 错 ${e.wrong} / 未读 ${e.unread}）  N=${e.reports.length} (${e.reports.join(',')})  ${e.engine} @${e.commit} ${e.date}${stale}`)
  }
  return { lines, wrong: entries.reduce((n, e) => n + e.wrong, 0) }
}
