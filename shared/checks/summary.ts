// A terminal summary of several reports, per body: its years in order with their flags, the
// section 五 problems that recur, and the breaks in the carry-over chain. Plain Chinese text.
import type { Flag, Severity } from '../model/flag'
import { followProblems } from '../analysis/problems-across-years'
import { type CheckInput } from './index'
import { seriesKeysOf } from '../identity/series-keys'
import { CHECK_ZH, SEVERITY_ZH } from './labels'
import { DEFAULT_CHECK_SETTINGS } from './settings'
import { SEVERITY_ORDER } from '../series/flags'
import { copyFactsOf, groupCopies, primaryOf, type LogicalReport } from '../identity/copies'

const MARK: Record<Severity, string> = { error: '✗', warning: '!', info: '·' }

function countLine(flags: Flag[]): string {
  if (flags.length === 0) return '未发现问题'
  const n = (s: Severity) => flags.filter((f) => f.severity === s).length
  return (['error', 'warning', 'info'] as const)
    .filter((s) => n(s) > 0)
    .map((s) => `${SEVERITY_ZH[s]} ${n(s)}`)
    .join(' · ')
}

function mostCommon(values: (string | null)[]): string | null {
  const counts = new Map<string, number>()
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1)
  let best: string | null = null
  let bestN = 0
  for (const [v, n] of counts) if (n > bestN) [best, bestN] = [v, n]
  return best
}

function yearsText(years: number[]): string {
  return years.map((y) => String(y)).join('、')
}

/** Adjacent years whose carry-over cells can be compared (both rows stated). */
/**
 * Adjacent years whose 上年结转 and 结转下年度 could be compared: whole (every column read on both
 * sides) or in part (a blank or unread cell on one side left its column out; review rv22: 「一致」 was
 * said of a pair with a column skipped).
 */
function carryoverPairs(sorted: CheckInput[]): { whole: number; partial: number } {
  const out = { whole: 0, partial: 0 }
  for (const cur of sorted) {
    const r = cur.extraction.report
    const now = r.requests.rows.carriedOver
    if (r.year === null || !now) continue
    const before = sorted.find((p) => p.extraction.report.year === r.year! - 1)?.extraction.report.requests.rows.carriedForward
    if (!before) continue
    const compared = now.filter((v, k) => v !== null && before[k] !== null && before[k] !== undefined).length
    if (compared === 0) continue
    if (compared === now.length && before.length === now.length) out.whole++
    else out.partial++
  }
  return out
}

/** "a.pdf", or "a.pdf（同一报告的副本：b.docx、c.html 等 5 份）" — each year once, naming its copies. */
function filesText(r: LogicalReport<CheckInput>): string {
  const nameOf = (i: CheckInput): string => i.fileName ?? i.id
  const latest = r.versions.at(-1)!
  const others = latest.copies.slice(1).map(nameOf)
  const shown = others.length > 3 ? `${others.slice(0, 3).join('、')} 等 ${others.length} 份` : others.join('、')
  const copies = others.length > 0 ? `（同一报告的副本：${shown}）` : ''
  const earlier = r.versions.slice(0, -1).map((v) => `${nameOf(v.copies[0]!)}${v.publishedOn ? `（落款 ${v.publishedOn}）` : ''}`)
  return `${nameOf(latest.copies[0]!)}${copies}${earlier.length > 0 ? `；较早版本：${earlier.join('、')}` : ''}`
}

