// OFD PathObject AbbreviatedData ("M x y L x y … C") → straight sub-paths, as point lists in the
// object's own space. Curves and arcs end the sub-path: they are never table borders.

export interface SubPath {
  pts: [number, number][]
  closed: boolean
}

/** Operand count of each path command (GB/T 33190 §9.2, table 36). */
const ARITY: Record<string, number> = { S: 2, M: 2, L: 2, Q: 4, B: 6, A: 7, C: 0 }

export function subPathsOf(data: string, maxPoints: number): SubPath[] {
  const tokens = data.trim().split(/[\s,]+/).filter(Boolean)
  const out: SubPath[] = []
  let cur: SubPath | null = null
  let points = 0
  for (let i = 0; i < tokens.length && points < maxPoints; ) {
    const op = tokens[i]!
    const n = ARITY[op]
    if (n === undefined) break // unknown token: stop rather than misread
    const args = tokens.slice(i + 1, i + 1 + n).map(Number)
    i += 1 + n
    if (args.length < n || args.some((v) => !Number.isFinite(v))) break
    if (op === 'M' || op === 'S') {
      cur = { pts: [[args[0]!, args[1]!]], closed: false }
      out.push(cur)
    } else if (op === 'L') {
      if (!cur) out.push((cur = { pts: [[0, 0]], closed: false }))
      cur.pts.push([args[0]!, args[1]!])
    } else if (op === 'C') {
      if (cur) cur.closed = true
      cur = null
    } else {
      // Q, B, A: a curve; the path continues from its end point as a new straight run.
      cur = { pts: [[args[n - 2]!, args[n - 1]!]], closed: false }
      out.push(cur)
    }
    points++
  }
  return out
}
