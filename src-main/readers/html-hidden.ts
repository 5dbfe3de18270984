// Text of a web page that a reader does not see as part of a number: elements hidden by the page
// (inline `display:none`, `visibility:hidden`, `font-size:0`, the `hidden` attribute, a class the
// page's own <style> hides), struck-out text (<s>, <del>, line-through: a value the page shows as
// withdrawn), ruby annotations (<rt>, <rp>) — all removed; superscripts and subscripts (footnote
// marks, "120<sup>2</sup>") rewritten as superscript/subscript characters, kept apart from the
// digits they follow (footnote-marks.ts). Done once on the parsed tree, before any text is taken.
import { asSubscript, asSuperscript } from './footnote-marks'

/** The parts of a domhandler node this pass uses. */
interface Node {
  type: string
  name?: string
  data?: string
  attribs?: Record<string, string>
  children?: Node[]
}

const DROPPED_TAGS = new Set(['s', 'strike', 'del', 'rt', 'rp'])
const HIDING_STYLE = /(?:^|[;\s])(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:!important)?\s*(?:;|$)|text-decoration(?:-line)?\s*:[^;]*line-through)/i

/** Class names that a <style> rule of the page hides (`.x{display:none}`, `.a, span.b {visibility:hidden}`). */
export function hiddenClasses(styleSheets: string[]): Set<string> {
  const out = new Set<string>()
  for (const css of styleSheets) {
    for (const m of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      if (!HIDING_STYLE.test(m[2]!)) continue
      // `.x` hides any element of class x; `span.x` only spans of that class (kept as "span.x").
      for (const sel of m[1]!.split(',')) {
        const one = /^\s*([a-z][a-z0-9]*)?\.([\w-]+)\s*$/i.exec(sel)
        if (one) out.add(one[1] ? `${one[1].toLowerCase()}.${one[2]}` : one[2]!)
      }
    }
  }
  return out
}

export function isHiddenElement(n: Node, classes: ReadonlySet<string>): boolean {
  if (n.type !== 'tag') return false
  if (DROPPED_TAGS.has(n.name ?? '')) return true
  const a = n.attribs ?? {}
  if ('hidden' in a) return true
  if (a.style && HIDING_STYLE.test(a.style)) return true
  return classes.size > 0 && (a.class ?? '').split(/\s+/).some((c) => c !== '' && (classes.has(c) || classes.has(`${n.name}.${c}`)))
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

/** Removes hidden and struck text from the tree and rewrites sup/sub text as marks (in place). */
export function dropHiddenText(root: Node): void {
  const classes = hiddenClasses(styleSheets(root))
  const walk = (n: Node): void => {
    if (!n.children) return
    n.children = n.children.filter((c) => !isHiddenElement(c, classes))
    for (const c of n.children) {
      walk(c)
      if (c.type === 'tag' && c.name === 'sup') rewriteText(c, asSuperscript)
      else if (c.type === 'tag' && c.name === 'sub') rewriteText(c, asSubscript)
    }
  }
  walk(root)
}
