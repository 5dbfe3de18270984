// Which table in section 三 or 四 is this year's.
//
// Some reports print last year's table beside their own, captioned 「（一）2021年度情况」,
// 「2021年度：」 or 「附：2021年度…（供对比）」; a two-year report (「…2021—2022年度…」) prints one
// table per year. A table under a caption naming another 年度 than the report's is not this year's.
// Two tables with no year caption to tell them apart are both left unread with a note: taking the
// first would be a guess.
import type { ExtractionNote } from '../model/extraction'
import { fuzzy } from './row-labels'
import { normalizeDigits } from './cells'
import type { Zone } from './table-zones'
import { lastYearCaptions } from './year-captions'

export type YearTableKind = 'requests' | 'reviewLitigation'

/** A caption line: optional numbering (（一） 一、 附：), a year, then words without digits or a full stop. */
const CAPTION = /(?<=^|\n)[ \u3000\t]*(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|附[ \u3000]*[：:]?|[一二三四五六七八九十]{1,2}[、.．])?[ \u3000\t]*((?:19|20)\d\d)[ \u3000]*年[^\n\d。]{0,40}(?=\n|$)/g

/** A cell of a table: a number, or a dash or slash (none) — a sparse table prints most zeros so. */
const CELL = `(?:\\d[\\d,.]*(?:[（(]?件[)）]?)?|[—–－―/／](?![\\d—–－―])|[无〇○](?![\\u4e00-\\u9fff]))`
/** A table 三 begins at its 本年新收 row label followed by at least three cells (prose says 35件).
 *  The label may wrap over lines (plain pdftotext, a cell per line). */
/** Or the row's whole template label (a text printing a table's labels as a block before its numbers). */
const REQUESTS_START = new RegExp(`(?:${fuzzy('本年新收')}|${fuzzy('本年度新收')})(?:[^\\d。—–－―/／]{0,40}?(?:[\\s\\t\\uE000]*${CELL}){3}|(?=[\\s\\u3000]*${fuzzy('政府信息公开申请数量')}))`, 'g')
/** A table 四 begins at 行政复议 with its result columns (维持 … 纠正) close after it. */
const REVIEW_START = new RegExp(`${fuzzy('行政复议')}(?=[^]{0,250}?${fuzzy('维持')}[^\\d]{0,16}?${fuzzy('纠正')})`, 'g')
/** Numbers that must stand between two starts for them to be two tables (one table 四 has 15). */
const MIN_NUMBERS_BETWEEN: Record<YearTableKind, number> = { requests: 30, reviewLitigation: 5 }
const NAME: Record<YearTableKind, string> = { requests: '表三（收到和处理政府信息公开申请情况）', reviewLitigation: '表四（行政复议、行政诉讼情况）' }

const countNumbers = (s: string): number => s.match(/\d+/g)?.length ?? 0
/** Numbers and dash cells: what stands between two tables' starts (a sparse table prints zeros as —). */
const countCells = (s: string): number => s.match(new RegExp(CELL, 'g'))?.length ?? 0

/** Where each table of the kind starts in the text. */
export function tableStarts(text: string, kind: YearTableKind): number[] {
  const re = kind === 'requests' ? REQUESTS_START : REVIEW_START
  re.lastIndex = 0
  const out: number[] = []
  // Full-width digits as ASCII (one for one: positions hold).
  text = normalizeDigits(text)
  for (const m of text.matchAll(re)) {
    const prev = out[out.length - 1]
    if (prev !== undefined && countCells(text.slice(prev, m.index)) < MIN_NUMBERS_BETWEEN[kind]) continue
    out.push(m.index)
  }
  return out
}

interface Caption {
  at: number
  year: number
  /** How the caption names its year: 「2022年度」, or 「上年度」 where it gives no number. */
  label: string
}

function captions(text: string, reportYear: number | null): Caption[] {
  CAPTION.lastIndex = 0
  const out = [...text.matchAll(CAPTION)].map((m) => ({ at: m.index, year: Number(m[1]), label: `${m[1]}年度` }))
  // 「附：上年度（2022年）…（供对比）」: a caption naming last year in words (year-captions.ts).
  for (const c of lastYearCaptions(text, reportYear)) if (!out.some((o) => o.at === c.at)) out.push(c)
  return out.sort((a, b) => a.at - b.at)
}

export interface YearTableChoice {
  /** The stretch holding this year's table (the zone itself where nothing is in doubt), or null. */
  zone: Zone | null
  notes: ExtractionNote[]
}

/** A caption that makes a table a part of the body (「表2：其中局本级」), not the whole (「全局汇总」). */
const PART = /其中|本级|所属|下属|直属|派出/
const WHOLE = /汇总|全局|全部|合计|总表/

interface Table {
  at: number
  /** Where the stretch before it (its caption and header) begins: after the last row of numbers before it. */
  from: number
  seg: number
  part: boolean
}

function describeTables(text: string, starts: number[], bounds: number[]): Table[] {
  return starts.map((at, k) => {
    const seg = bounds.findIndex((b, i) => at >= b && at < bounds[i + 1]!)
    const prev = k > 0 && starts[k - 1]! >= bounds[seg]! ? starts[k - 1]! : null
    let from = bounds[seg]!
    if (prev !== null) {
      // After the previous table's last row of numbers.
      from = prev
      let pos = prev
      for (const line of text.slice(prev, at).split('\n')) {
        pos += line.length + 1
        if (countNumbers(line) >= 3 && pos <= at) from = pos
      }
    }
    const before = text.slice(Math.max(from, at - 300), at)
    return { at, from, seg, part: PART.test(before) && !WHOLE.test(before) }
  })
}

