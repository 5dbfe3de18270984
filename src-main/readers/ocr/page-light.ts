// Evening out a page picture before anything reads it: the paper made white again where the scan
// is shaded (a binding edge, a phone's light falling off, grey or yellowed paper) and faint print
// made dark again (a worn toner cartridge, a light photocopy). Detection, recognition, deskew and
// the ruling and ink searches all have fixed grey thresholds tuned on clean scans; after this, a
// faded or shaded page meets them as a clean one does. A page that is already clean (white paper,
// black ink) is returned untouched.
//
// The paper's light is measured per tile (a high percentile of its pixels: the paper between the
// strokes), spread to neighbouring tiles (a tile full of ink, under a heading or a seal, takes its
// neighbours' paper) and interpolated per pixel; every pixel is divided by it. The ink's grey is
// then the dark end of the page's histogram; where it is grey, not black, the paper's grain is
// smoothed and the range from the ink to the paper stretched to the full 0–255.
import type { GrayImage } from './gray-image'

/** Tiles of about this many pixels a side (a 200-dpi A4 page: ~40 × 58 tiles). */
const TILE = 40
/** The paper of a tile: this share of its pixels are darker (print covers well under half a tile). */
const PAPER_SHARE = 0.9
/** Paper this even and this white needs no flattening. */
const EVEN_PAPER = 235
/** The ink's grey: this share of the page's dark pixels (below the page's Otsu split) are darker. */
const INK_SHARE = 0.2
/** Ink already this dark needs no stretching. */
export const DARK_INK = 60
/** Ink found lighter than this is no ink (a blank page's paper texture): no stretch. */
const MAX_INK = 200
/** Pictures narrower than this (pixels) are not stretched (see evenLight). */
const MIN_STRETCH_SIDE = 1400
/** When print is stretched, paper lighter than this share of the paper's pixels becomes white. */
const PAPER_WHITE = 0.25

/** 3 × 3 median, approximated as the median of three vertical medians (separable: two passes of
 *  three comparisons); edges kept. Returns a new array. */
function median3(W: number, H: number, src: Uint8Array): Uint8Array {
  const mid = (a: number, b: number, c: number): number => Math.max(Math.min(a, b), Math.min(Math.max(a, b), c))
  const col = new Uint8Array(src)
  for (let y = 1; y < H - 1; y++) {
    for (let x = 0; x < W; x++) col[y * W + x] = mid(src[(y - 1) * W + x]!, src[y * W + x]!, src[(y + 1) * W + x]!)
  }
  const out = new Uint8Array(col)
  for (let y = 0; y < H; y++) {
    for (let x = 1; x < W - 1; x++) out[y * W + x] = mid(col[y * W + x - 1]!, col[y * W + x]!, col[y * W + x + 1]!)
  }
  return out
}

function percentile(hist: Uint32Array, count: number, share: number): number {
  const want = count * share
  let acc = 0
  for (let v = 0; v < 256; v++) {
    acc += hist[v]!
    if (acc >= want) return v
  }
  return 255
}

/** Otsu's split of a histogram: the grey that best separates ink from paper. */
export function otsu(hist: Uint32Array): number {
  let total = 0, sum = 0
  for (let v = 0; v < 256; v++) (total += hist[v]!), (sum += v * hist[v]!)
  let wB = 0, sumB = 0, best = 0, split = 128
  for (let v = 0; v < 256; v++) {
    wB += hist[v]!
    if (wB === 0) continue
    const wF = total - wB
    if (wF === 0) break
    sumB += v * hist[v]!
    const mB = sumB / wB, mF = (sum - sumB) / wF
    const between = wB * wF * (mB - mF) ** 2
    if (between > best) (best = between), (split = v)
  }
  return split
}

/** Paper light per tile (grid gw × gh), each tile lifted to the brightest of its 3 × 3 block. */
function paperGrid(img: GrayImage, gw: number, gh: number): Float32Array {
  const { width: W, height: H, data } = img
  const raw = new Float32Array(gw * gh)
  const hist = new Uint32Array(256)
  for (let ty = 0; ty < gh; ty++) {
    const y0 = Math.floor((ty * H) / gh), y1 = Math.floor(((ty + 1) * H) / gh)
    for (let tx = 0; tx < gw; tx++) {
      const x0 = Math.floor((tx * W) / gw), x1 = Math.floor(((tx + 1) * W) / gw)
      hist.fill(0)
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) hist[data[y * W + x]!]!++
      raw[ty * gw + tx] = percentile(hist, (x1 - x0) * (y1 - y0), PAPER_SHARE)
    }
  }
  const out = new Float32Array(gw * gh)
  for (let ty = 0; ty < gh; ty++) {
    for (let tx = 0; tx < gw; tx++) {
      let m = 0
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const x = tx + dx, y = ty + dy
          if (x >= 0 && y >= 0 && x < gw && y < gh) m = Math.max(m, raw[y * gw + x]!)
        }
      }
      out[ty * gw + tx] = Math.max(1, m)
    }
  }
  return out
}

