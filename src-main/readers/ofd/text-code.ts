// OFD TextCode positions: X/Y of the first character, then DeltaX/DeltaY lists for the next ones,
// where "g N d" repeats the step d N times (GB/T 33190 §11.3). A missing step is unknown (null).

/** Expand a DeltaX/DeltaY list ("1 2 g 3 4.5 6" → [1, 2, 4.5, 4.5, 4.5, 6]), at most `max` steps. */
export function expandDeltas(s: string | undefined, max: number): number[] {
  const tokens = (s ?? '').trim().split(/\s+/).filter(Boolean)
  const out: number[] = []
  for (let i = 0; i < tokens.length && out.length < max; i++) {
    if (tokens[i] === 'g') {
      const n = Math.min(Number(tokens[i + 1]), max - out.length)
      const d = Number(tokens[i + 2])
      i += 2
      if (!Number.isFinite(n) || !Number.isFinite(d)) break
      for (let k = 0; k < n; k++) out.push(d)
    } else {
      const d = Number(tokens[i])
      if (!Number.isFinite(d)) break
      out.push(d)
    }
  }
  return out
}

export interface Glyph {
  ch: string
  /** Position in the text object's space (before CTM), baseline. */
  x: number
  y: number
  /** Step to the next character: the file's, or estimated from the font size where it gives none. */
  advance: number
  /** True when the advance is the file's own. */
  given: boolean
}

/** Without a step in the file: a full em for CJK and full-width forms, half an em otherwise. */
export function estimatedAdvance(ch: string, em: number): number {
  return /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60\u3000-\u303f“”‘’—…]/.test(ch) ? em : em * 0.5
}

/** Characters of one TextCode with their positions; `prev` is where the previous TextCode ended,
 *  `em` the object's font size (for steps the file leaves out). */
export function glyphsOf(text: string, attrs: Record<string, string>, prev: { x: number; y: number }, em: number): Glyph[] {
  const chars = [...text]
  const dx = expandDeltas(attrs.DeltaX, chars.length - 1)
  const dy = expandDeltas(attrs.DeltaY, chars.length - 1)
  const x0 = attrs.X !== undefined && Number.isFinite(Number(attrs.X)) ? Number(attrs.X) : prev.x
  const y0 = attrs.Y !== undefined && Number.isFinite(Number(attrs.Y)) ? Number(attrs.Y) : prev.y
  const out: Glyph[] = []
  let x = x0
  let y = y0
  chars.forEach((ch, i) => {
    const given = i < dx.length
    const step = given ? dx[i]! : estimatedAdvance(ch, em)
    out.push({ ch, x, y, advance: step, given })
    x += step
    y += dy[i] ?? 0
  })
  return out
}
