// Finds the six section headings in the flat text and cuts it into sections.
//
// Headings are matched anywhere (crawled pages run a whole report into one line), but each needs
// its key words, because table 三 has row labels of the same shape (一、本年新收…, 二、上年结转…,
// 三、本年度办理结果, 四、结转下年度继续办理) that are not headings.
import type { SectionKey } from '../model/report'
import { SECTION_KEYS } from '../model/report'
import { REQUEST_ROW_GROUP, REQUEST_ROW_LABELS } from '../model/template-labels'

const SEP = '[、.．,，]'
const GAP = '[\\s\\u3000]*'

const NUM = '(?<![（(])[一二三四五六七八九十]'
const CN = ['一', '二', '三', '四', '五', '六']

/**
 * The ways a part's number is printed: 三、 三． 三. 三 （三） (三) 第三部分 3. 3、 — the numeral of the
 * part itself, so that section 一's own （一）…（五） sub-headings and table 三's row labels
 * (一、本年新收… 四、结转下年度…) are not taken for parts.
 */
function partNumber(i: number): string {
  const n = CN[i]!
  return `(?:(?<![（(\\d])${n}${GAP}(?:${SEP}|[ \\u3000])|[（(]${GAP}${n}${GAP}[)）]|第${n}部分|(?<![\\d.．])${i + 1}${GAP}[.．、](?!\\d))`
}

/** Gap between a number and its heading's key words: no cells (digits, tabs, blanks, dashes). */
const WORDS = (n: number): string => `[^\\d\\t\\uE000－—/]{0,${n}}?`

/** Full wordings that name a part even without a number (at a line's start). */
const BARE: Record<SectionKey, string> = {
  overview: `(?:总${GAP}体${GAP}情${GAP}况|概${GAP}述|基${GAP}本${GAP}情${GAP}况)(?=${GAP}(?:\\n|。|$))`,
  activeDisclosure: `主${GAP}动${GAP}公${GAP}开${GAP}政${GAP}府${GAP}信${GAP}息${GAP}(?:的${GAP})?情${GAP}况`,
  requests: `(?:收${GAP}到${GAP}和${GAP}处${GAP}理${GAP}政${GAP}府${GAP}信${GAP}息${GAP}公${GAP}开${GAP}申${GAP}请|依${GAP}申${GAP}请${GAP}公${GAP}开${GAP}(?:政${GAP}府${GAP}信${GAP}息${GAP})?情${GAP}况)`,
  reviewLitigation: `(?:因${GAP})?(?:政${GAP}府${GAP}信${GAP}息${GAP}公${GAP}开${GAP}(?:工${GAP}作${GAP}被${GAP}申${GAP}请${GAP})?)?行${GAP}政${GAP}复${GAP}议${GAP}[、和及]?${GAP}(?:提${GAP}起${GAP})?行${GAP}政${GAP}诉${GAP}讼${GAP}(?:的${GAP})?情${GAP}况`,
  problems: `(?:政府信息公开工作)?存${GAP}在${GAP}的${GAP}主${GAP}要${GAP}问${GAP}题`,
  other: `其${GAP}他${GAP}需${GAP}要${GAP}报${GAP}告`,
}

/**
 * Table 三's row labels after their ordinal (「四、结转下年度继续办理」, 「4.保护第三方合法权益」, 「（四）无法提供」),
 * their first four characters: printed with no cells, a label has the shape of a part's number and
 * its next words, read across the line break into section 四's heading 「（四）行政复议…」, of that
 * heading. Right after a part's number, these words make no heading (labels shorter than four
 * characters, 「3.其他」 「（七）总计」, could be a heading's own words and are left out).
 */
const ROW_LABEL_AHEAD = (() => {
  const words = [...Object.values(REQUEST_ROW_LABELS), ...Object.values(REQUEST_ROW_GROUP)]
    .map((l) => l.replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/, ''))
    .filter((w) => w.length >= 4)
    .map((w) => [...w.slice(0, 4)].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(GAP))
  return `(?![、.．,，\\s]*(?:${[...new Set(words)].join('|')}))`
})()

/** Key words that, after the part's own number, make a heading. */
const NUMBERED: Record<SectionKey, string> = {
  overview: `(?:总${GAP}体${GAP}(?:工${GAP}作${GAP})?情${GAP}况|概${GAP}述|基本情况)`,
  activeDisclosure: `主${GAP}动${GAP}公${GAP}开`,
  requests: `(?:收${GAP}到${GAP}和${GAP}处${GAP}理|依${GAP}申${GAP}请${GAP}公${GAP}开)`,
  // Not a table 三 row label printed with no cells, section 四's heading on the next line (ROW_LABEL_AHEAD).
  reviewLitigation: `${ROW_LABEL_AHEAD}${WORDS(24)}(?:复${GAP}议|诉${GAP}讼)`,
  problems: `${ROW_LABEL_AHEAD}${WORDS(24)}问${GAP}题`,
  other: `其${GAP}他${GAP}需${GAP}要${GAP}报${GAP}告`,
}