/** Every pixel divided by the paper's light there (bilinear between tile centres). */
function flatten(img: GrayImage, grid: Float32Array, gw: number, gh: number): Uint8Array {
  const { width: W, height: H, data } = img
  const out = new Uint8Array(W * H)
  const cw = W / gw, ch = H / gh
  for (let y = 0; y < H; y++) {
    const gy = Math.min(gh - 1, Math.max(0, (y + 0.5) / ch - 0.5))
    const y0 = Math.floor(gy), y1 = Math.min(gh - 1, y0 + 1), fy = gy - y0
    for (let x = 0; x < W; x++) {
      const gx = Math.min(gw - 1, Math.max(0, (x + 0.5) / cw - 0.5))
      const x0 = Math.floor(gx), x1 = Math.min(gw - 1, x0 + 1), fx = gx - x0
      const top = grid[y0 * gw + x0]! + (grid[y0 * gw + x1]! - grid[y0 * gw + x0]!) * fx
      const bottom = grid[y1 * gw + x0]! + (grid[y1 * gw + x1]! - grid[y1 * gw + x0]!) * fx
      const paper = top + (bottom - top) * fy
      out[y * W + x] = Math.min(255, Math.round((data[y * W + x]! * 255) / paper))
    }
  }
  return out
}

/** The ink's grey: INK_SHARE of the pixels darker than `split` are darker still (0: none). */
function inkGrey(hist: Uint32Array, split: number): number {
  const dark = new Uint32Array(256)
  let n = 0
  for (let v = 0; v < split; v++) (dark[v] = hist[v]!), (n += hist[v]!)
  return n > 0 ? percentile(dark, n, INK_SHARE) : 0
}

export interface LightFix {
  image: GrayImage
  /** The paper was evened out (shade or grey paper). */
  flattened: boolean
  /** The ink's grey before stretching (0 when not stretched). */
  inkWas: number
  /** The ink's grey found (stretched or not; 0 when the page holds no ink). */
  ink: number
}

export function evenLight(img: GrayImage): LightFix {
  const gw = Math.max(1, Math.round(img.width / TILE)), gh = Math.max(1, Math.round(img.height / TILE))
  const grid = paperGrid(img, gw, gh)
  let dimmest = 255
  for (const v of grid) dimmest = Math.min(dimmest, v)
  const flattened = dimmest < EVEN_PAPER
  let data = flattened ? flatten(img, grid, gw, gh) : img.data
  const hist = new Uint32Array(256)
  for (let i = 0; i < data.length; i++) hist[data[i]!]!++
  let ink = inkGrey(hist, otsu(hist))
  // A page of little print (prose, a signature) on grainy paper: Otsu's split falls inside the
  // paper's grain and the "ink" found is grain. The split is then sought again among the pixels
  // darker than it (faint prose pages were read unstretched, their tables' rules lost).
  if (ink >= MAX_INK) {
    const below = new Uint32Array(256)
    for (let v = 0; v < otsu(hist); v++) below[v] = hist[v]!
    ink = inkGrey(hist, otsu(below))
  }
  // Small pictures (under ~170 dpi for A4) are not stretched: their strokes are 1–2 pixels, the
  // median wears them away and the stretched grain drowns them (a worn 150-dpi copy lost its
  // section headings: 28 % of cells read before, 9–12 % stretched).
  const stretch = ink > DARK_INK && ink < MAX_INK && Math.min(img.width, img.height) >= MIN_STRETCH_SIDE
  if (stretch) {
    // Stretching faint print stretches the paper's grain with it, and the detector then loses
    // whole rows of digits in it: the grain is smoothed first (3 × 3 median), and the paper's
    // lighter three quarters are made white.
    const smoothed = median3(img.width, img.height, data)
    hist.fill(0)
    for (let i = 0; i < smoothed.length; i++) hist[smoothed[i]!]!++
    const split2 = otsu(hist)
    const paper = new Uint32Array(256)
    let m = 0
    for (let v = split2; v < 256; v++) (paper[v] = hist[v]!), (m += hist[v]!)
    const white = Math.max(ink + 16, m > 0 ? percentile(paper, m, PAPER_WHITE) : 255)
    const lut = new Uint8Array(256)
    for (let v = 0; v < 256; v++) lut[v] = Math.max(0, Math.min(255, Math.round((255 * (v - ink)) / (white - ink))))
    for (let i = 0; i < smoothed.length; i++) smoothed[i] = lut[smoothed[i]!]!
    return { image: { width: img.width, height: img.height, data: smoothed }, flattened, inkWas: ink, ink }
  }
  if (!flattened) return { image: img, flattened: false, inkWas: 0, ink }
  return { image: { width: img.width, height: img.height, data }, flattened, inkWas: 0, ink }
}
