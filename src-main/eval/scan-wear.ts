// The harder kinds of wear a new user's scans show, beyond make-scan.ts's turn, noise and blur:
// grey paper (low contrast), a shadow along the binding edge (a book-style copy or a phone photo),
// a red seal stamped over the table (scanned in grey it is a mid-grey ring and star; scanned in
// colour, red: redSeal), a fax's halved line count and 1-bit print, and heavy JPEG compression. Each
// works on a grey page (in place, but for redSeal, which gives the colour page) and is
// deterministic: positions come from the seed, never from the clock.
import jpeg from 'jpeg-js'
import type { GrayImage } from '../readers/ocr/gray-image'

export interface Shadow {
  /** Which edge is bound (darkened). */
  side: 'left' | 'right' | 'top'
  /** How far into the page the shadow reaches, as a share of the page's width (or height). */
  reach: number
  /** Light lost at the very edge, 0–1 (0.5 = the paper there is half as bright). */
  depth: number
}

export interface Stamp {
  /** Centre, as shares of the page's width and height. */
  cx: number
  cy: number
  /** Radius, as a share of the page's width (an official seal is ~42 mm: ~0.2 of A4's width). */
  r: number
  /** Grey of the seal's ink as scanned (red ink comes out ~100–160 in grey). */
  grey: number
}

/** The paper is this grey (255 = white): every pixel is scaled, ink stays dark, paper greys. */
export function greyPaper(img: GrayImage, paper: number): void {
  const k = paper / 255
  for (let i = 0; i < img.data.length; i++) img.data[i] = Math.round(img.data[i]! * k)
}

/** Light falling off toward one edge (quadratically, as a page curving into the binding does). */
export function shadowEdge(img: GrayImage, s: Shadow): void {
  const { width: W, height: H, data } = img
  const span = s.side === 'top' ? H : W
  const reach = Math.max(1, s.reach * span)
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const d = s.side === 'left' ? x : s.side === 'right' ? W - 1 - x : y
      if (d >= reach) continue
      const t = 1 - d / reach
      data[y * W + x] = Math.round(data[y * W + x]! * (1 - s.depth * t * t))
    }
  }
}

/** The pixels of a seal: a ring, a star in its middle and a band of strokes along the ring (its
 *  lettering), each given to `ink` once. */
function eachSealPixel(W: number, H: number, s: Stamp, ink: (i: number) => void): void {
  const cx = s.cx * W, cy = s.cy * H, r = s.r * W
  const ring = Math.max(2, r * 0.06)
  const star = (x: number, y: number): boolean => {
    // A five-pointed star of outer radius r/3: inside when the radius at this angle is under the
    // star's outline (between r/3 at the points and r/7.5 at the notches).
    const dx = x - cx, dy = y - cy
    const a = Math.atan2(dy, dx) + Math.PI / 2
    const phase = (((a / (2 * Math.PI)) * 5) % 1 + 1) % 1
    const edge = r / 7.5 + (r / 3 - r / 7.5) * Math.abs(1 - 2 * phase)
    return Math.hypot(dx, dy) < edge
  }
  const letters = (x: number, y: number): boolean => {
    // Strokes in a band inside the ring over its upper two thirds: short radial bars, like
    // characters set around a seal.
    const d = Math.hypot(x - cx, y - cy)
    if (d < r * 0.62 || d > r * 0.82) return false
    const a = Math.atan2(y - cy, x - cx)
    if (a > Math.PI * 0.2 && a < Math.PI * 0.8) return false
    return Math.abs(Math.sin(a * 22)) < 0.35
  }
  const x0 = Math.max(0, Math.floor(cx - r - ring)), x1 = Math.min(W - 1, Math.ceil(cx + r + ring))
  const y0 = Math.max(0, Math.floor(cy - r - ring)), y1 = Math.min(H - 1, Math.ceil(cy + r + ring))
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const d = Math.hypot(x - cx, y - cy)
      if (Math.abs(d - r) <= ring || star(x, y) || letters(x, y)) ink(y * W + x)
    }
  }
}

/** A seal printed over what is there, scanned in grey (darker of the two multiplied, as ink over ink). */
export function stampSeal(img: GrayImage, s: Stamp): void {
  const k = s.grey / 255
  eachSealPixel(img.width, img.height, s, (i) => (img.data[i] = Math.round(img.data[i]! * k)))
}

/** The grey page scanned in colour with a red seal over it: RGB bytes, the seal's red ink
 *  multiplied over the print (red light passes it: a black stroke under it stays black). `s.grey`
 *  is the seal's green and blue as shares of 255 (an official seal's red is ~(230, 40, 50)). */
export function redSeal(img: GrayImage, s: Stamp): Uint8Array {
  const rgb = new Uint8Array(img.width * img.height * 3)
  for (let i = 0; i < img.data.length; i++) rgb.fill(img.data[i]!, i * 3, i * 3 + 3)
  const k = s.grey / 255
  eachSealPixel(img.width, img.height, s, (i) => {
    const g = img.data[i]!
    rgb[i * 3] = Math.round(g * 0.92)
    rgb[i * 3 + 1] = rgb[i * 3 + 2] = Math.round(g * k)
  })
  return rgb
}

/** A fax in "standard" mode: half the lines (each pair averaged, then printed twice), then every
 *  pixel black or white at `threshold`. */
export function faxLines(img: GrayImage, threshold: number): void {
  const { width: W, height: H, data } = img
  for (let y = 0; y + 1 < H; y += 2) {
    for (let x = 0; x < W; x++) {
      const v = (data[y * W + x]! + data[(y + 1) * W + x]!) / 2 < threshold ? 0 : 255
      data[y * W + x] = v
      data[(y + 1) * W + x] = v
    }
  }
  if (H % 2) for (let x = 0; x < W; x++) data[(H - 1) * W + x] = data[(H - 1) * W + x]! < threshold ? 0 : 255
}

/** The page through a JPEG encoder at `quality` (1–100) and back: blocks and ringing round strokes. */
export function jpegRoundTrip(img: GrayImage, quality: number): void {
  const { width: W, height: H, data } = img
  const rgba = new Uint8Array(W * H * 4)
  for (let i = 0; i < W * H; i++) rgba.set([data[i]!, data[i]!, data[i]!, 255], i * 4)
  const encoded = jpeg.encode({ data: rgba, width: W, height: H }, quality)
  const decoded = jpeg.decode(encoded.data, { useTArray: true, formatAsRGBA: true })
  for (let i = 0; i < W * H; i++) data[i] = decoded.data[i * 4]!
}
