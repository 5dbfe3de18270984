// DB post-processing of the detector's probability map: pixels above a threshold → connected
// regions → boxes, each kept only when the region's mean probability is high enough, then grown
// ("unclipped") by the DB rule, since the detector marks a shrunken core of each text line.
// Boxes are axis-aligned: pages are deskewed before detection.

export interface ProbMap {
  width: number
  height: number
  data: Float32Array
}

export interface PixelBox {
  x: number
  y: number
  w: number
  h: number
  /** Mean detector probability over the region. */
  score: number
}

export interface DbOptions {
  /** Pixel threshold on the probability map (PaddleOCR: 0.3). */
  threshold: number
  /** Minimum mean probability of a region (PaddleOCR: 0.6). */
  boxThreshold: number
  /** Growth ratio: distance = area × ratio / perimeter (PaddleOCR: 1.5). */
  unclipRatio: number
  /** Regions thinner than this (map pixels) are noise. */
  minSide: number
}

export const DB_DEFAULTS: DbOptions = { threshold: 0.3, boxThreshold: 0.6, unclipRatio: 1.5, minSide: 3 }

/** Boxes in map pixels. */
export function dbBoxes(map: ProbMap, opts: DbOptions = DB_DEFAULTS): PixelBox[] {
  const { width: W, height: H, data } = map
  const seen = new Uint8Array(W * H)
  const stack = new Int32Array(W * H)
  const out: PixelBox[] = []
  for (let start = 0; start < W * H; start++) {
    if (seen[start] || data[start]! <= opts.threshold) continue
    let top = 0
    stack[top++] = start
    seen[start] = 1
    let x0 = W, y0 = H, x1 = -1, y1 = -1, sum = 0, count = 0
    while (top > 0) {
      const p = stack[--top]!
      const px = p % W, py = (p - px) / W
      sum += data[p]!
      count++
      if (px < x0) x0 = px
      if (px > x1) x1 = px
      if (py < y0) y0 = py
      if (py > y1) y1 = py
      // 4-neighbours
      if (px > 0 && !seen[p - 1] && data[p - 1]! > opts.threshold) (seen[p - 1] = 1), (stack[top++] = p - 1)
      if (px < W - 1 && !seen[p + 1] && data[p + 1]! > opts.threshold) (seen[p + 1] = 1), (stack[top++] = p + 1)
      if (py > 0 && !seen[p - W] && data[p - W]! > opts.threshold) (seen[p - W] = 1), (stack[top++] = p - W)
      if (py < H - 1 && !seen[p + W] && data[p + W]! > opts.threshold) (seen[p + W] = 1), (stack[top++] = p + W)
    }
    const w = x1 - x0 + 1, h = y1 - y0 + 1
    if (Math.min(w, h) < opts.minSide) continue
    const score = sum / count
    if (score < opts.boxThreshold) continue
    const d = (w * h * opts.unclipRatio) / (2 * (w + h))
    out.push({ x: x0 - d, y: y0 - d, w: w + 2 * d, h: h + 2 * d, score })
  }
  return out
}
