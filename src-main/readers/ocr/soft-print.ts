// A small page picture (~120–170 dpi for A4 or Letter) is read enlarged to about 200 dpi, where the
// detector, the recogniser's crops and the pixel measures of the rulings, cells and ink tests were
// tuned, in one of two ways:
// - Soft print all over (a phone photo of a page, ~150 dpi: every stroke blurred into the paper):
//   the picture is enlarged first, then lit. At its own size its faint soft print is not stretched
//   (page-light.ts leaves pictures under MIN_STRETCH_SIDE alone: there the 3 × 3 median wears thin
//   sharp strokes away), and the detector and the ink tests lose its digits; enlarged, the median
//   and the stretch see strokes several pixels wide.
// - Clean print (white even paper, black ink: a scanner's copy at 150 dpi): the page is lit at its
//   own size (nothing to do), then enlarged. At its own size its narrow header cells ran together
//   (a detector box over 总|未经复议, a heading's half lost) and table 四 was not found (gen-1 150dpi
//   181 → 191 of 198 cells).
// Sharp print on shaded or grey paper, or faint print (ordinary and worn 150-dpi copies), keeps its
// size: enlarged it lost most of its tables (gen-1 ordinary-150dpi 194 → 42 and → 66 cells, enlarged
// before or after lighting; worn 114 → 21 and 99 → 0).
// Softness is measured, not assumed: the grey steps between neighbouring pixels across ink edges;
// where even the steepest of them (98th percentile) stay under SOFT_STEP, no edge is sharp. Specks
// and sharp print give steps of 170–255 of 255; a page blurred by a pixel at 150 dpi, 83–90.
import { resize, type GrayImage } from './gray-image'
import { DARK_INK, evenLight, otsu } from './page-light'

/** Pictures whose shorter side is in [MIN_SIDE, SMALL_SIDE) are small pages (~120–170 dpi for A4 or
 *  Letter); smaller ones are no whole page (a web page's table picture) and are left as they are. */
const MIN_SIDE = 1000
const SMALL_SIDE = 1400
/** A soft small page is enlarged to this shorter side (~200 dpi for A4 or Letter). */
const READ_SIDE = 1700
/** No grey step across an ink edge this steep or steeper at the 98th percentile: the print is soft. */
const SOFT_STEP = 120
const STEEPEST_SHARE = 0.98

/** Whether the picture's print is soft all over (see the head comment). */
export function softPrint(img: GrayImage): boolean {
  const hist = new Uint32Array(256)
  for (let i = 0; i < img.data.length; i++) hist[img.data[i]!]!++
  const split = otsu(hist)
  const steps = new Uint32Array(256)
  let n = 0
  const { width: W, height: H, data } = img
  for (let y = 0; y < H; y++) {
    for (let x = y * W, end = x + W - 1; x < end; x++) {
      const a = data[x]!, b = data[x + 1]!
      if (a < split || b < split) steps[Math.abs(a - b)]!++, n++
    }
  }
  if (n === 0) return false
  let acc = 0
  for (let s = 0; s < 256; s++) {
    acc += steps[s]!
    if (acc >= STEEPEST_SHARE * n) return s < SOFT_STEP
  }
  return false
}

/** The picture to read: enlarged to READ_SIDE when it is a small page of soft print, else itself.
 *  `lit` is the picture with its light evened out (page-light.ts), when the caller has it already. */
export function readingPicture(picture: GrayImage, lit?: GrayImage): GrayImage {
  const side = Math.min(picture.width, picture.height)
  if (side < MIN_SIDE || side >= SMALL_SIDE || !softPrint(lit ?? evenLight(picture).image)) return picture
  const k = READ_SIDE / side
  return resize(picture, Math.round(picture.width * k), Math.round(picture.height * k))
}

/** The page as OCR reads it, its light evened out once: a small soft page enlarged first (then lit
 *  anew), a small clean page lit (untouched: white paper, black ink) and then enlarged. */
export function litForReading(picture: GrayImage): GrayImage {
  const fix = evenLight(picture)
  const read = readingPicture(picture, fix.image)
  if (read !== picture) return evenLight(read).image
  const side = Math.min(picture.width, picture.height)
  const clean = !fix.flattened && fix.ink <= DARK_INK
  if (!clean || side < MIN_SIDE || side >= SMALL_SIDE) return fix.image
  const k = READ_SIDE / side
  return resize(fix.image, Math.round(picture.width * k), Math.round(picture.height * k))
}
