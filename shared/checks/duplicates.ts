// Several files of one body and year. Copies of one report are no finding when they agree (the
// library and `analyze` show them as one report); two findings are:
//  COPIES_DIFFER     copies of one version whose numbers differ (the portal's PDF and the DOCX
//                    draft): every copy gets the flag, with the differing cells side by side;
//  DUPLICATE_REPORT  a second version of the report (a 更正版, or another date): the later one is
//                    used, the earlier one kept and shown.
// Messages and evidence are bounded: 2,000 copies must not give each copy 1,999 entries.
import type { Evidence, Flag } from '../model/flag'
import { allCopies, primaryOf, type LogicalReport, type ReportVersion } from '../identity/copies'
import { numberCells, numbersKey } from '../identity/report-cells'
import { flag, fmt, listForMessage, reportEvidence, type ReportContext } from './context'

const MAX_CELLS = 12
const MAX_NAMES = 3
const MAX_REPORTS = 10

function nameOf(ctx: ReportContext): string {
  return ctx.fileName ?? ctx.id
}

function names(list: readonly ReportContext[]): string {
  const shown = list.slice(0, MAX_NAMES).map((c) => `「${nameOf(c)}」`).join('、')
  return list.length > MAX_NAMES ? `${shown} 等 ${list.length} 份` : shown
}

interface DifferingCell {
  path: string
  label: string
  /** Value → the copies that state it, most copies first. */
  byValue: [number, ReportContext[]][]
  valueOf: Map<ReportContext, number>
}

/** Cells stated with different values by copies of one version (a cell one copy did not read is no difference). */
export function differingCells(copies: readonly ReportContext[]): DifferingCell[] {
  // Copies with the very same numbers are compared cell by cell once (most copies are identical).
  const sameNumbers = new Map<string, ReportContext[]>()
  for (const ctx of copies) {
    const key = numbersKey(ctx.report)
    const list = sameNumbers.get(key)
    if (list) list.push(ctx)
    else sameNumbers.set(key, [ctx])
  }
  if (sameNumbers.size < 2) return []
  const cells = new Map<string, { label: string; byValue: Map<number, ReportContext[]>; valueOf: Map<ReportContext, number> }>()
  for (const group of sameNumbers.values()) {
    for (const c of numberCells(group[0]!.report)) {
      let entry = cells.get(c.path)
      if (!entry) cells.set(c.path, (entry = { label: c.label, byValue: new Map(), valueOf: new Map() }))
      for (const ctx of group) entry.valueOf.set(ctx, c.value)
      const list = entry.byValue.get(c.value)
      if (list) list.push(...group)
      else entry.byValue.set(c.value, [...group])
    }
  }
  const out: DifferingCell[] = []
  for (const [path, { label, byValue, valueOf }] of cells) {
    if (byValue.size < 2) continue
    out.push({ path, label, valueOf, byValue: [...byValue.entries()].sort((a, b) => b[1].length - a[1].length) })
  }
  return out
}

/** Paths of the table 三/四 cells a report leaves blank (null in a row it read), of those it could not read
 *  (null where a note of the extraction names the row or its table: the reader refused them, review rv21),
 *  and of those it prints as 0. */
function blankAndZeroPaths(ctx: ReportContext): { blank: string[]; unread: string[]; zero: Set<string> } {
  const blank: string[] = []
  const unread: string[] = []
  const zero = new Set<string>()
  // Only a note on the row itself that says it was not read (not a whole table's note, nor the note of a row
  // printed blank, 「…都是空白（未印数字）」: review rv21b).
  const unreadRows = new Set(ctx.extraction.notes.filter((n) => /未读取|未能读取/.test(n.message) && !/空白（未印数字）/.test(n.message)).map((n) => n.field))
  const isNoted = (row: string): boolean => unreadRows.has(row)
  const scan = (prefix: string, rows: Record<string, readonly (number | null)[] | null | undefined>): void => {
    for (const [key, row] of Object.entries(rows)) {
      row?.forEach((v, c) => {
        const path = `${prefix}.${key}[${c}]`
        if (v === null) (isNoted(`${prefix}.${key}`) ? unread : blank).push(path)
        else if (v === 0) zero.add(path)
      })
    }
  }
  scan('requests', ctx.report.requests.rows)
  scan('reviewLitigation', ctx.report.reviewLitigation)
  return { blank, unread, zero }
}

