// The readable (Chinese) summary `analyze` prints without --json.
import { basename } from 'node:path'
import type { Flag } from '../../shared/model/flag'
import type { AnalyzedFile } from '../pipeline/analyze-files'
import { summarizeByBody } from '../../shared/checks/summary'
import { isUnreadNote } from '../../shared/checks/blank-cells'
import type { Extraction } from '../../shared/model/extraction'

const SEVERITY_ZH: Record<Flag['severity'], string> = { error: '错误', warning: '警告', info: '提示' }
const TEMPLATE_ZH: Record<string, string> = { '2019': '2019 版格式', '2021': '2021 版格式', legacy: '旧格式（2019 年前）' }

const n = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : v.toLocaleString('zh-CN'))

/** The extractor's notes in three kinds: rows placed by position and proven by the table's sums
 *  (read), things left unread, and other remarks. */
export function noteGroups(ex: Extraction): { byPosition: string[]; unread: string[]; other: string[] } {
  const out = { byPosition: [] as string[], unread: [] as string[], other: [] as string[] }
  for (const n of ex.notes) {
    if (isUnreadNote(n.message)) out.unread.push(n.message)
    else if (ex.provenance[n.field]?.how === 'sums') out.byPosition.push(n.message)
    else out.other.push(n.message)
  }
  return out
}

/** Sentences joined with "；" and closed with one "。" (no "。；"). */
export function sentences(list: readonly string[]): string {
  return list.map((m) => m.trim().replace(/[。；;.\s]+$/u, '')).join('；') + '。'
}

function reportBlock(a: AnalyzedFile): string {
  const name = a.pictures ? `${basename(a.file)}（文件夹，${a.pictures} 张页面图片）` : basename(a.file)
  if (!a.extraction) return `■ ${name}\n  读取失败：${a.error?.message ?? '未知原因'}\n`
  const r = a.extraction.report
  const total = (row: string): number | null | undefined => (r.requests.rows as Record<string, (number | null)[]>)[row]?.[6]
  const lines = [
    `■ ${name}`,
    `  ${r.agency ?? '（未识别机关）'} · ${r.year ?? '（未识别年份）'} 年度 · ${TEMPLATE_ZH[r.template]} · 落款 ${r.publishedOn ?? '无'}`,
    `  主动公开 ${n(r.metrics.activeDisclosureItems)} 条；新收申请 ${n(total('received'))} 件（正文 ${n(r.metrics.requestsReceived)}）；` +
      `办结 ${n(total('handledTotal'))} 件；结转下年 ${n(total('carriedForward'))} 件`,
    `  行政复议 ${n(r.reviewLitigation.review?.[4])} 件；行政诉讼 ${n(r.reviewLitigation.litigationDirect?.[4])} + ${n(r.reviewLitigation.litigationAfterReview?.[4])} 件；` +
      `12345 来电 ${n(r.metrics.hotlineCalls)}；政务公开指数 ${r.metrics.indexRank ? `第 ${r.metrics.indexRank} 名 / ${n(r.metrics.indexRankOf)}` : '—'}`,
    `  第五部分：问题 ${r.problems.length} 条，改进措施 ${r.improvements.length} 条`,
  ]
  const notes = noteGroups(a.extraction)
  if (notes.byPosition.length) lines.push(`  按位置读取（已由合计验证）：${sentences(notes.byPosition)}`)
  if (notes.unread.length) lines.push(`  未能读取：${sentences(notes.unread)}`)
  if (notes.other.length) lines.push(`  说明：${sentences(notes.other)}`)
  if (a.flags.length === 0) lines.push('  未发现问题。')
  for (const f of a.flags) lines.push(`  [${SEVERITY_ZH[f.severity]}] ${f.id}${a.libraryFlags?.has(f) ? '（与其他文件比对）' : ''}：${f.message}`)
  return lines.join('\n') + '\n'
}

export function formatSummary(results: AnalyzedFile[]): string {
  const parts = results.map(reportBlock)
  const inputs = results.flatMap((a, i) => (a.extraction ? [{ id: String(i), fileName: basename(a.file), extraction: a.extraction }] : []))
  const flagsById = new Map(results.map((a, i) => [String(i), a.flags]))
  if (inputs.length > 1) parts.push('\n' + summarizeByBody(inputs, flagsById))
  return parts.join('\n')
}