export function summarizeByBody(
  inputs: CheckInput[],
  flagsById: Map<string, Flag[]>,
  seriesOf?: (input: CheckInput) => string,
): string {
  const keys = seriesKeysOf(inputs, (i) => ({ id: i.id, agency: i.extraction.report.agency }), seriesOf)
  const keyOf = (_i: CheckInput, n: number): string => keys[n]!
  const groups = new Map<string, CheckInput[]>()
  inputs.forEach((i, n) => groups.set(keyOf(i, n), [...(groups.get(keyOf(i, n)) ?? []), i]))
  const blocks: string[] = []
  for (const [key, files] of groups) {
    const name = mostCommon(files.map((i) => i.extraction.report.agency)) ?? '（未识别机关）'
    // A report is a body and a year: copies of it count once (the copy used speaks for them).
    const logical = groupCopies(files, (i) => copyFactsOf(i.id, key, i.extraction, i.fileName))
    const fileText = new Map(logical.map((r) => [primaryOf(r), filesText(r)]))
    const list = logical.map(primaryOf)
    const sorted = [...list].sort((a, b) => (a.extraction.report.year ?? 9999) - (b.extraction.report.year ?? 9999))
    const years = [...new Set(sorted.map((i) => i.extraction.report.year).filter((y): y is number => y !== null))]
    const lines: string[] = []
    const span = years.length === 0 ? '' : years.length === 1 ? `${years[0]} 年，` : `${years[0]}–${years[years.length - 1]} 年，`
    const fileCount = files.length > list.length ? `，共 ${files.length} 个文件` : ''
    lines.push(`━━ ${name}（${span}${list.length} 份报告${fileCount}）`)
    // Gaps in the years: cross-year checks cannot bridge them.
    const gaps: number[] = []
    for (let y = years[0] ?? 0; years.length > 0 && y <= years[years.length - 1]!; y++) if (!years.includes(y)) gaps.push(y)
    if (gaps.length > 0) lines.push(`   缺少年份：${yearsText(gaps)}（跨年度核对在此中断）`)
    for (const i of sorted) {
      const r = i.extraction.report
      const flags = [...(flagsById.get(i.id) ?? [])].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
      const file = `  ${fileText.get(i)}`
      lines.push(`  ${r.year !== null ? `${r.year} 年度` : '年份不明'}  [${countLine(flags)}]${file}`)
      for (const f of flags) {
        const label = CHECK_ZH[f.id]
        const text = f.message.startsWith(label) ? f.message : `${label}：${f.message}`
        lines.push(`     ${MARK[f.severity]} ${SEVERITY_ZH[f.severity]}｜${text}`)
      }
    }
    // Section 五 over the years.
    const series = sorted.flatMap((i) => (i.extraction.report.year !== null ? [{ year: i.extraction.report.year, extraction: i.extraction }] : []))
    if (series.length > 1) {
      const timeline = followProblems(series)
      const recurring = timeline.categories.filter((c) => c.category !== 'other' && c.longestRun >= 2)
      if (recurring.length > 0) {
        lines.push('   反复出现的问题（第五部分）：')
        for (const c of recurring) lines.push(`     · ${c.labelZh}：${yearsText(c.problemYears)} 年`)
      }
      const limit = DEFAULT_CHECK_SETTINGS.copiedSimilarity
      const copied = timeline.perYear.filter((p) => (p.similarityToPrevious?.sequenceMatcherRatio ?? 0) >= limit)
      for (const p of copied) {
        lines.push(`   ${p.year} 年第五部分与 ${p.previousYear} 年相似度 ${(p.similarityToPrevious!.sequenceMatcherRatio * 100).toFixed(0)}%`)
      }
    }
    // Carry-over breaks, from the flags.
    const breaks = sorted.filter((i) => (flagsById.get(i.id) ?? []).some((f) => f.id === 'CARRYOVER_MISMATCH'))
    if (breaks.length > 0) {
      lines.push(`   结转衔接中断：${breaks.map((i) => `${(i.extraction.report.year ?? 0) - 1}→${i.extraction.report.year}`).join('、')}`)
    } else {
      const pairs = carryoverPairs(sorted)
      const partial = pairs.partial > 0 ? `${pairs.whole > 0 ? '；' : ''}${pairs.partial} 组有空白或未读取的格，只核对了其余各列，核对到的一致` : ''
      if (pairs.whole + pairs.partial > 0) lines.push(`   结转衔接：${pairs.whole > 0 ? `${pairs.whole} 组相邻年度的上年结转与结转下年度一致` : ''}${partial}`)
      else if (series.length > 1) lines.push('   结转衔接：没有可核对的相邻年度')
    }
    blocks.push(lines.join('\n'))
  }
  return blocks.join('\n\n') + '\n'
}