const SECTION_INDEX: Record<SectionKey, number> = { overview: 0, activeDisclosure: 1, requests: 2, reviewLitigation: 3, problems: 4, other: 5 }

/**
 * Heading patterns per section: the part's own number (in any of its printed forms) with its key
 * words; any numeral with the heading's full wording (for reports that number the template's parts
 * their own way); or the full wording alone at the start of a line.
 */
const HEADING: Record<SectionKey, RegExp> = Object.fromEntries(
  (Object.keys(SECTION_INDEX) as SectionKey[]).map((key) => {
    const i = SECTION_INDEX[key]
    const alts = [
      `${partNumber(i)}${GAP}${NUMBERED[key]}`,
      `${NUM}${GAP}${SEP}${GAP}${BARE[key]}`,
      `(?<=^|\\n)[ \\u3000#*]*${BARE[key]}`,
      // "一 概述" whose space a converter dropped between CJK characters ("四因政府信息公开…"): at a line's start only.
      `(?<=^|\\n)[ \\u3000#*]*${CN[i]}(?![是则])${NUMBERED[key]}`,
    ]
    return [key, new RegExp(alts.join('|'), 'g')]
  }),
) as Record<SectionKey, RegExp>

/** Where section 五 starts when its heading was lost (seen in PDF→Markdown conversions). */
const PROBLEMS_FALLBACK = /（[一1]）[^\n。]{0,30}问题/g

export interface SectionRange {
  key: SectionKey
  /** Start of the heading. */
  start: number
  /** First character after the heading line's heading words. */
  bodyStart: number
  end: number
  /** False when the range was inferred without a printed heading. */
  headed: boolean
}

interface Candidate {
  key: SectionKey
  start: number
  end: number
}

function candidates(text: string): Candidate[] {
  const out: Candidate[] = []
  for (const key of SECTION_KEYS) {
    const re = HEADING[key]
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ key, start: m.index, end: m.index + m[0].length })
  }
  return out.sort((a, b) => a.start - b.start)
}

/**
 * A heading followed at once by another heading, and printed again further on, is a table of
 * contents entry. (Without a later copy it is the heading of a short section: "五、…问题…\n无。\n六、…".)
 */
function isTocEntry(c: Candidate, all: Candidate[]): boolean {
  return all.some((o) => o.start > c.start && o.start - c.end < 12) && all.some((o) => o.key === c.key && o.start > c.end)
}

/** End of the heading's own line (headings may carry a tail such as 情况 or the whole title). */
function headingBodyStart(text: string, c: Candidate): number {
  const rest = text.slice(c.end, c.end + 40)
  // Take the heading's remaining words up to the end of line or a clear break.
  const m = /^[^\n\d。：:（(]*?(?:情况|事项|措施|情形)?(?=\s|\n|$|[\d。：:（(])/.exec(rest)
  return c.end + (m ? m[0].length : 0)
}

export function findSections(text: string): SectionRange[] {
  const all = candidates(text).filter((c, _i, arr) => !isTocEntry(c, arr))
  // Each section's first heading after the previous section's, in template order.
  const chosen: Candidate[] = []
  let pos = 0
  for (const key of SECTION_KEYS) {
    const c = all.find((x) => x.key === key && x.start >= pos)
    if (!c) continue
    chosen.push(c)
    pos = c.end
  }
  const ranges: SectionRange[] = chosen.map((c, i) => ({
    key: c.key,
    start: c.start,
    bodyStart: headingBodyStart(text, c),
    end: chosen[i + 1]?.start ?? text.length,
    headed: true,
  }))
  return addLostProblemsSection(text, ranges)
}

/** Section 五's heading may be lost while its content stands between 四 and 六. */
function addLostProblemsSection(text: string, ranges: SectionRange[]): SectionRange[] {
  if (ranges.some((r) => r.key === 'problems')) return ranges
  const four = ranges.find((r) => r.key === 'reviewLitigation')
  const six = ranges.find((r) => r.key === 'other')
  if (!four || !six) return ranges
  PROBLEMS_FALLBACK.lastIndex = four.bodyStart
  const m = PROBLEMS_FALLBACK.exec(text)
  if (!m || m.index >= six.start) return ranges
  four.end = m.index
  const five: SectionRange = { key: 'problems', start: m.index, bodyStart: m.index, end: six.start, headed: false }
  return [...ranges.filter((r) => r.key !== 'other'), five, six].sort((a, b) => a.start - b.start)
}
