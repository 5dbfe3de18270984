// Text of a web page that a reader does not see as part of a number: elements hidden by the page
// (the `hidden` attribute, a style attribute or a <style> rule that hides them: html-css.ts),
// struck-out text (<s>, <del>, line-through: a value the page shows as withdrawn), ruby annotations
// (<rt>, <rp>) — all removed; superscripts and subscripts (footnote marks, "120<sup>2</sup>")
// rewritten as superscript/subscript characters, kept apart from the digits they follow
// (footnote-marks.ts). Text raised by CSS instead of <sup>, hidden only under an @media condition
// (shown on a desktop screen) or set in <small> is kept, but where it touches a number's digits it
// is written as a mark too: "789" + a raised or sometimes-hidden "1" is never read 7891 or 1789.
// Done once on the parsed tree, before any text is taken.
import { asSubscript, asSuperscript } from './footnote-marks'
import { cssMatcher, elementLook, INLINE_TAGS, type CssElement, type CssLook, type CssMatcher } from './html-css'

/** The parts of a domhandler node this pass uses. */
interface Node {
  type: string
  name?: string
  data?: string
  attribs?: Record<string, string>
  children?: Node[]
  parent?: Node | null
}

const DROPPED_TAGS = new Set(['s', 'strike', 'del', 'rt', 'rp'])

export function isHiddenElement(n: Node, rules: CssMatcher, ancestors: readonly CssElement[] = []): boolean {
  if (n.type !== 'tag') return false
  if (DROPPED_TAGS.has(n.name ?? '')) return true
  if ('hidden' in (n.attribs ?? {})) return true
  return elementLook(n, ancestors, rules) === 'hidden'
}

function styleSheets(n: Node, out: string[] = []): string[] {
  for (const c of n.children ?? []) {
    if (c.type === 'style' || (c.type === 'tag' && c.name === 'style')) out.push((c.children ?? []).map((t) => t.data ?? '').join(''))
    else styleSheets(c, out)
  }
  return out
}

function rewriteText(n: Node, map: (s: string) => string): void {
  for (const c of n.children ?? []) {
    if (c.type === 'text') c.data = map(c.data ?? '')
    else rewriteText(c, map)
  }
}

function deepText(n: Node): string {
  return n.type === 'text' ? (n.data ?? '') : (n.children ?? []).map(deepText).join('')
}

/** Siblings looked through for printed text beside a node: its nearest ones decide. */
const MAX_SIBLINGS_LOOKED = 64

/** The text printed just before (side -1) or after (side 1) the node, within its inline run: the
 *  nearest sibling with printed text (so a run of many marks costs each only its neighbours). */
function besideText(n: Node, side: -1 | 1): string {
  const p = n.parent
  if (!p?.children) return ''
  const i = p.children.indexOf(n)
  for (let k = i + side, seen = 0; k >= 0 && k < p.children.length && seen < MAX_SIBLINGS_LOOKED; k += side, seen++) {
    const text = deepText(p.children[k]!)
    if (text.trim() !== '') return text
  }
  if (!INLINE_TAGS.has(p.name ?? '')) return ''
  return besideText(p, side)
}

/** Whether the node's text, glued to its neighbours', would run into a number's digits. */
function touchesDigits(n: Node): boolean {
  const own = deepText(n).trim()
  if (!/[0-9０-９]/.test(own)) return false
  return /[0-9０-９]\s*$/.test(besideText(n, -1)) || /^\s*[0-9０-９]/.test(besideText(n, 1))
}

/** A number and its unit just before: 「0件」「12.5万元」「3%」, or its bracketed sign: 「4（↓）」「115项（减）」. */
const NUMBER_AND_UNIT_BEFORE = /[0-9０-９]\s*(?:(?:件|个|项|条|次|人次|万元|千元|亿元|元|%|％)\s*(?:[（(][^（）()]{1,4}[)）])?|[（(][^（）()]{1,4}[)）])\s*$/

/**
 * Raised (or lowered) digits right after a number's unit or bracketed sign are a footnote mark too:
 * 「0件<sup-styled>11」 glued as 「0件11」 was read as 11 (section 二 has no sums to tell). Only for text raised by CSS: a
 * small or sometimes-hidden span after a unit may be printed on the line.
 */
function followsNumberAndUnit(n: Node): boolean {
  return /^[\s0-9０-９]+$/.test(deepText(n)) && NUMBER_AND_UNIT_BEFORE.test(besideText(n, -1))
}

/**
 * Removes hidden and struck text from the tree and rewrites sup/sub text as marks (in place).
 * Returns how many of the page's hiding/raising rules were not applied (past the bounds of
 * html-css.ts), or -1 when the rules stopped being applied part way through a page too large to
 * match them all; 0 when every rule was applied.
 */
export function dropHiddenText(root: Node): number {
  const rules = cssMatcher(styleSheets(root))
  // Elements raised by CSS, hidden only sometimes, or set small: marks only where they touch digits.
  const maybeMarks: [Node, CssLook | 'small'][] = []
  const ancestors: Node[] = []
  const walk = (n: Node): void => {
    if (!n.children) return
    if (n.type === 'tag') ancestors.push(n)
    n.children = n.children.filter((c) => !isHiddenElement(c, rules, ancestors))
    for (const c of n.children) {
      if (c.type === 'tag' && c.name !== 'sup' && c.name !== 'sub') {
        const look = elementLook(c, ancestors, rules)
        if (look) maybeMarks.push([c, look])
        else if (c.name === 'small') maybeMarks.push([c, 'small'])
      }
      walk(c)
      if (c.type === 'tag' && c.name === 'sup') rewriteText(c, asSuperscript)
      else if (c.type === 'tag' && c.name === 'sub') rewriteText(c, asSubscript)
    }
    if (n.type === 'tag') ancestors.pop()
  }
  walk(root)
  // After every hidden element is gone, so a neighbour's text is what the page prints.
  for (const [n, look] of maybeMarks) if (touchesDigits(n) || ((look === 'super' || look === 'sub') && followsNumberAndUnit(n))) rewriteText(n, look === 'sub' ? asSubscript : asSuperscript)
  return rules.leftOut > 0 ? rules.leftOut : rules.cut ? -1 : 0
}
