// Skew of a scanned page from its own ink: the angle at which the rows of dark pixels line up best
// (the sum of squared row counts peaks when text lines and table rulings are level). Searched on a
// reduced copy in 0.1° steps within ±maxDegrees. Positive: the page content is turned
// counter-clockwise as seen; rotate(img, -angle) levels it.
import type { GrayImage } from './gray-image'

const DARK = 140

export function skewDegrees(img: GrayImage, maxDegrees = 2, step = 0.1): number {
  const f = Math.max(1, Math.round(Math.max(img.width, img.height) / 800))
  const xs: number[] = []
  const ys: number[] = []
  for (let y = 0; y < img.height; y += f) {
    for (let x = 0; x < img.width; x += f) if (img.data[y * img.width + x]! < DARK) (xs.push(x / f), ys.push(y / f))
  }
  if (xs.length < 100) return 0
  // Half-pixel bins: a turn of a tenth of a degree moves a long rule by less than a pixel.
  const bins = 2 * (Math.ceil((img.height + img.width) / f) + 2)
  const offset = Math.ceil(img.width / f) + 1
  let best = 0, bestScore = -1
  for (let k = -Math.round(maxDegrees / step); k <= Math.round(maxDegrees / step); k++) {
    const a = (k * step * Math.PI) / 180
    const sin = Math.sin(a), cos = Math.cos(a)
    const counts = new Float64Array(bins)
    for (let i = 0; i < xs.length; i++) {
      const b = Math.round(2 * (ys[i]! * cos + xs[i]! * sin + offset))
      counts[b] = counts[b]! + 1
    }
    let score = 0
    for (let b = 0; b < bins; b++) score += counts[b]! * counts[b]!
    if (score > bestScore) (bestScore = score), (best = k * step)
  }
  return Math.round(best * 10) / 10
}
