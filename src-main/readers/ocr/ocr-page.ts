// One page picture → positioned text and ruling lines in page space, ready for the PDF reader's
// layout code: the page's light evened out (page-light.ts), levelled, turned upright when fed
// sideways or upside down (page-turn.ts), rulings found, text boxes detected and read one by one, then the
// table cells whose reading is not a clean number read again from their own ink (cell-reread.ts),
// footnote marks read as a number's last digit taken off (raised-marks.ts), and numbers read with
// more digits than their ink holds glyphs made doubtful (digit-ink.ts).
import type { Ruling } from '../pdf-layout/rulings'
import type { PdfItem } from '../pdf-layout/text-join'
import { rereadCells } from './cell-reread'
import type { PixelBox } from './db-boxes'
import { detectBoxes } from './detect'
import { withoutInventedDigits } from './digit-ink'
import { openEdges } from './grid-cells'
import { skewDegrees } from './deskew'
import { rotate, type GrayImage } from './gray-image'
import type { PixelRuling } from './image-rulings'
import type { OcrModels } from './models'
import { pageRulings } from './page-rulings'
import { pageTurn, turnPicture } from './page-turn'
import { withoutRaisedMarks } from './raised-marks'
import { recognizeBoxes } from './recognize'
import { litForReading } from './soft-print'

/** One read box, in page points (origin top-left, y down: as the picture is seen). */
export interface OcrBox {
  /** What the recogniser read, untouched (tidied when the document is made: see ocr-text.ts). */
  text: string
  /** Recogniser confidence of the box's least sure character, 0–1. */
  confidence: number
  x: number
  y: number
  w: number
  h: number
}

export interface OcrPage {
  page: number
  /** Page size in points, upright (a page fed sideways has its picture's width and height swapped). */
  width: number
  height: number
  /** Degrees the scan was turned (levelled before reading): a page fed sideways or upside down is
   *  a quarter turn (90, 180 or 270, clockwise to make it upright) plus its small skew. */
  skew: number
  boxes: OcrBox[]
  rulings: Ruling[]
}

/** Longer side of the picture given to the detector (a 200-dpi A4 page is ~2,340 px). 1280 would
 *  cost a third less detection time, but it lost whole table rows and a decimal figure of the
 *  scanned corpus (97.8 % of cells instead of 100 %). */
const DETECT_SIDE = 1600

/** A page picture levelled and its text boxes found: what the reading starts from. */
interface Levelled {
  img: GrayImage
  skew: number
  pixelRulings: PixelRuling[]
  found: PixelBox[]
}

async function level(models: OcrModels, lit: GrayImage): Promise<Levelled> {
  const skew = skewDegrees(lit)
  const img = skew === 0 ? lit : rotate(lit, -skew)
  const found = await detectBoxes(models, img, DETECT_SIDE)
  return { img, skew, pixelRulings: pageRulings(img, found), found }
}

export async function ocrPage(models: OcrModels, page: number, pageWidth: number, pageHeight: number, picture: GrayImage): Promise<OcrPage> {
  // Shaded paper and faint print evened out first: everything below works on fixed greys.
  // A small page of soft print (a phone photo) is read enlarged: see soft-print.ts.
  const lit = litForReading(picture)
  let levelled = await level(models, lit)
  // A page fed sideways or upside down is turned upright and levelled again (page-turn.ts); the
  // quarter turn is kept in `skew`, so a crop of the stored picture is turned the same way.
  const turn = await pageTurn(models, levelled.img, levelled.found)
  if (turn !== 0) levelled = await level(models, turnPicture(lit, turn))
  const { img, pixelRulings, found } = levelled
  const skew = turn + levelled.skew
  const [width, height] = turn % 180 === 0 ? [pageWidth, pageHeight] : [pageHeight, pageWidth]
  const sx = width / img.width, sy = height / img.height
  // A table broken across pages is often printed open at the break (no rule across its first or
  // last row there): that edge is put back for the layout too, so a lone row at the top of a page
  // ("（七）总计" carried over) is a table row, not lines of prose.
  const edges = openEdges(pixelRulings.filter((r) => r.dir === 'h'), pixelRulings.filter((r) => r.dir === 'v'))
  const rulings: Ruling[] = [...pixelRulings, ...edges].map((r) =>
    r.dir === 'h'
      ? { dir: 'h', at: height - r.at * sy, from: r.from * sx, to: r.to * sx }
      : { dir: 'v', at: r.at * sx, from: height - r.to * sy, to: height - r.from * sy },
  )
  const read = await recognizeBoxes(models, img, found)
  const cells = withoutInventedDigits(img, await withoutRaisedMarks(models, img, await rereadCells(models, img, pixelRulings, found.map((box, i) => ({ box, read: read[i]! })))))
  const boxes: OcrBox[] = []
  cells.forEach(({ box: b, read: r }) => {
    if (r.text.trim() === '') return
    boxes.push({ text: r.text, confidence: r.minConfidence, x: b.x * sx, y: b.y * sy, w: b.w * sx, h: b.h * sy })
  })
  return { page, width, height, skew, boxes, rulings }
}

/** A read box as a PDF text piece (baseline y from the bottom, size about the glyph height). */
export function boxItem(p: OcrPage, b: OcrBox): PdfItem {
  // The box is the glyphs grown by the DB unclip margin on each side (~a fifth of its height). The
  // baseline is set from the box's middle, not its bottom: boxes of one line differ in height (a
  // lone digit's box is taller than a word's) but share their middle.
  const size = b.h * 0.62
  return { str: b.text, x: b.x + b.h * 0.19, y: p.height - (b.y + b.h / 2) - size * 0.35, w: Math.max(1, b.w - b.h * 0.38), size }
}
