// Table ruling lines from a page's operator list: stroked axis-aligned segments and thin filled
// rectangles (Chromium and WPS draw cell borders both ways), in page space (y grows upwards).

export interface Ruling {
  /** 'h': horizontal, from x1 to x2 at y; 'v': vertical, from y1 to y2 at x. */
  dir: 'h' | 'v'
  /** Position across the line (y for 'h', x for 'v'). */
  at: number
  from: number
  to: number
}

/** The subset of pdf.js's OPS numbers this walk needs. */
export interface OpsTable {
  save: number
  restore: number
  transform: number
  constructPath: number
  stroke: number
  closeStroke: number
  fill: number
  eoFill: number
  fillStroke: number
  eoFillStroke: number
  closeFillStroke: number
  closeEOFillStroke: number
  rectangle?: number
}

type Matrix = [number, number, number, number, number, number]

const DRAW_MOVE = 0
const DRAW_LINE = 1
const DRAW_CURVE = 2
const DRAW_QUAD = 3
const DRAW_CLOSE = 4

/** Thicker than this (in points), a filled rectangle is a shaded cell, not a border. */
const MAX_RULE_THICKNESS = 2.5
/** Shorter than this, a segment is noise (e.g. a glyph-like mark). */
const MIN_RULE_LENGTH = 4

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ]
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]
}

/** Sub-paths of a pdf.js v5 DrawOPS buffer, as point lists with a closed flag. */
function subPaths(data: ArrayLike<number>): { pts: [number, number][]; closed: boolean }[] {
  const out: { pts: [number, number][]; closed: boolean }[] = []
  let cur: { pts: [number, number][]; closed: boolean } | null = null
  let i = 0
  while (i < data.length) {
    const op = data[i++]
    if (op === DRAW_MOVE) {
      cur = { pts: [[data[i]!, data[i + 1]!]], closed: false }
      out.push(cur)
      i += 2
    } else if (op === DRAW_LINE) {
      cur?.pts.push([data[i]!, data[i + 1]!])
      i += 2
    } else if (op === DRAW_CURVE) {
      cur = null // curves are never table borders
      i += 6
    } else if (op === DRAW_QUAD) {
      cur = null
      i += 4
    } else if (op === DRAW_CLOSE) {
      if (cur) cur.closed = true
    } else {
      break // unknown op: stop rather than misread
    }
  }
  return out
}

export function pushSegment(out: Ruling[], a: [number, number], b: [number, number]): void {
  const dx = Math.abs(a[0] - b[0])
  const dy = Math.abs(a[1] - b[1])
  if (dy < 0.5 && dx >= MIN_RULE_LENGTH) out.push({ dir: 'h', at: (a[1] + b[1]) / 2, from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0]) })
  else if (dx < 0.5 && dy >= MIN_RULE_LENGTH) out.push({ dir: 'v', at: (a[0] + b[0]) / 2, from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1]) })
}

/** A filled axis-aligned rectangle that is thin in one direction becomes a ruling. */
export function pushThinRect(out: Ruling[], pts: [number, number][]): void {
  if (pts.length < 4) return
  const xs = pts.map((p) => p[0])
  const ys = pts.map((p) => p[1])
  const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys)
  // Only axis-aligned rectangles: every point on the bounding box corners.
  if (!pts.every((p) => (Math.abs(p[0] - x0) < 0.5 || Math.abs(p[0] - x1) < 0.5) && (Math.abs(p[1] - y0) < 0.5 || Math.abs(p[1] - y1) < 0.5))) return
  const w = x1 - x0, h = y1 - y0
  if (h <= MAX_RULE_THICKNESS && w >= MIN_RULE_LENGTH) out.push({ dir: 'h', at: (y0 + y1) / 2, from: x0, to: x1 })
  else if (w <= MAX_RULE_THICKNESS && h >= MIN_RULE_LENGTH) out.push({ dir: 'v', at: (x0 + x1) / 2, from: y0, to: y1 })
}

export function rulingsFromOperatorList(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, OPS: OpsTable): Ruling[] {
  const out: Ruling[] = []
  let ctm: Matrix = [1, 0, 0, 1, 0, 0]
  const stack: Matrix[] = []
  const strokeOps = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke])
  const fillOps = new Set([OPS.fill, OPS.eoFill])
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]
    if (fn === OPS.save) stack.push(ctm)
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm
    else if (fn === OPS.transform) {
      const t = argsArray[i] as number[]
      ctm = multiply([t[0]!, t[1]!, t[2]!, t[3]!, t[4]!, t[5]!], ctm)
    } else if (fn === OPS.constructPath) {
      const args = argsArray[i] as [number, (ArrayLike<number> | null)[] | null, unknown]
      const paint = args[0]
      const data = args[1]?.[0]
      if (!data || (!strokeOps.has(paint) && !fillOps.has(paint))) continue
      for (const sp of subPaths(data)) {
        const pts = sp.pts.map(([x, y]) => apply(ctm, x, y))
        if (strokeOps.has(paint)) {
          for (let k = 1; k < pts.length; k++) pushSegment(out, pts[k - 1]!, pts[k]!)
          if (sp.closed && pts.length > 2) pushSegment(out, pts[pts.length - 1]!, pts[0]!)
        }
        if (fillOps.has(paint) || paint === OPS.fillStroke || paint === OPS.eoFillStroke) pushThinRect(out, pts)
      }
    }
  }
  return out
}
