// An HTML page checked against the bounds before a DOM is built: one streaming pass (no tree) counts
// elements, nesting depth and text, and stops at the first bound passed. Deep nesting (20 000
// levels) or millions of elements would otherwise make the DOM and the walks over it unbounded.
import { Parser } from 'htmlparser2'
import { breach, type BoundBreach, type ContentLimits } from './bounds'

class Stop extends Error {
  constructor(readonly why: BoundBreach) {
    super(why)
  }
}

export function htmlBreach(html: string, limits: ContentLimits): BoundBreach | null {
  let elements = 0
  let depth = 0
  let chars = 0
  // Markup aside, text and comments are what the reader keeps: bound them like a document's text.
  const maxChars = limits.maxChars * 4
  const parser = new Parser(
    {
      onopentagname() {
        if (++elements > limits.maxElements) throw new Stop(breach.elements(limits.maxElements))
        if (++depth > limits.maxDepth) throw new Stop(breach.depth(limits.maxDepth))
      },
      onclosetag() {
        if (depth > 0) depth--
      },
      ontext(data) {
        chars += data.length
        if (chars > maxChars) throw new Stop(breach.chars(limits.maxChars))
      },
    },
    { decodeEntities: false, lowerCaseTags: true },
  )
  try {
    // Written in slices so a stop comes early (the parser tokenises what it is given at once).
    for (let i = 0; i < html.length; i += 1 << 16) parser.write(html.slice(i, i + (1 << 16)))
    parser.end()
  } catch (e) {
    if (e instanceof Stop) return e.why
    throw e
  }
  return null
}
