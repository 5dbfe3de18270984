// Where a table stands when its section heading is not found (absent, or worded past recognition):
// found by the table's own content — the template's row and column labels — never by position.
import { disclosureLayout } from './active-disclosure'
import { fuzzy, ROW_PATTERNS } from './row-labels'
import type { FlatText } from './flatten'
import type { SectionRange } from './sections'

export interface Zone {
  text: string
  offset: number
}

/** Where table 三 starts: its column headings (申请人情况 …, a 小计 column among them) just before its
 * first row label (本年新收…申请), else that label; or -1. */
function requestsStart(text: string): number {
  const received = ROW_PATTERNS.find((p) => p.key === 'received')!.re
  received.lastIndex = 0
  const at = received.exec(text)?.index ?? -1
  const head = at < 0 ? -1 : text.slice(Math.max(0, at - 300), at).search(new RegExp(fuzzy('申请人情况')))
  return head < 0 ? at : Math.max(0, at - 300) + head
}

const nextSectionStart = (sections: SectionRange[], at: number, text: string): number =>
  sections.find((s) => s.start > at)?.start ?? text.length

/** Table 三 without its heading (fragments, odd headings): from its first row label on. */
export function requestsFallbackZone(flat: FlatText, sections: SectionRange[]): Zone | null {
  const at = requestsStart(flat.text)
  if (at < 0) return null
  return { text: flat.text.slice(at, nextSectionStart(sections, at, flat.text)), offset: at }
}

/** Section 二's tables start at their caption (第二十条…) or their header (信息内容). */
const DISCLOSURE_START = new RegExp(`${fuzzy('第二十条')}|${fuzzy('信息内容')}`, 'g')

/**
 * Section 二 without its heading: from the first 第二十条 / 信息内容 before table 三, up to table 三
 * (or the next heading); kept only where the stretch carries a template's column headings.
 */
export function disclosureFallbackZone(flat: FlatText, sections: SectionRange[]): Zone | null {
  const three = requestsStart(flat.text)
  DISCLOSURE_START.lastIndex = 0
  const m = DISCLOSURE_START.exec(flat.text)
  if (!m || (three >= 0 && m.index > three)) return null
  const end = Math.min(nextSectionStart(sections, m.index, flat.text), three >= 0 ? three : flat.text.length)
  const text = flat.text.slice(m.index, end)
  return disclosureLayout(text) ? { text, offset: m.index } : null
}

/**
 * Table 四's header: 行政复议, then within a few lines a result column (结果维持 / 维持); or, laid out
 * one group per row, the result columns (…维持…) with the 行政复议 row below them.
 */
const REVIEW_HEADER = new RegExp(`${fuzzy('行政复议')}(?=[\\s\\S]{0,200}?${fuzzy('维持')})|(?:${fuzzy('结果')})?${fuzzy('维持')}(?=[\\s\\S]{0,200}?${fuzzy('行政复议')})`, 'g')

/** Table 四 without its heading: from its header (after table 三's first row) to the next heading. */
const GROUP_HEADING_LINE = /^(?:[\s\u3000|]|行政诉讼|行政复议|未经复议直接起诉|复议后起诉|项目|结果|维持|纠正|其他|尚未|审结|总计|合计|[：:]|[（(]\d+列[）)])+$/

export function reviewFallbackZone(flat: FlatText, sections: SectionRange[]): Zone | null {
  const three = requestsStart(flat.text)
  REVIEW_HEADER.lastIndex = Math.max(0, three)
  const m = REVIEW_HEADER.exec(flat.text)
  if (!m) return null
  // From the start of its line where only header words stand before it (行政诉讼 … 行政复议: the
  // groups printed in another order), so the column map sees the whole header line.
  let at = flat.text.lastIndexOf('\n', m.index) + 1
  if (at < three || /[\d０-９。，；]/.test(flat.text.slice(at, m.index))) at = m.index
  // Lines of header words alone just before it (a cell per line: 行政诉讼 / 行政复议 / … or 项目 / 结果纠正 /
  // 结果维持 …, the results in another order) belong to the header too.
  const fromLineStart = at === flat.text.lastIndexOf('\n', m.index) + 1
  while (fromLineStart && at > three) {
    const prev = flat.text.lastIndexOf('\n', at - 2) + 1
    if (prev < three || !GROUP_HEADING_LINE.test(flat.text.slice(prev, at - 1))) break
    at = prev
  }
  return { text: flat.text.slice(at, nextSectionStart(sections, at, flat.text)), offset: at }
}
