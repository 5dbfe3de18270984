// The few CSS facts that decide whether text of a web page is printed as part of a number: hidden
// (display:none, visibility:hidden, font-size:0, opacity:0, struck through, moved off-screen or
// clipped to nothing as "screen-reader only" text), raised or lowered (vertical-align: a footnote
// mark set by CSS instead of <sup>), or hidden only under a condition (a rule inside @media: shown
// on a desktop screen, hidden on a phone or on paper). Read from an element's style attribute and
// from the page's <style> rules whose selector is simple enough to match here (tag, #id, .class,
// [attr], [attr=value], compounds of these, descendant and child combinators); any other rule
// (pseudo-classes, sibling combinators) is not used — its text is kept. The work is bounded: at most
// MAX_RULES rules, selectors of bounded length, each element tried only against the rules filed
// under its own id, classes and tag, and a budget of comparisons for the whole page; rules left out
// or not applied for these bounds are counted, and the reader notes them (html.ts).

/** How an element's text is printed: not at all ('unseen': only by ways trusted on inline text),
 *  raised, lowered, or hidden only sometimes. */
export type CssLook = 'hidden' | 'unseen' | 'super' | 'sub' | 'conditional'

/** One compound selector: `span#a.b.c[data-x]`. */
interface Compound {
  tag: string | null
  id: string | null
  classes: string[]
  attrs: { name: string; value: string | null }[]
}

export interface CssRule {
  /** Selector list; each selector is its compounds from outermost to the element itself. */
  selectors: Compound[][]
  look: CssLook
}

/** The parts of an element this module reads. */
export interface CssElement {
  name?: string
  attribs?: Record<string, string>
}

/** Inline tags: vertical-align raises their text (on a table cell it only aligns the content), and
 *  their text runs on with their neighbours' (a mark in one touches the number beside it). */
export const INLINE_TAGS = new Set(['span', 'a', 'font', 'em', 'i', 'b', 'strong', 'small', 'big', 'u', 'ins', 'label', 'code', 'sup', 'sub', 'abbr', 'cite', 'q', 'var', 'mark'])

/** Rules read from a page at most: a page's own hiding rules are few; a framework's are skipped past. */
const MAX_RULES = 2000
/** A selector longer than this (characters, or compounds) is not used: no page hides a footnote so. */
const MAX_SELECTOR_CHARS = 256
const MAX_COMPOUNDS = 8
/** Compound comparisons for the whole page at most (a few per element and rule that could apply):
 *  past it, the page's rules are no longer applied — the read stays near-linear in elements. */
export const MAX_MATCH_STEPS = 3_000_000

function declarations(style: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const d of style.split(';')) {
    const i = d.indexOf(':')
    if (i < 0) continue
    const prop = d.slice(0, i).trim().toLowerCase()
    const value = d.slice(i + 1).replace(/!\s*important/i, '').trim().toLowerCase()
    if (prop) out.set(prop, value)
  }
  return out
}

/** A CSS length in px (px, pt, em at 16 px, %): NaN when it is not one. */
function px(v: string | undefined): number {
  const m = /^(-?\d*\.?\d+)(px|pt|em|rem|%)?$/.exec((v ?? '').trim())
  if (!m) return NaN
  const n = Number(m[1])
  return m[2] === 'pt' ? (n * 4) / 3 : m[2] === 'em' || m[2] === 'rem' ? n * 16 : n
}

function isZero(v: string | undefined): boolean {
  return v !== undefined && /^0*\.?0*(?:px|pt|em|rem|%)?$/.test(v) && /0/.test(v)
}

/**
 * Hidden by these declarations: 'hidden' (display:none, visibility, font-size 0, struck through),
 * 'unseen' (opacity 0, moved off the page, clipped to nothing: ways that also serve fade-ins and
 * sliders, so trusted only on inline text — a whole block so styled is kept), or not.
 */
function hides(d: Map<string, string>): 'hidden' | 'unseen' | null {
  if (d.get('display') === 'none') return 'hidden'
  // Word's own HTML marks its hidden text so (and reads it back hidden); a browser ignores it.
  if (d.get('mso-hide') === 'all') return 'hidden'
  if (/^(?:hidden|collapse)$/.test(d.get('visibility') ?? '')) return 'hidden'
  if (isZero(d.get('font-size'))) return 'hidden'
  if (/line-through/.test(d.get('text-decoration') ?? '') || /line-through/.test(d.get('text-decoration-line') ?? '')) return 'hidden'
  if (isZero(d.get('opacity')) || px(d.get('text-indent')) <= -999) return 'unseen'
  if (/^(?:absolute|fixed)$/.test(d.get('position') ?? '')) {
    // Moved off the page (left:-9999px), or clipped to nothing / one pixel ("sr-only").
    if (['left', 'top', 'right', 'margin-left', 'margin-top'].some((p) => px(d.get(p)) <= -999)) return 'unseen'
    if (/^rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)$/.test(d.get('clip') ?? '')) return 'unseen'
    if (/^inset\(\s*50%\s*\)$/.test(d.get('clip-path') ?? '')) return 'unseen'
    if (px(d.get('width')) <= 1 && px(d.get('height')) <= 1 && d.get('overflow') === 'hidden') return 'unseen'
  }
  return null
}

