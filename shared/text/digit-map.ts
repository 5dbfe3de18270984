// Does a PDF's text layer name the digits its page draws? A font whose Unicode map swaps two digits
// (5↔7: a ToUnicode map edited or mis-built) gives a layer that reads as a report, its labels right and
// every 5 a 7, with no odd letter to tell it (mis-mapped-letters.ts). The page drawn and read by OCR
// shows the digits as printed; the two readings of one page are compared number by number.
// Not by position (the document keeps none): as a multiset of the page's numbers of two digits and more
// (single digits are too common to pair, and the OCR drops many of them). A wrong map is a rule, the
// same digit always given as the same other digit; the OCR's misreads are not (a digit it misreads
// is still read right in most numbers). So a map is judged wrong only where a few numbers of the layer
// that the drawn page lacks all become numbers of the page by one digit substitution, and the layer's
// numbers holding those digits are then found on the page far more often substituted than as they are.
// A report's own arithmetic slip is drawn as printed: both readings agree, and nothing is found.
import type { SourceDocument } from '../model/document'

/** A digit substitution: the layer writes `layer` where the page draws `drawn`. */
export interface DigitPair {
  layer: string
  drawn: string
}

export interface DigitMapVerdict {
  /** The layer's digits are judged not to be the page's. */
  wrong: boolean
  /** The substitution found (empty when none). */
  pairs: DigitPair[]
  /** Numbers (2+ digits, holding a substituted digit) found on the page as the layer writes them / substituted. */
  asWritten: number
  substituted: number
  /** One number as the layer writes it and as the page draws it (for a message). */
  sample: { layer: string; drawn: string } | null
}

/** Votes a substitution needs (numbers of the layer that become the page's by it). */
const MIN_VOTES = 2
/** Numbers found on the page only substituted, at least. */
const MIN_SUBSTITUTED = 3
/** Substituted matches must outnumber as-written ones this many times. */
const DOMINANCE = 3

const NONE: DigitMapVerdict = { wrong: false, pairs: [], asWritten: 0, substituted: 0, sample: null }

/** The runs of ASCII digits of two or more in `texts`. */
export function numberRuns(texts: readonly string[]): string[] {
  return texts.flatMap((t) => t.match(/\d{2,}/g) ?? [])
}

function countOf(tokens: readonly string[]): Map<string, number> {
  const m = new Map<string, number>()
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1)
  return m
}

/** The digit pairs by which `a` becomes `b` (same length), or null when one digit would need two images. */
function substitution(a: string, b: string): Map<string, string> | null {
  const map = new Map<string, string>()
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue
    const seen = map.get(a[i]!)
    if (seen !== undefined && seen !== b[i]) return null
    map.set(a[i]!, b[i]!)
  }
  return map
}

/** `layer`'s numbers of a page against the `drawn` page's (numberRuns of each). */
export function judgeDigitMap(layer: readonly string[], drawn: readonly string[]): DigitMapVerdict {
  const drawnCount = countOf(drawn)
  const left = countOf(drawn)
  const unmatched: string[] = []
  for (const t of layer) {
    const n = left.get(t) ?? 0
    if (n > 0) left.set(t, n - 1)
    else unmatched.push(t)
  }
  const spare = [...left].filter(([, n]) => n > 0).map(([t]) => t)
  // Each unmatched number votes for the substitutions that make it one of the page's spare numbers.
  const votes = new Map<string, number>()
  for (const u of unmatched) {
    const pairs = new Set<string>()
    for (const v of spare) {
      if (v.length !== u.length || v === u) continue
      const sub = substitution(u, v)
      if (sub) for (const [a, b] of sub) pairs.add(a + b)
    }
    for (const p of pairs) votes.set(p, (votes.get(p) ?? 0) + 1)
  }
  const map = new Map<string, string>()
  for (const [p, n] of [...votes].sort((x, y) => y[1] - x[1])) {
    if (n < MIN_VOTES || map.has(p[0]!) || [...map.values()].includes(p[1]!)) continue
    // A rival image of the same digit with nearly as many votes: no rule, only misreads.
    const rival = Math.max(0, ...[...votes].filter(([q]) => q[0] === p[0] && q !== p).map(([, m]) => m))
    if (rival * 2 > n) continue
    map.set(p[0]!, p[1]!)
  }
  if (map.size === 0) return NONE
  const apply = (t: string): string => [...t].map((c) => map.get(c) ?? c).join('')
  let asWritten = 0
  let substituted = 0
  let sample: DigitMapVerdict['sample'] = null
  for (const t of new Set(layer)) {
    if (![...t].some((c) => map.has(c))) continue
    if (drawnCount.has(t)) asWritten++
    else if (drawnCount.has(apply(t))) {
      substituted++
      sample ??= { layer: t, drawn: apply(t) }
    }
  }
  const pairs = [...map].map(([l, d]) => ({ layer: l, drawn: d }))
  const wrong = substituted >= MIN_SUBSTITUTED && substituted >= DOMINANCE * asWritten
  return { wrong, pairs, asWritten, substituted, sample }
}

/** The texts a document's text layer holds on `page` (paragraphs, and table rows printed there). */
export function textsOnPage(doc: SourceDocument, page: number): string[] {
  const out: string[] = []
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') {
      if (b.loc.page === page) out.push(b.text)
    } else b.rows.forEach((row, i) => (b.rowPages?.[i] ?? b.loc.page) === page && out.push(...row.map((c) => c.text)))
  }
  return out
}
