// Section 五 whose measures follow the numbered problems as a paragraph of their own with no heading, no
// transition and no numbers ("一是…；二是…；三是…。" then, on a new line, "畅通…。定期公开…。落实…。"): the
// paragraph that opens on a measure's verb starts the measures.
import { MEASURE_START, PARAGRAPH, numberedItems } from './problem-lists'

/** A list marker at the paragraph's start: then the marker rules (measuresRestart) decide, not this one. */
const MARKED = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]|[一二三四五六七八九十]{1,2}是|[①-⑩]|首先|第[一二三四五六七八九十])/

/** Where that paragraph starts, or null. Only after two numbered problems or more. */
export function measuresParagraph(text: string): number | null {
  for (let at = text.indexOf(PARAGRAPH); at >= 0; at = text.indexOf(PARAGRAPH, at + 1)) {
    const start = at + 1
    const rest = text.slice(start)
    if (MARKED.test(rest) || !MEASURE_START.test(rest.slice(0, 30))) continue
    const before = text.slice(0, at)
    if ((numberedItems(before)?.length ?? 0) >= 2 && /[。；;！？!?]\s*$/.test(before)) return start
  }
  return null
}
