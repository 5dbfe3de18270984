// Section 五 written as pairs: each numbered problem followed by its own measure ("问题一：…整改措施：…",
// "1.…。措施：…"), read before the halves are looked for.
import { numberedItems } from './problem-lists'
import { LINE_HEADING_MARK } from './problem-parts'

const AT_START = '(?:^|(?<=[。；！？;!?\\n\u0002\u0001]))\\s*'
/** "问题一：…" / "问题2：…": a numbered problem in the paired layout. */
// In brackets too, no colon ("【问题1】…【措施】…").
const PAIR_PROBLEM = new RegExp(`${AT_START}(?:问题(?:[一二三四五六七八九十]{1,3}|\\d{1,2})\\s*[：:]|【问题(?:[一二三四五六七八九十]{1,3}|\\d{1,2})】)`, 'g')
/** "整改措施：…" after each such problem. */
// A bare 措施： too, where each point opens with 问题： ("1.问题：…。措施：…").
// 整改方向： as well, and the bare 整改： and 对策： (session 37: "1.…。整改：…", "对策：…" on its own line); a dash may lead it ("。——整改措施：…"); in brackets, no colon ("【措施】…").
// A numbered measure (措施一：, 整改一：) answers 问题一：; it keeps its number, as a list marker is kept.
const PAIR_MEASURE = new RegExp(`${AT_START}(?:(?:——|—|－|-)\\s*)?(?:(?:(?:整改|改进)(?:措施|情况|举措|方向)?|措施|举措|对策)\\s*[：:]|【(?:(?:整改|改进)?(?:措施|举措|方向))】|(?<numbered>(?:措施|举措|整改)(?:[一二三四五六七八九十]{1,3}|\\d{1,2})\\s*[：:]))`)

/**
 * The layout "问题一：…整改措施：…问题二：…整改措施：…": each problem carries its own measure.
 * Null unless there are two such problems or more, each with its measure.
 */
/** Text without the heading-line marks and line breaks of joinKeepingHeadings. */
const withoutMarks = (s: string): string => s.replace(LINE_HEADING_MARK, '').replace(/\n/g, '').trim()

/**
 * A pair's topic heading before its problem's label ("（一）政府网站集约化方面 存在问题：…", "（二）关于政务公开队伍。
 * 存在问题：…"): the heading names the pair's subject, the problem starts after the label. Not a label right after
 * the number ("1.问题：…": the item as printed).
 */
const TOPIC_THEN_LABEL = /^\s*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]{1,2}、|\d{1,2}[、.．])\s*(?!(?:存在的?|主要)?问题)[^\s。；！？：:，,]{2,24}?[。.]?\s*(?:存在的?问题|主要问题|问题)\s*[：:]\s*/
const withoutTopic = (problem: string): string => problem.replace(TOPIC_THEN_LABEL, '')

/** The positions where the numbered problems of the paired layout start: 问题一：…, or any list marker (1.…整改措施：…). */
function pairStarts(text: string): number[] {
  const named = [...text.matchAll(PAIR_PROBLEM)].map((m) => m.index)
  if (named.length >= 2) return named
  // Marks and line breaks blanked, not removed, so that positions stay those of `text`.
  const blanked = text.replace(LINE_HEADING_MARK, (m) => ' '.repeat(m.length)).replace(/\n/g, ' ')
  const items = numberedItems(blanked)
  if (!items || items.length < 2) return []
  let from = 0
  return items.map((item) => (from = blanked.indexOf(item, from)))
}

export function pairedItems(text: string): { problems: string[]; improvements: string[] } | null {
  const starts = pairStarts(text)
  if (starts.length < 2) return null
  const problems: string[] = []
  const improvements: string[] = []
  for (const [i, at] of starts.entries()) {
    const segment = text.slice(at, starts[i + 1] ?? text.length)
    const m = PAIR_MEASURE.exec(segment)
    if (!m) return null
    problems.push(withoutTopic(withoutMarks(segment.slice(0, m.index))))
    const numbered = m.groups?.['numbered']
    improvements.push(withoutMarks(segment.slice(numbered ? m.index + m[0].length - numbered.length : m.index + m[0].length)))
  }
  return { problems, improvements }
}


/**
 * Last year's passage under a heading line of its own, then this year's points each followed by its
 * measure ("（一）上年度问题整改情况 …（二）存在的主要问题及改进措施 1.…。改进措施：…。2.…"): the pairs
 * are read from the text outside last year's part, which the caller keeps apart as usual. Null where
 * no line heading marks last year's part or the rest is not the paired layout.
 */
export function pairedAfterPrior(joined: string): { problems: string[]; improvements: string[] } | null {
  // split with a capturing group: [text before the first mark, kind, text, kind, text, …]
  const pieces = joined.split(new RegExp(LINE_HEADING_MARK.source))
  const kinds = pieces.filter((_, i) => i % 2 === 1)
  if (!kinds.includes('prior') || kinds.every((k) => k === 'prior')) return null
  const rest = pieces.filter((p, i) => i % 2 === 0 && (i === 0 || pieces[i - 1] !== 'prior')).join('\n')
  return pairedItems(rest)
}