/**
 * Copies that leave table cells empty where another copy prints 0 (a template whose zeros were
 * dropped): no differing number, but not the same printed table. Copy → how many such cells, apart
 * from those the copy could not read (`unread`: another copy read them; no claim about the print).
 */
export function blanksWhereOthersPrintZero(copies: readonly ReportContext[]): { blank: Map<ReportContext, number>; unread: Map<ReportContext, number> } {
  const blank = new Map<ReportContext, number>()
  const unread = new Map<ReportContext, number>()
  // Copies with the very same numbers print the same blanks (most copies are identical).
  const groups = new Map<string, ReportContext[]>()
  for (const ctx of copies) {
    const key = numbersKey(ctx.report)
    groups.set(key, [...(groups.get(key) ?? []), ctx])
  }
  if (groups.size < 2) return { blank, unread }
  const cells = [...groups.values()].map((g) => ({ copies: g, ...blankAndZeroPaths(g[0]!) }))
  for (const a of cells) {
    const count = (paths: string[]): number => paths.filter((p) => cells.some((b) => b !== a && b.zero.has(p))).length
    const n = count(a.blank)
    const u = count(a.unread)
    for (const ctx of a.copies) {
      if (n > 0) blank.set(ctx, n)
      if (u > 0) unread.set(ctx, u)
    }
  }
  return { blank, unread }
}

function copiesDiffer(version: ReportVersion<ReportContext>): Map<string, Flag> {
  const out = new Map<string, Flag>()
  if (version.copies.length < 2) return out
  const cells = differingCells(version.copies)
  const { blank: blanks, unread } = blanksWhereOthersPrintZero(version.copies)
  // Cells one copy could not read are no finding about the report on their own (the reader's notes say so).
  if (cells.length === 0 && blanks.size === 0) return out
  const used = version.copies[0]!
  const sideBySide = (d: DifferingCell): string => `${d.label}：${d.byValue.map(([v, list]) => `${fmt(v)}（${names(list)}）`).join(' / ')}`
  // "「a.html」有 108 个…": copies with the same count named together.
  const byCount = new Map<number, ReportContext[]>()
  for (const [ctx, n] of blanks) byCount.set(n, [...(byCount.get(n) ?? []), ctx])
  const unreadByCount = new Map<number, ReportContext[]>()
  for (const [ctx, n] of unread) unreadByCount.set(n, [...(unreadByCount.get(n) ?? []), ctx])
  const printedBlank = byCount.size
    ? `${[...byCount].map(([n, list]) => `${names(list)}有 ${fmt(n)} 个表格单元格空白`).join('、')}，其他副本在这些位置印为 0（空白不当作 0 读取）`
    : ''
  const notRead = unreadByCount.size
    ? `${[...unreadByCount].map(([n, list]) => `${names(list)}有 ${fmt(n)} 个表格单元格未能读取（原因见该副本的说明）`).join('、')}，其他副本在这些位置读出 0`
    : ''
  const blankPart = [printedBlank, notRead].filter((p) => p !== '').join('；')
  const diffPart = cells.length ? `数字不一致（${cells.length} 处）：${listForMessage(cells.map(sideBySide), MAX_NAMES)}` : ''
  const msg =
    `同一报告的 ${version.copies.length} 份副本${diffPart ? diffPart + (blankPart ? `；另，${blankPart}` : '') : `所印表格不同：${blankPart}`}。` +
    `请核对哪一份为正式发布版本；统计和跨年度核对使用读取最完整的「${nameOf(used)}」（可在报告库中改选）。`
  for (const ctx of version.copies) {
    const evidence: Evidence[] = cells.slice(0, MAX_CELLS).map((d) => ({
      kind: 'metric',
      field: d.path,
      value: d.valueOf.get(ctx) ?? null,
      text: sideBySide(d),
    }))
    // The other copies that disagree with this one, a few of them.
    const disagrees = (o: ReportContext): boolean =>
      blanks.has(ctx) !== blanks.has(o) ||
      unread.has(ctx) !== unread.has(o) ||
      cells.slice(0, MAX_CELLS).some((d) => {
        const a = d.valueOf.get(ctx)
        const b = d.valueOf.get(o)
        return a !== undefined && b !== undefined && a !== b
      })
    let shown = 0
    for (const o of version.copies) {
      if (shown >= MAX_REPORTS) break
      if (o === ctx || !disagrees(o)) continue
      evidence.push(reportEvidence(o, nameOf(o)))
      shown++
    }
    out.set(ctx.id, flag('COPIES_DIFFER', msg, evidence))
  }
  return out
}

