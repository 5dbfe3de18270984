// The report's header and signature: who reports (as the title writes it), on which year, and the
// 落款 date at the end. Titles come in many shapes: "XX市人民政府 2020 年度政府信息公开工作年度报告",
// "2024年XX局政府信息公开工作年度报告", "XX局关于2022年度政府信息公开情况的报告", broken over two
// lines, behind crawled-page chrome ("标题: …", "当前位置：首页 > …", "(图文)"), in traditional characters.
import { CN_NUMERAL_CHARS, parseYear, toHalfWidthDigits } from './numbers-cn'
import { YEAR, signatureDate, titleDate } from './header-date'
import { isPageMarkerLine, normalizePunctuation, toSimplifiedForMatching } from './prose-text'
import { SEGMENT_BREAK, cleanAgency, prepareLine } from './header-names'
import { nameHasMisMappedLetter } from '../text/mis-mapped-letters'
import { agencyFallback, signatureBody, textYear, yearFallback } from './header-fallbacks'
import { withoutQuotedTitles } from './quoted-titles'
import { bodiesAgree, chooseTitle, type WholeTitle } from './title-choice'
import { parseAgency } from '../identity/body'

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
  /** Why the year was left empty although the title prints one (it contradicts the 统计期限). */
  yearNote?: string
}

// ── title parsing ───────────────────────────────────────────────────────────────────────────────

/** The fixed tail of a title: 政府信息公开工作年度报告, 信息公开年报, 政府信息公开情况的报告 … */
const SUFFIX = '(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:工作)?(?:情况)?的?(?:报告|年报)'
/**
 * 「2024年1月20日」「2024年1月」 after a title's YEAR年: a publication date, not the report's year (review hr34 W1).
 * 「2023年1月至12月」 (a period) stays a year: a month or day followed by a range sign is no date.
 */
const NOT_A_DATE = `(?!\\s*(?:\\d{1,2}|[${CN_NUMERAL_CHARS}]{1,3})\\s*月(?:\\s*(?:\\d{1,2}|[${CN_NUMERAL_CHARS}]{1,3})\\s*[日号])?(?![\\d${CN_NUMERAL_CHARS}日号至到—－\\-–~～]))`
/** AGENCY? YEAR 年(度) AGENCY? SUFFIX */
/** 「2023年第2期」 (a gazette's issue) is no report year. */
const TITLE_YEAR_FIRST = new RegExp(`${YEAR}年${NOT_A_DATE}度?的?(?!第)(.{0,40}?)${SUFFIX}`, 'g')
/** AGENCY 政府信息公开工作 YEAR 年度报告 */
const TITLE_YEAR_INSIDE = new RegExp(`(?:政府信息公开|政务公开|信息公开)(?:工作)?${YEAR}年度?(?:工作)?(?:报告|年报)`, 'g')
/** AGENCY SUFFIX (YEAR 年度) */
const TITLE_YEAR_AFTER = new RegExp(`${SUFFIX}[（【]?${YEAR}年${NOT_A_DATE}度?[）】]?`, 'g')
const ANY_SUFFIX = new RegExp(SUFFIX)

const CN_OR_D = `(?:\\d{1,2}|[${CN_NUMERAL_CHARS}]{1,3})`
/** A publication date before the body's name: 「（2024年1月20日）某市人民政府…」. */
const LEADING_DATE = new RegExp(`^\\s*[（(【[]?\\s*${YEAR}年\\s*${CN_OR_D}\\s*月(?:\\s*${CN_OR_D}\\s*[日号])?\\s*[）)】\\]]?`)
const withoutLeadingDate = (s: string): string => s.replace(LEADING_DATE, '')

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
    const fromPre = cleanAgency(withoutLeadingDate(pre))
    const fromMid = mid === '' ? null : cleanAgency(withoutLeadingDate(mid))
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

/** A year on a line of its own under a title that prints none: 「（2022年度）」「2022年度」. */
const YEAR_ONLY_LINE = new RegExp(`^[（(【]?${YEAR}年度?[）)】]?$`)
/** A place of county level or above, which starts a body's own full name. */
const COUNTY_PLACE = /(?:省|市|县|区|州|盟|旗)$/

/**
 * A line that is a whole title by itself (with a body) is not the tail of the line before it (chrome),
 * unless the line before only starts a name (a place, no separator) and the tail's body names no place
 * of its own: 「某县住房和城乡⏎建设局2022年度…」 is one title broken inside the name.
 */
