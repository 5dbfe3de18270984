// The kinds of scan eval-scans makes of a report whose answers are known: resolution, turn, noise
// and the wear kinds of scan-wear.ts, each as a file a user might bring (image-only PDF, PNG pages,
// a 1-bit TIFF, a PDF with a garbage text layer). Positions and noise come from the page number.
import type { GrayImage } from '../readers/ocr/gray-image'
import type { Degradation } from './make-scan'
import { imagePdf } from './make-scan'
import { GARBAGE, sealedColourPdf, tiffOf, withHiddenText } from './scan-sources'
import type { Stamp } from './scan-wear'

/** Where a page's seal is stamped, by the page number (over the tables' right half). */
const sealAt = (p: number): Stamp => ({ cx: 0.55 + 0.05 * (p % 4), cy: 0.3 + 0.1 * (p % 5), r: 0.19, grey: 140 })

export interface ScanKind {
  name: string
  dpi: number
  degrade: (page: number) => Degradation
  /** Every page as a PNG of its own, the pictures read together as one report (else an image-only PDF). */
  png?: boolean
  /** Another file made of the pages (scan-sources.ts), with its extension. */
  file?: { ext: string; make: (pages: GrayImage[], dpi: number) => Uint8Array }
}

export const SCAN_KINDS: ScanKind[] = [
  { name: '150dpi', dpi: 150, degrade: (p) => ({ rotate: p % 2 ? 0.6 : -0.4, noise: 8, seed: p }) },
  { name: '300dpi', dpi: 300, degrade: (p) => ({ rotate: p % 2 ? -0.8 : 0.5, noise: 8, seed: p }) },
  { name: 'photocopy', dpi: 200, degrade: (p) => ({ rotate: p % 2 ? 1.4 : -1.2, noise: 22, specks: 0.002, seed: p }) },
  // A worn copy at a low resolution: grey, soft print, turned, speckled.
  { name: 'worn-150dpi', dpi: 150, degrade: (p) => ({ rotate: p % 2 ? 1.0 : -0.9, blur: 1, fade: 0.6, noise: 16, specks: 0.004, seed: p }) },
  { name: 'png-page', dpi: 200, degrade: (p) => ({ rotate: 0.3, noise: 6, seed: p }), png: true },
  { name: 'garbled-layer', dpi: 200, degrade: (p) => ({ rotate: p % 2 ? 0.5 : -0.5, noise: 8, seed: p }), file: { ext: 'pdf', make: (pages, dpi) => withHiddenText(imagePdf(pages, dpi), GARBAGE) } },
  { name: 'tiff-1bit', dpi: 200, degrade: (p) => ({ rotate: p % 2 ? -0.3 : 0.4, noise: 6, seed: p }), file: { ext: 'tif', make: (pages) => tiffOf(pages, 'bilevel', true) } },
  // Faint toner on grey paper: ink ~150, paper ~215.
  { name: 'faded', dpi: 200, degrade: (p) => ({ rotate: p % 2 ? 0.7 : -0.5, fade: 0.4, paper: 215, noise: 10, seed: p }) },
  // A bound report copied open: the page darkens toward its binding edge.
  { name: 'shadow', dpi: 200, degrade: (p) => ({ rotate: p % 2 ? -0.6 : 0.5, shadow: { side: p % 2 ? 'left' : 'right', reach: 0.4, depth: 0.65 }, noise: 8, seed: p }) },
  // A seal over the tables' right half, placed by the page number.
  { name: 'stamp', dpi: 200, degrade: (p) => ({ rotate: p % 2 ? 0.4 : -0.4, stamp: sealAt(p), noise: 8, seed: p }) },
  // The same seal scanned in colour (red ink, JPEG in the PDF): the reader can tell red from black.
  { name: 'seal-colour', dpi: 200, degrade: (p) => ({ rotate: p % 2 ? 0.4 : -0.4, noise: 8, seed: p }), file: { ext: 'pdf', make: (pages, dpi) => sealedColourPdf(pages, dpi, (p) => ({ ...sealAt(p), grey: 50 })) } },
  { name: 'skew-2.5', dpi: 200, degrade: (p) => ({ rotate: p % 2 ? 2.5 : -2.2, noise: 8, seed: p }) },
  { name: 'skew-3', dpi: 200, degrade: (p) => ({ rotate: p % 2 ? -3 : 2.8, noise: 8, seed: p }) },
  // Out of focus (a scanner lid not closed, a soft copy): blurred more than the worn copy, at 200 dpi.
  { name: 'blur', dpi: 200, degrade: (p) => ({ rotate: p % 2 ? 0.6 : -0.7, blur: 2, noise: 8, seed: p }) },
  // A fax in standard mode: half the lines, 1-bit.
  { name: 'fax', dpi: 200, degrade: (p) => ({ rotate: p % 2 ? 0.5 : -0.4, noise: 12, fax: 150, seed: p }) },
  // A phone photo: soft, turned, light falling off from the top, saved as JPEG.
  { name: 'phone-photo', dpi: 150, degrade: (p) => ({ rotate: p % 2 ? 1.8 : -1.5, blur: 1, shadow: { side: 'top', reach: 0.6, depth: 0.35 }, noise: 10, jpeg: 55, seed: p }) },
  // Ordinary wear, all at once (the bar for a new user's scans): greyish paper, a light
  // shadow at the binding, a 1–2° turn, light JPEG; at 200 and at 150 dpi.
  { name: 'ordinary', dpi: 200, degrade: (p) => ({ rotate: p % 2 ? 1.6 : -1.1, fade: 0.85, paper: 228, shadow: { side: p % 2 ? 'left' : 'right', reach: 0.25, depth: 0.3 }, noise: 8, jpeg: 60, seed: p }) },
  { name: 'ordinary-150dpi', dpi: 150, degrade: (p) => ({ rotate: p % 2 ? -1.3 : 1.8, fade: 0.85, paper: 228, shadow: { side: p % 2 ? 'right' : 'left', reach: 0.25, depth: 0.3 }, noise: 8, jpeg: 60, seed: p }) },
  { name: 'jpeg-heavy', dpi: 200, degrade: (p) => ({ rotate: p % 2 ? 0.5 : -0.3, noise: 6, jpeg: 15, seed: p }) },
]

