// Section 五 whose measures follow the numbered problems as a paragraph of their own with no heading, no
// transition and no numbers ("一是…；二是…；三是…。" then, on a new line, "畅通…。定期公开…。落实…。"): the
// paragraph that opens on a measure's verb starts the measures.
import { MEASURE_START, PARAGRAPH, numberedItems } from './problem-lists'

/** A list marker at the paragraph's start: then the marker rules (measuresRestart) decide, not this one. */
const MARKED = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]|[一二三四五六七八九十]{1,2}是|[①-⑩]|首先|第[一二三四五六七八九十])/

/** A paragraph whose points follow a cue and a colon, parted by ； ("主要是：A；B；C。"): a list as numbered ones are. */
const CUED_POINTS = /(?:主要是|主要有|主要表现为|表现为|表现在|如下|以下(?:问题|不足|几点|方面))[：:][^：:\u0002]*[；;][^：:\u0002]*$/

/** Where that paragraph starts, or null. Only after two numbered problems or more (or two cued ones). */
export function measuresParagraph(text: string): number | null {
  for (let at = text.indexOf(PARAGRAPH); at >= 0; at = text.indexOf(PARAGRAPH, at + 1)) {
    const start = at + 1
    const rest = text.slice(start)
    if (MARKED.test(rest) || !MEASURE_START.test(rest.slice(0, 30))) continue
    // A numbered problem after it: the measures are each problem's own (interleavedMeasures), no boundary.
    if (rest.split(PARAGRAPH).some((p) => MARKED.test(p))) return null
    const before = text.slice(0, at)
    const listed = (numberedItems(before)?.length ?? 0) >= 2 || CUED_POINTS.test(before)
    if (listed && /[。；;！？!?]\s*$/.test(before)) return start
  }
  return null
}

/**
 * Problems numbered, each followed by its own measure as an unnumbered paragraph opening on a measure's
 * verb ("一是…。" / "加强…。" / "二是…。" / "建立…。"): the numbered paragraphs are the problems, the others
 * the measures. Null unless a numbered problem follows a measure (else measuresParagraph's boundary holds)
 * and every numbered paragraph is one point of one list.
 */
export function interleavedMeasures(text: string): { problems: string; measures: string[] } | null {
  const problems: string[] = []
  const measures: string[] = []
  let last: 'problem' | 'measure' | null = null
  let problemAfterMeasure = false
  for (const para of text.split(PARAGRAPH)) {
    if (para.trim() === '') continue
    if (MARKED.test(para)) {
      problemAfterMeasure ||= last === 'measure'
      problems.push(para)
      last = 'problem'
    } else if (last !== null && MEASURE_START.test(para.slice(0, 30))) {
      measures.push(para)
      last = 'measure'
    } else if (last === 'measure') measures[measures.length - 1] += PARAGRAPH + para
    else if (last === 'problem') problems[problems.length - 1] += PARAGRAPH + para
    else problems.push(para)
  }
  if (!problemAfterMeasure) return null
  const marked = problems.filter((p) => MARKED.test(p)).length
  const joined = problems.join(PARAGRAPH)
  if (marked < 2 || numberedItems(joined)?.length !== marked) return null
  return { problems: joined, measures }
}