function versionName(v: ReportVersion<ReportContext>): string {
  const date = v.publishedOn ? `落款 ${v.publishedOn}` : '落款日期未读出'
  return `${names(v.copies.slice(0, 1))}（${v.revised ? '更正/修订版，' : ''}${date}${v.copies.length > 1 ? `，${v.copies.length} 份副本` : ''}）`
}

/** 「标签：a → b」 for each cell the later version prints otherwise (a few; a cell one left unread is no change). */
function changedCells(from: ReportContext, to: ReportContext): { text: string; count: number; cells: DifferingCell[] } {
  const cells = differingCells([from, to])
  const shown = cells.map((d) => `${d.label}：${fmt(d.valueOf.get(from)!)} → ${fmt(d.valueOf.get(to)!)}`)
  return { text: listForMessage(shown, MAX_NAMES), count: cells.length, cells }
}

function versionsFlags(r: LogicalReport<ReportContext>): Map<string, Flag> {
  const out = new Map<string, Flag>()
  if (r.versions.length < 2) return out
  const latest = r.versions.at(-1)!
  const agency = primaryOf(r).report.agency ?? '同一机关'
  r.versions.forEach((v) => {
    const isLatest = v === latest
    const others = r.versions.filter((o) => o !== v)
    // What the later version changed, against the version just before it (or the latest, for an earlier one).
    const before = isLatest ? r.versions.at(-2)! : v
    const change = changedCells(before.copies[0]!, latest.copies[0]!)
    const changed = change.count > 0 ? `较新版本改动 ${fmt(change.count)} 处数字：${change.text}。` : '两版本均读出的数字没有不同。'
    const msg = isLatest
      ? `${agency} ${r.year} 年度另有较早的报告版本：${listForMessage(others.map(versionName), MAX_NAMES, '、')}；本份为较新版本，统计和跨年度核对使用本份，较早版本保留备查（如其中一份其实是政府办公室本机关的年报而非同一报告，请人工核对：本软件把两份当作同一报告的两个版本）。${changed}`
      : `${agency} ${r.year} 年度已有较新的报告版本 ${versionName(latest)}；本份为较早版本，保留备查，统计和跨年度核对使用较新版本。${changed}`
    const cellEvidence: Evidence[] = change.cells.slice(0, MAX_CELLS).map((d) => ({
      kind: 'metric',
      field: d.path,
      value: d.valueOf.get(v.copies[0]!) ?? null,
      text: `${d.label}：${fmt(d.valueOf.get(before.copies[0]!)!)} → ${fmt(d.valueOf.get(latest.copies[0]!)!)}`,
    }))
    const evidence = [...cellEvidence, ...others.slice(-MAX_REPORTS).map((o) => reportEvidence(o.copies[0]!, nameOf(o.copies[0]!)))]
    for (const ctx of v.copies) out.set(ctx.id, flag('DUPLICATE_REPORT', msg, evidence))
  })
  return out
}

/** COPIES_DIFFER and DUPLICATE_REPORT of one logical report, keyed by report id. */
export function checkCopies(r: LogicalReport<ReportContext>): Map<string, Flag[]> {
  const out = new Map<string, Flag[]>()
  const add = (m: Map<string, Flag>): void => {
    for (const [id, f] of m) out.set(id, [...(out.get(id) ?? []), f])
  }
  add(versionsFlags(r))
  for (const v of r.versions) add(copiesDiffer(v))
  // Every copy is listed, even without flags, so callers can iterate one map.
  for (const c of allCopies(r)) if (!out.has(c.id)) out.set(c.id, [])
  return out
}