function tailIsOwnTitle(before: string, next: string): boolean {
  const agency = parseTitle(next)?.agency ?? parseYearlessTitle(next)
  if (!agency) return false
  const head = before.trim()
  const startsName = head.length <= 20 && !/[\s|｜>›»•·：:，。]/.test(head) && (parseAgency(head)?.places.length ?? 0) > 0
  const ownPlace = COUNTY_PLACE.test(parseAgency(agency)?.places[0] ?? '')
  return !(startsName && !ownPlace)
}

/** A title may be broken over up to three short lines; longer lines are prose or chrome. `last`: its last line. */
function titleCandidates(lines: readonly string[], end: number): { text: string; line: number; last: number }[] {
  const out: { text: string; line: number; last: number }[] = []
  for (let i = 0; i < end; i++) {
    const first = (lines[i] ?? '').trim()
    if (first === '' || isPageMarkerLine(first)) continue
    out.push({ text: first, line: i, last: i })
    let joined = first
    for (let k = 1; k <= 2 && i + k < lines.length; k++) {
      const next = (lines[i + k] ?? '').trim()
      if (next === '') break
      const complete = ANY_SUFFIX.test(toSimplifiedForMatching(joined))
      const yearLine = complete && YEAR_ONLY_LINE.test(toHalfWidthDigits(next).replace(/\s+/g, ''))
      if (!yearLine && (complete || joined.length > 40)) break
      if (next.length > 40 || (!yearLine && tailIsOwnTitle(joined, next))) break
      joined += next
      out.push({ text: joined, line: i, last: i + k })
      if (yearLine) break
    }
  }
  return out
}

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

  // Whole titles (body and year), one per line, and a title's lines are not titles of their own.
  let partial: { year: number | null; line: number } | null = null
  const whole: WholeTitle[] = []
  let covered = -1
  for (const cand of titleCandidates(lines, end)) {
    // A compilation's cover (「某县2022年度政府信息公开工作年度报告汇编」) names the place that compiled
    // it, not the body of the report that follows; that report's own title comes next.
    if (cand.line <= covered || isCompilationTitle(cand.text)) continue
    // Another report's title quoted in a sentence is not this one's.
    const parsed = parseTitle(withoutQuotedTitles(cand.text))
    if (!parsed) continue
    if (parsed.agency) {
      whole.push({ agency: parsed.agency, year: parsed.year, line: cand.line })
      covered = cand.last
      continue
    }
    if (whole.length === 0) partial ??= { year: parsed.year, line: cand.line }
  }
  const text = textYear(lines, end)
  const early = signatureDate(lines, null)
  const signedEarly = early ? signatureBody(lines, early.line) : null
  const title = chooseTitle(whole, { year: text?.year ?? null, signed: signedEarly?.agency ?? null, signedYear: early && Number(early.date.slice(5, 7)) <= 6 ? Number(early.date.slice(0, 4)) : null })
  // Titles of other years that nothing tells apart: no year is taken from any of them (review rv19d y1).
  if (!title && new Set(whole.map((t) => t.year)).size > 1) result.yearNote = `页首有几个不同年度的报告标题（${[...new Set(whole.map((t) => t.year))].join('、')}），正文未说明是哪一年度，未读取年度；请核对后在报告页「更正机关名称 / 年度」处补填。`
  let titleLine: number | null = null
  if (title) {
    result.agency = title.agency
    result.agencyLine = title.line
    result.year = title.year
    result.yearLine = title.line
    titleLine = title.line
  }
  const metaTitle = meta?.title && !isCompilationTitle(meta.title) ? parseTitle(meta.title) : null
  if (result.year === null && partial?.year) {
    result.year = partial.year
    result.yearLine = partial.line
  }
  // A title's year that the 统计期限 contradicts (a title copied from last year's report): neither is guessed.
  if (result.year !== null && text?.period && text.year !== result.year) {
    result.yearNote = `标题写 ${result.year} 年度，统计期限写 ${text.year} 年，二者不一致，未读取年度；请核对后在报告页「更正机关名称 / 年度」处补填。`
    result.year = null
    delete result.yearLine
  }
  if (result.year === null && !result.yearNote) {
    const y = yearFallback(lines, end)
    if (y) {
      result.year = y.year
      result.yearLine = y.line
    }
  }
  // A crawled page's <title> comes after what the text itself says (it may name another year or body).
  if (result.year === null && !result.yearNote && metaTitle?.year) result.year = metaTitle.year
  const sig = signatureDate(lines, result.year) ?? (titleLine !== null ? titleDate(lines, titleLine, result.year) : null)
  const signed = sig ? signatureBody(lines, sig.line) : null
  const agreesWithSignature = (agency: string): boolean => signed === null || bodiesAgree(agency, signed.agency)
  // The 落款 names the title's body with its places (「白河县城关街道办事处」 under 「城关街道办事处…报告」):
  // the fuller name, so that the body is not joined to another county's of that name (review rv19d y2).
  if (result.agency && signed && signed.agency.length > result.agency.length && signed.agency.endsWith(result.agency)) result.agency = signed.agency
  if (result.agency === null && metaTitle?.agency && agreesWithSignature(metaTitle.agency)) result.agency = metaTitle.agency
  // A title without a year names the body where the 落款 (or, with no 落款, the preamble's compiler) agrees
  // with it, before the compiler (review hr38 F1: 「由云溪市人民政府办公室…编制」 under the title
  // 「云溪市人民政府政府信息公开工作年度报告」 read the office). A title naming only the place
  // (「云溪市政府信息公开工作年度报告」) stands for the body of that place the 落款 names. Of several such
  // lines (a portal's heading above the body's own title) the one that agrees; where none agrees, the
  // title is no evidence against them (hr38b F4, F5).
  const compiled = result.agency === null ? agencyFallback(lines, end) : null
  const evidence = signed ?? (compiled ? { agency: compiled.agency, line: compiled.line } : null)
  const yearless = result.agency === null ? yearlessTitles(lines, end) : []
  const agreeing = evidence ? yearless.find((t) => evidence.agency.startsWith(t.agency) || bodiesAgree(t.agency, evidence.agency)) : yearless[0]
  if (agreeing) {
    // A place's name (「云溪市白鹭镇」) is no body: the agreeing 落款 or compiler names it.
    const placeOnly = /(?:省|市|州|盟|县|区|旗|镇|乡|街道)$/.test(agreeing.agency)
    const fuller = evidence && ((evidence.agency.length > agreeing.agency.length && evidence.agency.startsWith(agreeing.agency)) || placeOnly) ? evidence : null
    const chosen = fuller ?? agreeing
    // A short 落款 (「市教育局」) the compiler names in full (「云溪市教育局」): the full name.
    const full = compiled && compiled.agency.length > chosen.agency.length && compiled.agency.endsWith(chosen.agency) ? compiled : chosen
    result.agency = full.agency
    result.agencyLine = full.line
  }
  if (result.agency === null && compiled) {
    // The compiler named in the preamble (由县政府办公室…编制) is not the body where the 落款 names another;
    // an office compiles its body's report: where the 落款 names the body whose office it is, that body.
    const owner = compiled.compiler && signed && /^(?:办公室|办公厅|办)$/.test(compiled.agency.slice(signed.agency.length)) && compiled.agency.startsWith(signed.agency) ? signed : null
    if (owner) {
      result.agency = owner.agency
      result.agencyLine = owner.line
    } else if (!compiled.compiler || agreesWithSignature(compiled.agency)) {
      result.agency = compiled.agency
      result.agencyLine = compiled.line
    }
  }
  if (result.agency === null && yearless[0] && !signed) {
    result.agency = yearless[0].agency
    result.agencyLine = yearless[0].line
  }
  if (sig) {
    result.publishedOn = sig.date
    result.dateLine = sig.line
    // A title without the body's name: the 落款 names it, above the date or before it on its line.
    if (result.agency === null && signed) {
      result.agency = signed.agency
      result.agencyLine = signed.line
    }
  }
  jointTitleAgency(lines, result)
  misMappedAgency(result)
  return result
}

/** The title lines that name a body but no year, in order. */
function yearlessTitles(lines: readonly string[], end: number): { agency: string; line: number }[] {
  return titleCandidates(lines, end).flatMap((cand) => {
    const agency = parseYearlessTitle(cand.text)
    return agency ? [{ agency, line: cand.line }] : []
  })
}

/** A body's name with a letter no Chinese name has (「ß溪市人民政府Þ公室」, a PDF font's map partly wrong): not shown as the body. */
function misMappedAgency(result: HeaderResult): void {
  if (!result.agency || !nameHasMisMappedLetter(result.agency)) return
  result.agencyNote = `读到的机关名称「${result.agency}」中有不是汉字的字符（PDF 文字层的字符映射有误），未读取机关名称；可在报告页「更正机关名称 / 年度」处补填。`
  result.agency = null
  delete result.agencyLine
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
  result.agencyNote = `标题列出几个机关「${result.agency}」，落款未单独写明其中哪一个发布本报告，未读取机关名称；可在报告页「更正机关名称 / 年度」处补填。`
  result.agency = null
  delete result.agencyLine
}