/** Raised or lowered by vertical-align (super/top/text-top or a positive length raise; sub/bottom/… lower). */
function raises(d: Map<string, string>): 'super' | 'sub' | null {
  const v = d.get('vertical-align')
  if (!v) return null
  if (/^(?:super|top|text-top)$/.test(v)) return 'super'
  if (/^(?:sub|bottom|text-bottom)$/.test(v)) return 'sub'
  const n = px(v)
  return n > 0 ? 'super' : n < 0 ? 'sub' : null
}

/** The look set by a list of declarations (a style attribute or a rule's block), or null. */
export function declarationsLook(style: string): 'hidden' | 'unseen' | 'super' | 'sub' | null {
  const d = declarations(style)
  return hides(d) ?? raises(d)
}

function parseCompound(s: string): Compound | null {
  const m = /^(\*|[a-z][a-z0-9]*)?((?:[.#][\w-]+|\[[^\]]*\])*)$/i.exec(s)
  if (!m || s === '') return null
  const c: Compound = { tag: m[1] && m[1] !== '*' ? m[1].toLowerCase() : null, id: null, classes: [], attrs: [] }
  for (const p of m[2]!.match(/[.#][\w-]+|\[[^\]]*\]/g) ?? []) {
    if (p[0] === '.') c.classes.push(p.slice(1))
    else if (p[0] === '#') c.id = p.slice(1)
    else {
      const a = /^\[\s*([\w-]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([\w-]+))\s*)?\]$/.exec(p)
      if (!a) return null
      c.attrs.push({ name: a[1]!.toLowerCase(), value: a[2] ?? a[3] ?? a[4] ?? null })
    }
  }
  return c
}

/** A selector as compounds, or null when it uses what this module does not match (:hover, +, ~). */
function parseSelector(sel: string): Compound[] | null {
  const s = sel.trim().replace(/\s*>\s*/g, ' ')
  if (s === '' || /[:+~]/.test(s)) return null
  const parts = s.split(/\s+/).map(parseCompound)
  return parts.every((p): p is Compound => p !== null) ? parts : null
}

/** A selector too long to be matched within the bounds (its rule is counted as left out). */
const tooLong = (sel: string): boolean => sel.length > MAX_SELECTOR_CHARS || sel.trim().split(/[\s>]+/).length > MAX_COMPOUNDS

/** Rules of the page's style sheets that hide or raise text; those inside @media are `conditional`.
 *  `leftOut` counts the rules that would hide or raise text but were not kept (past MAX_RULES, or
 *  with a selector past the length bounds). */
export function cssRules(styleSheets: string[], leftOut: { count: number } = { count: 0 }): CssRule[] {
  const out: CssRule[] = []
  const read = (css: string, conditional: boolean): void => {
    let i = 0
    while (i < css.length) {
      const open = css.indexOf('{', i)
      if (open < 0) return
      let prelude = css.slice(i, open)
      // An at-rule statement before the block (@import …; @charset …;) is not part of its prelude.
      const semi = prelude.lastIndexOf(';')
      if (semi >= 0) prelude = prelude.slice(semi + 1)
      prelude = prelude.trim()
      // The block's end, counting nested braces.
      let depth = 1
      let j = open + 1
      while (j < css.length && depth > 0) {
        if (css[j] === '{') depth++
        else if (css[j] === '}') depth--
        j++
      }
      const body = css.slice(open + 1, depth === 0 ? j - 1 : j)
      if (prelude.startsWith('@')) {
        // @media/@supports/@container hold rules that apply only sometimes; @layer always;
        // @font-face, @keyframes, @page hold no rules for elements.
        if (/^@layer\b/i.test(prelude)) read(body, conditional)
        else if (/^@(?:media|supports|container|document)\b/i.test(prelude)) read(body, true)
      } else {
        const look = declarationsLook(body)
        if (look) {
          const parts = prelude.split(',')
          const kept = parts.filter((p) => !tooLong(p))
          const selectors = kept.map(parseSelector).filter((s): s is Compound[] => s !== null)
          if (selectors.length && out.length < MAX_RULES) out.push({ selectors, look: conditional ? 'conditional' : look })
          else if (selectors.length || kept.length < parts.length) leftOut.count++
        }
      }
      i = j
    }
  }
  for (const css of styleSheets) read(css.replace(/\/\*[\s\S]*?\*\//g, ''), false)
  return out
}

/** One selector of a rule, filed under its last compound's id, first class or tag (or none): an
 *  element is tried only against the selectors filed under its own id, classes and tag. */
interface Filed {
  sel: Compound[]
  look: CssLook
}

/**
 * The page's rules, ready to match: filed by key, with a budget of compound comparisons for the
 * whole page (MAX_MATCH_STEPS). `cut` is set once the budget is spent (later elements get no rule)
 * or when cssRules left rules out: the reader then notes that hiding rules were not all applied.
 */
export class CssMatcher {
  private readonly byId = new Map<string, Filed[]>()
  private readonly byClass = new Map<string, Filed[]>()
  private readonly byTag = new Map<string, Filed[]>()
  private readonly rest: Filed[] = []
  private readonly classSets = new WeakMap<CssElement, Set<string>>()
  private steps = 0
  /** Rules the page has that were not kept (cssRules' leftOut). */
  leftOut: number
  cut: boolean

  constructor(
    rules: readonly CssRule[],
    leftOut = 0,
    private readonly maxSteps = MAX_MATCH_STEPS,
  ) {
    this.leftOut = leftOut
    this.cut = leftOut > 0
    for (const r of rules) {
      for (const sel of r.selectors) {
        const last = sel[sel.length - 1]!
        const f: Filed = { sel, look: r.look }
        if (last.id !== null) push(this.byId, last.id, f)
        else if (last.classes.length) push(this.byClass, last.classes[0]!, f)
        else if (last.tag !== null) push(this.byTag, last.tag, f)
        else this.rest.push(f)
      }
    }
  }

  /** Compound comparisons made so far (the work MAX_MATCH_STEPS bounds). */
  get work(): number {
    return this.steps
  }

  /** The looks of the rules whose selectors match the element (each rule's look once per selector). */
  looks(el: CssElement, ancestors: readonly CssElement[], inline: boolean): CssLook[] {
    const a = el.attribs ?? {}
    const candidates: Filed[][] = [this.rest]
    if (a.id !== undefined) candidates.push(this.byId.get(a.id) ?? [])
    for (const k of this.classesOf(el)) candidates.push(this.byClass.get(k) ?? [])
    if (el.name) candidates.push(this.byTag.get(el.name) ?? [])
    const out: CssLook[] = []
    for (const list of candidates) {
      for (const f of list) {
        // vertical-align on a table cell or a block aligns its content: nothing is raised.
        if (f.look !== 'hidden' && !inline) continue
        if (this.steps > this.maxSteps) {
          this.cut = true
          return out
        }
        if (this.matches(f.sel, el, ancestors)) out.push(f.look)
      }
    }
    return out
  }

  private classesOf(el: CssElement): Set<string> {
    let set = this.classSets.get(el)
    if (!set) {
      set = new Set((el.attribs?.class ?? '').split(/\s+/).filter(Boolean))
      this.classSets.set(el, set)
    }
    return set
  }

  private matchesCompound(c: Compound, el: CssElement): boolean {
    this.steps++
    const a = el.attribs ?? {}
    if (c.tag && c.tag !== el.name) return false
    if (c.id !== null && a.id !== c.id) return false
    if (c.classes.length) {
      const own = this.classesOf(el)
      if (!c.classes.every((k) => own.has(k))) return false
    }
    return c.attrs.every((x) => x.name in a && (x.value === null || a[x.name] === x.value))
  }

  /** Whether a selector matches the element, given its ancestors (outermost first). */
  private matches(sel: Compound[], el: CssElement, ancestors: readonly CssElement[]): boolean {
    if (!this.matchesCompound(sel[sel.length - 1]!, el)) return false
    let k = ancestors.length - 1
    for (let s = sel.length - 2; s >= 0; s--) {
      while (k >= 0 && !this.matchesCompound(sel[s]!, ancestors[k]!)) k--
      if (k < 0) return false
      k--
    }
    return true
  }
}

function push(m: Map<string, Filed[]>, key: string, f: Filed): void {
  const list = m.get(key)
  if (list) list.push(f)
  else m.set(key, [f])
}

/** The matcher of a page's style sheets (cssRules, filed and bounded). */
export function cssMatcher(styleSheets: string[]): CssMatcher {
  const leftOut = { count: 0 }
  const rules = cssRules(styleSheets, leftOut)
  return new CssMatcher(rules, leftOut.count)
}

/**
 * How the element's text is printed, by its style attribute and the page's rules: hidden wins;
 * then, on inline elements only, unseen (→ hidden), raised/lowered, hidden only under a condition.
 */
export function elementLook(el: CssElement, ancestors: readonly CssElement[], rules: CssMatcher): CssLook | null {
  const inline = INLINE_TAGS.has(el.name ?? '')
  const own = el.attribs?.style ? declarationsLook(el.attribs.style) : null
  const looks: CssLook[] = own ? [own, ...rules.looks(el, ancestors, inline)] : rules.looks(el, ancestors, inline)
  if (looks.includes('hidden')) return 'hidden'
  if (!inline) return null
  if (looks.includes('unseen')) return 'hidden'
  return looks.find((l) => l === 'super' || l === 'sub') ?? (looks.includes('conditional') ? 'conditional' : null)
}