/**
 * This year's table among those of one kind in a section's zone. Where the zone holds one table
 * and no caption of another year stands before it, the zone is returned unchanged.
 */
export function thisYearTable(zone: Zone, year: number | null, kind: YearTableKind): YearTableChoice {
  const text = zone.text
  const starts = tableStarts(text, kind)
  const caps = captions(text, year)
  // A table chosen: said in the section's note; nothing chosen: said on the table (a visible flag).
  const field = `section.${kind}`
  // Segments: the stretch before the first caption (year unknown), then one per caption.
  const bounds = [0, ...caps.map((c) => c.at), text.length]
  const segYear = (seg: number): number | null => (seg === 0 ? null : caps[seg - 1]!.year)
  const yearLabel = (y: number): string => caps.find((c) => c.year === y)?.label ?? `${y}年度`
  const tables = describeTables(text, starts, bounds)
  const others = [...new Set(tables.map((t) => segYear(t.seg)).filter((y): y is number => y !== null && y !== year))]
  if (others.length === 0 && tables.length <= 1) return { zone, notes: [] }

  const own = tables.filter((t) => year !== null && segYear(t.seg) === year)
  const candidates = own.length > 0 ? own : tables.filter((t) => segYear(t.seg) === null)
  const wholes = candidates.filter((t) => !t.part)
  const picked = candidates.length === 1 ? candidates[0]! : wholes.length === 1 ? wholes[0]! : null
  const otherYears = others.map(yearLabel).join('、')
  if (picked) {
    const k = tables.indexOf(picked)
    const from = k > 0 && tables[k - 1]!.seg === picked.seg ? picked.from : bounds[picked.seg]!
    const next = tables[k + 1]
    const to = next && next.seg === picked.seg ? next.from : bounds[picked.seg + 1]!
    const parts = candidates.length - 1
    const otherYearTables = tables.length - candidates.length
    const notes: ExtractionNote[] = []
    if (otherYearTables > 0) notes.push({ field, message: `${NAME[kind]}：本部分另有 ${otherYearTables} 张标明为${otherYears || '其他年度'}的表格，未读取；只读取${segYear(picked.seg) !== null ? `标明为${segYear(picked.seg)}年度的` : '未标明其他年度的'}一张。` })
    if (parts > 0) notes.push({ field, message: `${NAME[kind]}：本部分另有 ${parts} 张标明为本机关一部分（如「其中…本级」）的表格，未读取；只读取全机关的一张。` })
    return { zone: { text: text.slice(from, to), offset: zone.offset + from }, notes }
  }
  // The same table printed twice or more (a copy under a picture caption, 「图1 …（截图）」): where every
  // copy prints the same numbers, whichever is this year's, they are its numbers. The first is read.
  const copies = sameNumbersThroughout(text, tables, bounds)
  if (candidates.length > 1 && others.length === 0 && copies) {
    return { zone: { text: text.slice(0, copies.to), offset: zone.offset }, notes: [{ field, message: `${NAME[kind]}在本部分印了 ${tables.length} 次，各张的数字完全相同，按第一张读取。` }] }
  }
  const why =
    candidates.length === 0 && others.length > 0
      ? `只见标明为${otherYears}的表格，未见本年度${year !== null ? `（${year}年）` : ''}的表格`
      : own.length > 1
        ? `有 ${candidates.length} 张表格都标明为${year}年度，不能确定读哪一张`
        : `有 ${candidates.length} 张表格，表前都没有标明年度的标题（如「${year ?? ''}年度」「上年度」「供对比」），未标明哪一张是本年度${year !== null ? `（${year}年）` : ''}的`
  return { zone: null, notes: [{ field: kind, message: `${NAME[kind]}${why}，为免读错年度，均未读取。` }] }
}

/** The numbers of a stretch of text, as printed (digits, commas and points). */
const numbersOf = (s: string): string[] => normalizeDigits(s).match(/\d[\d,.]*/g) ?? []

/**
 * Where every table of the zone prints the same numbers in the same order (from its first row to
 * where the next table's caption and header begin, the last to the end of the zone): the end of
 * the first table's stretch. Null otherwise.
 */
function sameNumbersThroughout(text: string, tables: Table[], bounds: number[]): { to: number } | null {
  if (tables.length < 2) return null
  const ends = tables.map((t, k) => (k + 1 < tables.length ? tables[k + 1]!.from : bounds[bounds.length - 1]!))
  const seqs = tables.map((t, k) => numbersOf(text.slice(t.at, ends[k]!)).join(' '))
  if (!seqs[0] || seqs.some((q) => q !== seqs[0])) return null
  // And the same column headings in the same order: a copy whose header puts 科研机构 before 商业企业
  // gives the same numbers other meanings (review rv17b).
  const heads = tables.map((t) => headingsOf(text.slice(t.from, t.at)))
  if (heads.some((h) => h !== heads[0])) return null
  return { to: ends[0]! }
}

/** The column headings of tables 三 and 四 a header prints, in order. */
const HEADING_WORDS = /自然人|法人或其他组织|商业企业|科研机构|社会公益组织|法律服务机构|其他|总计|合计|行政复议|行政诉讼|未经复议直接起诉|复议后起诉|结果维持|结果纠正|其他结果|尚未审结|上年|本年/g
const headingsOf = (header: string): string => (header.replace(/[\s\u3000]+/g, '').match(HEADING_WORDS) ?? []).join(' ')
