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
// A few substituted numbers can also be the OCR's own habit with a rare digit (a closed-bowl 9 read 8 in
// the three numbers holding a 9): such a finding is `suspect` only, and the caller must corroborate it
// (the layer's sums hold once the map is undone: digit-recheck.ts); a finding over a large share of the
// compared numbers is `wrong` on its own.
import type { SourceDocument } from '../model/document'

/** A digit substitution: the layer writes `layer` where the page draws `drawn`. */
export interface DigitPair {
  layer: string
  drawn: string
}

export interface DigitMapVerdict {
  /** The layer's digits are judged not to be the page's (over MIN_SHARE of the compared numbers). */
  wrong: boolean
  /** A consistent substitution found, too few numbers to be proof alone (wrong implies suspect). */
  suspect: boolean
  /** Distinct numbers of the layer compared. */
  compared: number
  /** The substitution found (empty when none). */
  pairs: DigitPair[]
  /** Numbers (2+ digits, holding a substituted digit) found on the page as the layer writes them / substituted. */
  asWritten: number
  substituted: number
  /** One number as the layer writes it and as the page draws it (for a message). */
  sample: { layer: string; drawn: string } | null
}

/** Numbers of the layer a substitution pair must newly explain to be taken. */
const MIN_VOTES = 2
/** Numbers found on the page only substituted, at least. */
const MIN_SUBSTITUTED = 3
/** Substituted matches must outnumber as-written ones this many times. */
const DOMINANCE = 3
/** Share of the compared numbers found substituted that is proof without the sums (a 5↔7 swap changes
 *  some 40 % of a table page's numbers; an OCR habit with a rare digit, a few). */
const MIN_SHARE = 0.25

const NONE: DigitMapVerdict = { wrong: false, suspect: false, compared: 0, pairs: [], asWritten: 0, substituted: 0, sample: null }

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

/** Numbers of `layer` (distinct) that the page lacks as written but holds with `map` applied, less those
 *  it holds as written that `map` would change: how much better `map` explains the page than none. */
function gainOf(layer: ReadonlySet<string>, drawn: ReadonlyMap<string, number>, map: ReadonlyMap<string, string>): number {
  let gain = 0
  for (const t of layer) {
    const m = [...t].map((c) => map.get(c) ?? c).join('')
    if (m === t) continue
    if (!drawn.has(t) && drawn.has(m)) gain++
    else if (drawn.has(t) && !drawn.has(m)) gain--
  }
  return gain
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
  // The substitutions that would make a number of the layer one the page holds and the layer does not.
  const candidates = new Set<string>()
  for (const u of unmatched)
    for (const v of spare) {
      if (v.length !== u.length || v === u) continue
      const sub = substitution(u, v)
      if (sub) for (const [a, b] of sub) candidates.add(a + b)
    }
  // Grown a pair at a time, the pair that explains most more numbers first, while one explains MIN_VOTES more.
  const distinct = new Set(layer)
  const map = new Map<string, string>()
  for (;;) {
    const base = gainOf(distinct, drawnCount, map)
    let best: { pair: string; gain: number } | null = null
    for (const p of candidates) {
      if (map.has(p[0]!) || [...map.values()].includes(p[1]!)) continue
      const gain = gainOf(distinct, drawnCount, new Map([...map, [p[0]!, p[1]!]])) - base
      if (gain >= MIN_VOTES && (!best || gain > best.gain)) best = { pair: p, gain }
    }
    if (!best) break
    map.set(best.pair[0]!, best.pair[1]!)
  }
  if (map.size === 0) return { ...NONE, compared: distinct.size }
  const apply = (t: string): string => [...t].map((c) => map.get(c) ?? c).join('')
  let asWritten = 0
  let substituted = 0
  let sample: DigitMapVerdict['sample'] = null
  for (const t of distinct) {
    if (![...t].some((c) => map.has(c))) continue
    if (drawnCount.has(t)) asWritten++
    else if (drawnCount.has(apply(t))) {
      substituted++
      sample ??= { layer: t, drawn: apply(t) }
    }
  }
  const pairs = [...map].map(([l, d]) => ({ layer: l, drawn: d }))
  const suspect = substituted >= MIN_SUBSTITUTED && substituted >= DOMINANCE * asWritten
  const wrong = suspect && substituted >= MIN_SHARE * distinct.size
  return { wrong, suspect, compared: distinct.size, pairs, asWritten, substituted, sample }
}

/** `text` with each layer digit of `pairs` replaced by the digit the page draws. */
export function undoDigitMap(text: string, pairs: readonly DigitPair[]): string {
  const map = new Map(pairs.map((p) => [p.layer, p.drawn]))
  return text.replace(/\d/g, (d) => map.get(d) ?? d)
}

/** The document with its layer's digits undone by `pairs` (every text; the same rule on every page). */
export function documentWithDigitsUndone(doc: SourceDocument, pairs: readonly DigitPair[]): SourceDocument {
  const fix = (t: string): string => undoDigitMap(t, pairs)
  const blocks = doc.blocks.map((b) => (b.kind === 'paragraph' ? { ...b, text: fix(b.text) } : { ...b, rows: b.rows.map((r) => r.map((c) => ({ ...c, text: fix(c.text) }))) }))
  return { ...doc, blocks }
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
