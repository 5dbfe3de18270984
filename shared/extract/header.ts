// The report's header and signature: who reports (as the title writes it), on which year, and the
// 落款 date at the end. Titles come in many shapes: "XX市人民政府 2020 年度政府信息公开工作年度报告",
// "2024年XX局政府信息公开工作年度报告", "XX局关于2022年度政府信息公开情况的报告", broken over two
// lines, behind crawled-page chrome ("标题: …", "当前位置：首页 > …", "(图文)"), in traditional characters.
import { parseYear, toHalfWidthDigits } from './numbers-cn'
import { YEAR, lastSentence, signatureDate, titleDate } from './header-date'
import { isPageMarkerLine, normalizePunctuation, toSimplifiedForMatching } from './prose-text'

export interface HeaderResult {
  agency: string | null
  year: number | null
  /** ISO yyyy-mm-dd */
  publishedOn: string | null
  agencyLine?: number
  yearLine?: number
  dateLine?: number
  /** Why the agency was left empty although the title names bodies (a joint title whose 落款 names none of them alone). */
  agencyNote?: string
}

// ── title parsing ───────────────────────────────────────────────────────────────────────────────

/** The fixed tail of a title: 政府信息公开工作年度报告, 信息公开年报, 政府信息公开情况的报告 … */
const SUFFIX = '(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:工作)?(?:情况)?的?(?:报告|年报)'
/** AGENCY? YEAR 年(度) AGENCY? SUFFIX */
const TITLE_YEAR_FIRST = new RegExp(`${YEAR}年度?的?(.{0,40}?)${SUFFIX}`, 'g')
/** AGENCY 政府信息公开工作 YEAR 年度报告 */
const TITLE_YEAR_INSIDE = new RegExp(`(?:政府信息公开|政务公开|信息公开)(?:工作)?${YEAR}年度?(?:工作)?(?:报告|年报)`, 'g')
/** AGENCY SUFFIX (YEAR 年度) */
const TITLE_YEAR_AFTER = new RegExp(`${SUFFIX}[（【]?${YEAR}年度?[）】]?`, 'g')
const ANY_SUFFIX = new RegExp(SUFFIX)

/** Meta labels of crawled pages in front of a title. */
const META_LABEL = /^(?:标题|信息名称|文章标题|名称|题名|title)\s*[:：]\s*/i
/** Separators of breadcrumbs and page chrome; the agency is the last segment before the year. */
const SEGMENT_BREAK = /[|｜>›»•·：:\u241e]/

const BODY_END =
  /(?:人民政府|政府|办公室|办公厅|局|委员会|委|办|厅|中心|管委会|街道|办事处|镇|乡|区|县|市|州|盟|旗|院|所|队|站|会|处|署|室|部|社|园|公司|集团|馆|台|校|学|组|团|行|司|关|场|厂|社区|村)(?:[（(][^（）()]{1,20}[）)])?$/
