// Where on the page a picture can hide text (hidden-layer.ts): only the part of it that lies on the
// page and inside the current clip. A picture placed mostly off the page, or shown through a clipped
// band (a footer strip showing a corner of a full-page picture), covers only that part (hostile review
// hr30 UL1: such born-digital pages were taken for scans and their text set aside).

type Matrix = [number, number, number, number, number, number]

/** An axis-aligned box in page space: [x0, y0, x1, y1] with x0 <= x1, y0 <= y1. */
export type Box = [number, number, number, number]

/** No bound at all (the clip before any clip path is set). */
export const EVERYWHERE: Box = [-Infinity, -Infinity, Infinity, Infinity]

/** The bounding box, in page space, of the user-space box [x0, y0, x1, y1] drawn under `ctm`. */
export function boxUnder(ctm: Matrix, x0: number, y0: number, x1: number, y1: number): Box {
  const xs: number[] = []
  const ys: number[] = []
  for (const [x, y] of [[x0, y0], [x1, y0], [x0, y1], [x1, y1]] as const) {
    xs.push(ctm[0] * x + ctm[2] * y + ctm[4])
    ys.push(ctm[1] * x + ctm[3] * y + ctm[5])
  }
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]
}

/** The overlap of two boxes (empty: zero width or height). */
export function intersect(a: Box, b: Box): Box {
  const x0 = Math.max(a[0], b[0])
  const y0 = Math.max(a[1], b[1])
  return [x0, y0, Math.max(x0, Math.min(a[2], b[2])), Math.max(y0, Math.min(a[3], b[3]))]
}

const area = (b: Box): number => (b[2] - b[0]) * (b[3] - b[1])

/**
 * The page area a picture (the unit square under `ctm`) covers inside `clip` and `page`. A turned
 * picture's bounding box is larger than the picture: the overlap is scaled by the picture's own area
 * over its box's, never more than the picture.
 */
export function coveredArea(ctm: Matrix, clip: Box, page: Box): number {
  const own = Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2])
  const box = boxUnder(ctm, 0, 0, 1, 1)
  const whole = area(box)
  if (own === 0 || whole === 0) return 0
  return (area(intersect(intersect(box, clip), page)) * own) / whole
}
