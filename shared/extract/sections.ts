// Finds the six section headings in the flat text and cuts it into sections.
//
// Headings are matched anywhere (crawled pages run a whole report into one line), but each needs
// its key words, because table 三 has row labels of the same shape (一、本年新收…, 二、上年结转…,
// 三、本年度办理结果, 四、结转下年度继续办理) that are not headings.
import type { SectionKey } from '../model/report'
import { SECTION_KEYS } from '../model/report'

const SEP = '[、.．,，]'
const GAP = '[\\s\\u3000]*'

const NUM = '(?<![（(])[一二三四五六七八九十]'

/**
 * Heading patterns per section: the template's own numbering with its key words, or (for reports
 * that number the template's parts their own way, e.g. "一、主动公开政府信息情况" after a body's own
 * 一…六) any numeral with the heading's full wording.
 */
const HEADING: Record<SectionKey, RegExp> = {
  overview: new RegExp(`一${GAP}${SEP}${GAP}(?:总${GAP}体${GAP}情${GAP}况|概${GAP}述|基本情况)`, 'g'),
  activeDisclosure: new RegExp(`二${GAP}${SEP}${GAP}主${GAP}动${GAP}公${GAP}开|${NUM}${GAP}${SEP}${GAP}主动公开政府信息`, 'g'),
  requests: new RegExp(`三${GAP}${SEP}${GAP}(?:收${GAP}到${GAP}和${GAP}处${GAP}理|依申请公开)|${NUM}${GAP}${SEP}${GAP}收到和处理政府信息公开申请`, 'g'),
  // e.g. 四、政府信息公开行政复议、行政诉讼情况 / 四、因政府信息公开工作被申请行政复议提起行政诉讼情况
  reviewLitigation: new RegExp(
    `四${GAP}${SEP}${GAP}[^\\n\\d]{0,24}?(?:复${GAP}议|诉${GAP}讼)|${NUM}${GAP}${SEP}${GAP}(?:因?政府信息公开[^\\n\\d]{0,10})?行政复议`,
    'g',
  ),
  // e.g. 五、存在的主要问题及改进情况 / 五、政府信息公开工作存在的主要问题及改进情况
  problems: new RegExp(`五${GAP}${SEP}${GAP}[^\\n\\d]{0,24}?问${GAP}题|${NUM}${GAP}${SEP}${GAP}[^\\n\\d]{0,16}存在的主要问题`, 'g'),
  other: new RegExp(`(?:六|${NUM})${GAP}${SEP}${GAP}其${GAP}他${GAP}需${GAP}要${GAP}报${GAP}告`, 'g'),
}

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