const NOT_IN_BODY = /[《》“”"，。；！？\d]|根据|本报告|报告|年度|条例|本年|关于|按照|依据|发布|日期|时间/

/** Whitespace between two non-digits becomes a segment break (␞); other whitespace goes. */
function prepareLine(raw: string): string {
  const t = toHalfWidthDigits(raw.replace(META_LABEL, '').trim())
  return t.replace(/\s+/g, (ws, offset: number, all: string) => {
    const before = all[offset - 1] ?? ''
    const after = all[offset + ws.length] ?? ''
    return /\d/.test(before) || /\d/.test(after) ? '' : '\u241e'
  })
}

function cleanAgency(raw: string): string | null {
  const segments = raw.split(SEGMENT_BREAK).map((s) => s.trim())
  let a = [...segments].reverse().find((s) => s !== '') ?? ''
  a = a
    .replace(/^[（(【[][^）)】\]]{0,8}[）)】\]]/, '') // (图文), 【公开】
    .replace(/^[-—_、，,.\s#*>`]+/, '') // bullets and markdown marks
    .replace(/^关于/, '')
    // 「X转发Y…年度报告」: the office that forwards the report is not the body that reports.
    .replace(/^.{1,40}?(?:转发|转载)/, '')
    // 「Y2021—2022年度…」: the first year of a range stands between the body and the title's year.
    .replace(/(?:\d{4}|[〇零○一二三四五六七八九]{4})年?度?\s*[—－\-–~～至到]+\s*$/, '')
    .replace(/(?:关于|的|之)+$/, '')
    .replace(/[-—_、，,\s#*`]+$/, '')
  if (a.endsWith('人民')) a += '政府'
  const simp = toSimplifiedForMatching(a)
  if (a.length < 2 || a.length > 40 || NOT_IN_BODY.test(simp) || !BODY_END.test(simp)) return null
  return a
}

interface TitleParse {
  agency: string | null
  year: number | null
}

/** Parse one candidate title text (already joined over lines). */
export function parseTitle(rawTitle: string): TitleParse | null {
  const orig = prepareLine(rawTitle)
  // Same length as `orig` (every mapping is one character to one character), so indexes carry over.
  const norm = normalizePunctuation(toSimplifiedForMatching(orig))
  let fallback: TitleParse | null = null

  TITLE_YEAR_FIRST.lastIndex = 0
  for (let m = TITLE_YEAR_FIRST.exec(norm); m; m = TITLE_YEAR_FIRST.exec(norm)) {
    const year = parseYear(m[1] ?? '')
    if (year === null) continue
    const pre = orig.slice(0, m.index)
    const midStart = m.index + m[0].indexOf(m[2] ?? '', (m[1] ?? '').length)
    const mid = orig.slice(midStart, midStart + (m[2] ?? '').length)
    const fromPre = cleanAgency(pre)
    const fromMid = mid === '' ? null : cleanAgency(mid)
    // "2024年XX局政府信息…" names the body after the year; "XX局2024年度…" before it.
    const agency = fromMid ?? fromPre
    if (agency) return { agency, year }
    fallback ??= { agency: null, year }
  }
  for (const re of [TITLE_YEAR_INSIDE, TITLE_YEAR_AFTER]) {
    re.lastIndex = 0
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      const year = parseYear(m[1] ?? '')
      if (year === null) continue
      const agency = cleanAgency(orig.slice(0, m.index))
      if (agency) return { agency, year }
      fallback ??= { agency: null, year }
    }
  }
  return fallback
}

/** The title's tail with nothing after it: 「青岚县自然资源局政府信息公开工作年度报告」 (no year). */
const SUFFIX_AT_END = new RegExp(`${SUFFIX}$`)

/**
 * A title that prints no year: the body before the tail, only where it touches the tail in one
 * segment (a breadcrumb 「某某县人民政府 > 政务公开 > 政府信息公开年报」 names the portal, not the body).
 */
export function parseYearlessTitle(rawTitle: string): string | null {
  const orig = prepareLine(rawTitle)
  const norm = normalizePunctuation(toSimplifiedForMatching(orig))
  const m = SUFFIX_AT_END.exec(norm)
  if (!m || m.index === 0) return null
  const pre = orig.slice(0, m.index)
  if (SEGMENT_BREAK.test(pre)) return null
  return cleanAgency(pre)
}

// ── where to look ───────────────────────────────────────────────────────────────────────────────

/** Heading of section 一 (or of 二, for reports that start with the tables). */
const FIRST_SECTION = /^\s*(?:[一二][、.．]|1[、.．])\s*(?:总体情况|政府信息公开工作的?(?:基本情况|概况|概述)|概述|基本情况|主动公开政府信息情况)/
/** Without a section heading, the title is looked for in this many lines; with one, up to it. */
const HEADER_ZONE_MAX = 40
const FIRST_SECTION_MAX = 120

function headerZoneEnd(lines: readonly string[]): number {
  const limit = Math.min(lines.length, FIRST_SECTION_MAX)
  for (let i = 0; i < limit; i++) if (FIRST_SECTION.test(lines[i] ?? '')) return i + 1
  return Math.min(lines.length, HEADER_ZONE_MAX)
}

/** A title may be broken over up to three short lines; longer lines are prose or chrome. */
function titleCandidates(lines: readonly string[], end: number): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = []
  for (let i = 0; i < end; i++) {
    const first = (lines[i] ?? '').trim()
    if (first === '' || isPageMarkerLine(first)) continue
    out.push({ text: first, line: i })
    let joined = first
    for (let k = 1; k <= 2 && i + k < lines.length; k++) {
      if (ANY_SUFFIX.test(toSimplifiedForMatching(joined)) || joined.length > 40) break
      const next = (lines[i + k] ?? '').trim()
      if (next === '' || next.length > 40) break
      // A line that is a whole title by itself is not the tail of the line before it (chrome).
      if (parseTitle(next)?.agency) break
      joined += next
      out.push({ text: joined, line: i })
    }
  }
  return out
}

// ── year fallbacks (no usable title) ────────────────────────────────────────────────────────────

const PERIOD_YEAR = new RegExp(`统计(?:期限|时限|周期|时间|区间|范围)[^。]{0,12}?${YEAR}年`)
/** 截止2023年12月31日 — the end of the reporting period. */
const PERIOD_END_YEAR = new RegExp(`(?:截止|截至|至)${YEAR}年12月31日`)
/** 汇报我镇2023年政府信息公开工作 / 现编制并公布本单位2023年度政府信息公开工作年度报告 */
const REPORTING_ON_YEAR = new RegExp(`(?:汇报|报告|编制|公布|发布|现将)[^，。；]{0,8}?${YEAR}年度?的?(?:政府信息公开|政务公开)工作`)
const REPORT_YEAR_IN_SENTENCE = new RegExp(`${YEAR}年度?(?:的)?(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:报告|年报)`)
const YEAR_REPORT_BASED = new RegExp(`${YEAR}年度报告(?:根据|依据|按照|是)`)
const YEAR_OPENING = new RegExp(`^${YEAR}年度?[，,]`)

function yearFallback(lines: readonly string[], end: number): { year: number; line: number } | null {
  const zone = lines.slice(0, Math.max(end, 12) + 8).map((l) => normalizePunctuation(toSimplifiedForMatching(prepareLine(l))).replace(/\u241e/g, ''))
  const tries: RegExp[] = [PERIOD_YEAR, YEAR_REPORT_BASED, REPORT_YEAR_IN_SENTENCE, REPORTING_ON_YEAR, PERIOD_END_YEAR, YEAR_OPENING]
  for (const re of tries) {
    for (let i = 0; i < zone.length; i++) {
      const m = re.exec(zone[i] ?? '')
      if (!m) continue
      const year = parseYear(m[1] ?? '')
      if (year !== null) return { year, line: i }
    }
  }
  return null
}

/** 本报告由 XX局 根据/结合/编制 … — the body named in the preamble, when there is no title. */
const PREAMBLE_BODY = /由([^，。；、《（\s]{2,30}?)(?:组织|负责)?(?:根据|结合|综合|依据|按照|汇总|编制|编写)/
/** …要求，编制 XX 2024年政府信息公开工作年度报告 — the report's own title inside the preamble. */
const PREAMBLE_TITLE = /编制(?:完成)?了?本?([^，。；、《（\s\d]{2,30}?)\d{4}年度?(?:政府信息公开|政务公开)工作年度报告/

function agencyFallback(lines: readonly string[], end: number): { agency: string; line: number } | null {
  // The preamble sometimes follows the heading of section 一 (crawled pages lose the title).
  for (let i = 0; i < Math.min(lines.length, end + 3); i++) {
    const t = prepareLine(lines[i] ?? '').replace(/\u241e/g, '')
    const simple = normalizePunctuation(toSimplifiedForMatching(t))
    const m = PREAMBLE_BODY.exec(simple) ?? PREAMBLE_TITLE.exec(simple)
    if (!m) continue
    // The office (办公室) of a department compiles the department's report: name the department.
    const named = t.substr(m.index + m[0].indexOf(m[1] ?? ''), (m[1] ?? '').length).replace(/(?<=(?:局|中心|委员会|委|厅|院|所|站|队))办公室$/, '')
    const agency = cleanAgency(named)
    if (agency) return { agency, line: i }
  }
  return null
}

/** The body signing the report: the text before the date on its line, or the line above it. A PDF's
 *  text layer may space the date out (「2023 年 1 月 15 日」): that line holds no body either. */
function signatureBody(lines: readonly string[], dateLine: number): { agency: string; line: number } | null {
  const own = lastSentence(toHalfWidthDigits((lines[dateLine] ?? '').trim())).replace(/\s*(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年.*$/, '')
  if (own !== '') {
    const agency = cleanAgency(own)
    return agency ? { agency, line: dateLine } : null
  }
  for (let i = dateLine - 1; i >= Math.max(0, dateLine - 2); i--) {
    const raw = (lines[i] ?? '').trim()
    if (raw === '') continue
    const agency = cleanAgency(raw)
    return agency ? { agency, line: i } : null
  }
  return null
}

// ── entry point ─────────────────────────────────────────────────────────────────────────────────

/**
 * `lines`: the report's paragraphs/lines in order, as printed. `meta.title` (a crawled page's title)
 * is used only when the report prints no title; `meta.pageDate` is never used: publishedOn is the
 * date the report itself is signed with, and null when it prints none.
 */
/** 「…年度报告汇编」「…年报合集」「…年度报告选编」: the cover of several reports bound together. */
const COMPILATION_TITLE = /(?:报告|年报)[）)]?(?:汇编|合集|选编|汇总本)\s*$/

function isCompilationTitle(text: string): boolean {
  return COMPILATION_TITLE.test(toSimplifiedForMatching(text).trim())
}

export function extractHeader(lines: string[], meta?: { title?: string; pageDate?: string }): HeaderResult {
  const result: HeaderResult = { agency: null, year: null, publishedOn: null }
  const end = headerZoneEnd(lines)

  let partial: { year: number | null; line: number } | null = null
  let titleLine: number | null = null
  for (const cand of titleCandidates(lines, end)) {
    // A compilation's cover (「某县2022年度政府信息公开工作年度报告汇编」) names the place that compiled
    // it, not the body of the report that follows; that report's own title comes next.
    if (isCompilationTitle(cand.text)) continue
    const parsed = parseTitle(cand.text)
    if (!parsed) continue
    if (parsed.agency) {
      result.agency = parsed.agency
      result.agencyLine = cand.line
      result.year = parsed.year
      result.yearLine = cand.line
      titleLine = cand.line
      break
    }
    partial ??= { year: parsed.year, line: cand.line }
  }
  if (result.agency === null && meta?.title && !isCompilationTitle(meta.title)) {
    const parsed = parseTitle(meta.title)
    if (parsed?.agency) {
      result.agency = parsed.agency
      result.year = parsed.year
    } else if (parsed?.year && !partial) {
      result.year = parsed.year
    }
  }
  if (result.year === null && partial?.year) {
    result.year = partial.year
    result.yearLine = partial.line
  }
  if (result.year === null) {
    const y = yearFallback(lines, end)
    if (y) {
      result.year = y.year
      result.yearLine = y.line
    }
  }
  if (result.agency === null) {
    const a = agencyFallback(lines, end)
    if (a) {
      result.agency = a.agency
      result.agencyLine = a.line
    }
  }
  if (result.agency === null) {
    for (const cand of titleCandidates(lines, end)) {
      const agency = parseYearlessTitle(cand.text)
      if (agency) {
        result.agency = agency
        result.agencyLine = cand.line
        break
      }
    }
  }
  const sig = signatureDate(lines, result.year) ?? (titleLine !== null ? titleDate(lines, titleLine, result.year) : null)
  if (sig) {
    result.publishedOn = sig.date
    result.dateLine = sig.line
    // A title without the body's name: the 落款 names it, above the date or before it on its line.
    if (result.agency === null) {
      const signed = signatureBody(lines, sig.line)
      if (signed) {
        result.agency = signed.agency
        result.agencyLine = signed.line
      }
    }
  }
  jointTitleAgency(lines, result)
  return result
}

/**
 * A title naming several bodies 「A、B…年度报告」 (two reports in one file under a joint title, or one report
 * by two bodies): the merged name is no body. The body is the one the 落款 names alone, if it is one of
 * the title's; else the agency is left empty with a note.
 */
function jointTitleAgency(lines: readonly string[], result: HeaderResult): void {
  const parts = result.agency?.split(/[、，,]/).map((x) => x.trim()) ?? []
  if (parts.length < 2 || parts.some((x) => cleanAgency(x) !== x)) return
  const signed = result.dateLine !== undefined ? signatureBody(lines, result.dateLine) : null
  if (signed && parts.includes(signed.agency)) {
    result.agency = signed.agency
    result.agencyLine = signed.line
    return
  }
  result.agencyNote = `标题列出几个机关「${result.agency}」，落款未单独写明其中哪一个发布本报告，未读取机关名称；请在报告视图中补填。`
  result.agency = null
  delete result.agencyLine
}
