// Skew of a scanned page from its own ink: the angle at which the rows of dark pixels line up best
// (the sum of squared row counts peaks when text lines and table rulings are level). Searched in
// 0.1° steps within ±maxDegrees, and beyond that in 0.5° steps up to ±wideDegrees (a page laid
// crooked on the glass, a phone photo), refined in 0.1° steps where a wide angle scores best.
// Positive: the page content is turned counter-clockwise as seen; rotate(img, -angle) levels it.
import type { GrayImage } from './gray-image'

const DARK = 140
/** Faint print (a worn copy, its strokes faded to 150–190): the pixels darker than this are its print. */
const FAINT_DARK = 200
/** Share of the page's pixels that are dark and touch another dark pixel, under which the page's
 *  print is too faint for DARK (see printDarkBelow). Pages of ordinary print hold 0.6–6.5 %. */
const MIN_PRINT_SHARE = 0.002
/** Faint print: its pixels darker than FAINT_DARK outnumber those darker than DARK this many times. */
const FAINT_SHARE = 3

/** The grey under which a pixel counts as print. A worn copy's faint print has few pixels darker than
 *  DARK, and those are mostly lone specks: its skew was measured on the specks' chance lines (a page
 *  of one short table, turned 1°, read as level, its rules then found in pieces and its rows lost). */
export function printDarkBelow(img: GrayImage): number {
  const { width: W, height: H, data } = img
  const joinedUnder = (t: number): number => {
    let n = 0
    for (let y = 1; y < H - 1; y++) {
      for (let x = 1, i = y * W + 1; x < W - 1; x++, i++) {
        if (data[i]! < t && (data[i - 1]! < t || data[i + 1]! < t || data[i - W]! < t || data[i + W]! < t)) n++
      }
    }
    return n
  }
  const dark = joinedUnder(DARK)
  if (dark >= MIN_PRINT_SHARE * W * H) return DARK
  // Little print, but is it faint? A clean page of two lines (a signature page) has few pixels
  // between DARK and FAINT_DARK (its glyphs' edges only); faint print has most of its pixels there.
  return joinedUnder(FAINT_DARK) >= FAINT_SHARE * dark ? FAINT_DARK : DARK
}

export function skewDegrees(img: GrayImage, maxDegrees = 2, step = 0.1, wideDegrees = 4): number {
  // Every dark pixel counts: skipping rows would favour level lines (a one-pixel rule on a skipped
  // row vanishes when level but not when turned).
  // Counted first, then kept in typed arrays (a page holds a few hundred thousand dark pixels).
  const below = printDarkBelow(img)
  let dark = 0
  for (let i = 0, n = img.width * img.height; i < n; i++) if (img.data[i]! < below) dark++
  if (dark < 100) return 0
  const xs = new Int32Array(dark)
  const ys = new Int32Array(dark)
  for (let y = 0, k = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) if (img.data[y * img.width + x]! < below) (xs[k] = x), (ys[k] = y), k++
  }
  // Two-pixel bins: a thin rule, once turned and resampled, is a staircase of one-pixel steps, each
  // level on its own; finer bins would score that staircase best at 0°. Both bin phases are scored,
  // so that a level two-pixel rule is not split by a bin edge.
  const bins = img.height + img.width + 8
  const offset = img.width + 2
  const score = (degrees: number): number => {
    const a = (degrees * Math.PI) / 180
    const sin = Math.sin(a), cos = Math.cos(a)
    const counts = new Float64Array(bins)
    for (let i = 0; i < xs.length; i++) {
      const b = Math.round(ys[i]! * cos + xs[i]! * sin + offset)
      counts[b] = counts[b]! + 1
    }
    let even = 0, odd = 0
    for (let b = 0; b + 2 < bins; b += 2) {
      even += (counts[b]! + counts[b + 1]!) ** 2
      odd += (counts[b + 1]! + counts[b + 2]!) ** 2
    }
    return Math.max(even, odd)
  }
  let best = 0, bestScore = -1
  const consider = (degrees: number): void => {
    const s = score(degrees)
    if (s > bestScore) (bestScore = s), (best = degrees)
  }
  const fine = Math.round(maxDegrees / step)
  for (let k = -fine; k <= fine; k++) consider(k * step)
  let wide = false
  for (let d = maxDegrees + 0.5; d <= wideDegrees + 1e-9; d += 0.5) {
    for (const sign of [-1, 1]) {
      const before = best
      consider(sign * d)
      if (best !== before) wide = true
    }
  }
  if (wide) {
    const centre = best
    for (let k = -4; k <= 4; k++) if (k !== 0) consider(centre + k * step)
  }
  return Math.round(best * 10) / 10
}
