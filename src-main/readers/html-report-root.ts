// Which element of a web page holds the report: the smallest element carrying the most section
// headings, widened to hold every report on the page (a page with this year's report and last
// year's each in its own element keeps both, so the extractor can read the one and note the other),
// and never an outline box (a 文章目录 listing the headings before the content).
import { elements, SECTION_HEADINGS, textOf, type DomNode } from './html-dom'

/** An outline box holds at least this many headings as links, no table or picture, and little other text. */
const OUTLINE_MIN_HEADINGS = 3
const OUTLINE_CHARS_PER_HEADING = 40
const OUTLINE_EXTRA_CHARS = 80
/** Headings outside the chosen element that mean another report (or another part of this one) is there. */
const OTHER_REPORT_MIN_HEADINGS = 2

function headingCount(text: string): number {
  return SECTION_HEADINGS.filter((h) => h.test(text)).length
}

/** A box of headings only (a 文章目录 / outline): no table, no picture, little text, and each
 *  heading a link (a report's tail of short sections, 「四、… 无。」, is no outline). */
export function isOutlineBox(el: DomNode, text = textOf(el)): boolean {
  if (el.type !== 'tag') return false
  const compact = text.replace(/\s+/g, '')
  const n = headingCount(compact)
  if (n < OUTLINE_MIN_HEADINGS || compact.length > OUTLINE_CHARS_PER_HEADING * n + OUTLINE_EXTRA_CHARS) return false
  const inner = [el, ...elements(el)]
  if (inner.some((e) => e.name === 'table' || e.name === 'img')) return false
  const inLink = (e: DomNode): boolean => {
    for (let p: DomNode | null | undefined = e; p && p !== el.parent; p = p.parent) if (p.name === 'a') return true
    return false
  }
  return inner.every((e) => {
    const own = textOf(e)
    return SECTION_HEADINGS.every((h) => !h.test(own) || inLink(e) || (e.children ?? []).some((c) => c.type === 'tag' && h.test(textOf(c))))
  })
}

function contains(ancestor: DomNode, n: DomNode): boolean {
  for (let p: DomNode | null | undefined = n; p; p = p.parent) if (p === ancestor) return true
  return false
}

/** The report's element, or null (then the whole <body> is read). */
export function reportRoot(doc: DomNode): DomNode | null {
  const els = elements(doc)
  const texts = new Map(els.map((el) => [el, textOf(el)] as const))
  const outlines = els.filter((el) => isOutlineBox(el, texts.get(el)))
  const inOutline = (n: DomNode): boolean => outlines.some((o) => contains(o, n))
  let best: DomNode | null = null
  let bestScore = 0
  let bestLen = Infinity
  for (const el of els) {
    if (inOutline(el)) continue
    const text = texts.get(el) ?? ''
    const score = headingCount(text) + (/年度报告/.test(text) ? 0.5 : 0)
    if (score > bestScore || (score === bestScore && score > 0 && text.length < bestLen)) {
      best = el
      bestScore = score
      bestLen = text.length
    }
  }
  if (!best || bestScore < 1) return null
  // Each heading where it is written: the innermost element whose text carries it.
  const outside: DomNode[] = []
  const headingsOutside = new Set<number>()
  for (const el of els) {
    if (contains(best, el) || inOutline(el)) continue
    const text = texts.get(el) ?? ''
    SECTION_HEADINGS.forEach((h, i) => {
      if (!h.test(text)) return
      if ((el.children ?? []).some((c) => c.type === 'tag' && h.test(texts.get(c) ?? ''))) return
      outside.push(el)
      headingsOutside.add(i)
    })
  }
  if (headingsOutside.size < OTHER_REPORT_MIN_HEADINGS) return best
  let root: DomNode = best
  for (const el of outside) while (!contains(root, el) && root.parent) root = root.parent
  return root.type === 'tag' ? root : null
}
