// Scans made from text PDFs, the way an office scanner or photocopier makes them: pages rendered to
// grey pictures (pdftoppm, poppler-utils), turned a little, speckled with noise, then written as an
// image-only PDF (one Flate-compressed grey picture per page, no text layer). Used by the OCR tests
// and `eval-scans` to read reports whose answers are known, at settings beyond the corpus's own.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'
import { rotate, type GrayImage } from '../readers/ocr/gray-image'
import { imagePagesPdf, type EncodedPicture } from '../readers/ocr/image-pages-pdf'
import { faxLines, greyPaper, jpegRoundTrip, shadowEdge, stampSeal, type Shadow, type Stamp } from './scan-wear'

/** Pages of a PDF as grey pictures at `dpi` (first..last, 1-based, inclusive; default all). */
export function renderPages(pdfPath: string, dpi: number, first?: number, last?: number): GrayImage[] {
  const dir = mkdtempSync(join(tmpdir(), 'desk-scan-'))
  try {
    const range = [...(first ? ['-f', String(first)] : []), ...(last ? ['-l', String(last)] : [])]
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', ...range, pdfPath, join(dir, 'p')])
    return readdirSync(dir)
      .filter((n) => n.endsWith('.pgm'))
      .sort()
      .map((n) => readPgm(readFileSync(join(dir, n))))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Binary PGM (P5, 8-bit). */
export function readPgm(buf: Buffer): GrayImage {
  const header: string[] = []
  let i = 0
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[i]!))) i++
    let tok = ''
    while (!/\s/.test(String.fromCharCode(buf[i]!))) tok += String.fromCharCode(buf[i++]!)
    header.push(tok)
  }
  i++
  const [magic, w, h] = header
  if (magic !== 'P5') throw new Error('not a binary PGM')
  const width = Number(w), height = Number(h)
  return { width, height, data: new Uint8Array(buf.subarray(i, i + width * height)) }
}

export interface Degradation {
  /** Degrees to turn the page (counter-clockwise as seen). */
  rotate?: number
  /** Standard deviation of grey noise added to every pixel (0–255 scale). */
  noise?: number
  /** Share of pixels flipped to black or white (salt and pepper). */
  specks?: number
  /** Seed of the noise, so a test reads the same scan each run. */
  seed?: number
  /** Ink kept, 0–1: a worn toner cartridge prints grey, not black (1 = as printed). */
  fade?: number
  /** Blur radius in pixels (a box blur): a copy of a copy, or a scanner out of focus. */
  blur?: number
  /** Grey of the paper (255 = white): a low-contrast copy on grey or yellowed paper. */
  paper?: number
  /** Light falling off toward the binding edge (scan-wear.ts). */
  shadow?: Shadow
  /** A seal stamped over the page (scan-wear.ts). */
  stamp?: Stamp
  /** A fax: half the lines, then 1-bit print at this grey threshold. */
  fax?: number
  /** JPEG quality the page went through (heavy compression: 10–30). */
  jpeg?: number
}

/** Box blur of radius r, rows then columns. */
function blurred(img: GrayImage, r: number): GrayImage {
  const { width: W, height: H } = img
  const tmp = new Uint8Array(W * H), out = new Uint8Array(W * H)
  const pass = (src: Uint8Array, dst: Uint8Array, len: number, lines: number, at: (line: number, i: number) => number): void => {
    for (let l = 0; l < lines; l++) {
      for (let i = 0; i < len; i++) {
        let sum = 0, n = 0
        for (let k = Math.max(0, i - r); k <= Math.min(len - 1, i + r); k++) (sum += src[at(l, k)]!), n++
        dst[at(l, i)] = Math.round(sum / n)
      }
    }
  }
  pass(img.data, tmp, W, H, (y, x) => y * W + x)
  pass(tmp, out, H, W, (x, y) => y * W + x)
  return { width: W, height: H, data: out }
}

function random(seed: number): () => number {
  let s = seed >>> 0 || 1
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32)
}

/** The page worn as `d` says, in the order paper goes through it: printed faint on grey paper,
 *  stamped, turned and blurred by the scanner, shaded at the binding, noisy, then faxed or saved as
 *  JPEG. The seal is stamped before the turn, so it turns with the page. */
export function degrade(img: GrayImage, d: Degradation): GrayImage {
  let out: GrayImage = { ...img, data: new Uint8Array(img.data) }
  if (d.fade !== undefined && d.fade < 1) for (let i = 0; i < out.data.length; i++) out.data[i] = Math.round(255 - (255 - out.data[i]!) * d.fade)
  if (d.paper !== undefined && d.paper < 255) greyPaper(out, d.paper)
  if (d.stamp) stampSeal(out, d.stamp)
  if (d.rotate) out = rotate(out, d.rotate)
  if (d.blur) out = blurred(out, d.blur)
  if (d.shadow) shadowEdge(out, d.shadow)
  const rnd = random(d.seed ?? 7)
  const noise = d.noise ?? 0, specks = d.specks ?? 0
  if (noise !== 0 || specks !== 0) {
    for (let i = 0; i < out.data.length; i++) {
      let v = out.data[i]!
      if (noise) v += noise * Math.sqrt(-2 * Math.log(rnd() + 1e-12)) * Math.cos(2 * Math.PI * rnd())
      if (specks && rnd() < specks) v = rnd() < 0.5 ? 0 : 255
      out.data[i] = Math.max(0, Math.min(255, Math.round(v)))
    }
  }
  if (d.fax !== undefined) faxLines(out, d.fax)
  if (d.jpeg !== undefined) jpegRoundTrip(out, d.jpeg)
  return out
}

/** An image-only PDF: each picture fills an A4-proportioned page sized from `dpi`. */
export function imagePdf(pages: GrayImage[], dpi: number): Uint8Array {
  return picturesPdf(pages.map((img) => ({ width: img.width, height: img.height, dict: '/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode', data: deflateSync(img.data) })), dpi)
}

export type { EncodedPicture }

/** An image-only PDF of encoded pictures (grey or colour, Flate or JPEG), one per page, each page sized from `dpi`. */
export function picturesPdf(pages: EncodedPicture[], dpi: number): Uint8Array {
  return new Uint8Array(imagePagesPdf(pages.map((picture) => ({ picture, width: (picture.width * 72) / dpi, height: (picture.height * 72) / dpi }))))
}
