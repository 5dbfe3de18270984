// A page fed into the scanner sideways or upside down, found from what the detector saw and turned
// upright before it is read. Sideways: the page's text lines stand on end, so its long boxes are
// tall, not wide (an upright page has a few tall boxes too: a table heading written down a narrow
// column, a seal's text). Upside down, and which way a sideways page must turn: the direction
// classifier that comes with the models (PP-OCR's text-line classifier, 0° or 180°) votes on a
// few of the longest lines. An upright page costs a dozen small crops classified at once.
import type { PixelBox } from './db-boxes'
import { sample, type GrayImage } from './gray-image'
import type { OcrModels } from './models'

/** Clockwise quarter turns that make a page upright. */
export type Turn = 0 | 90 | 180 | 270

/** The picture turned clockwise by `turn` degrees (pixels moved, nothing resampled). */
export function turnPicture(img: GrayImage, turn: Turn): GrayImage {
  if (turn === 0) return img
  const { width: W, height: H, data } = img
  const out = new Uint8Array(W * H)
  if (turn === 180) {
    for (let i = 0, n = W * H; i < n; i++) out[i] = data[n - 1 - i]!
    return { width: W, height: H, data: out }
  }
  // 90: the new picture is H wide, W high; its pixel (x, y) is the old (y, H-1-x). 270: (W-1-y, x).
  for (let y = 0; y < W; y++) {
    for (let x = 0; x < H; x++) out[y * H + x] = turn === 90 ? data[(H - 1 - x) * W + y]! : data[x * W + (W - 1 - y)]!
  }
  return { width: H, height: W, data: out }
}

/** A box of the picture as it is after a clockwise `turn` of the whole picture (`width` × `height` before). */
export function turnedBox(b: PixelBox, turn: Turn, width: number, height: number): PixelBox {
  switch (turn) {
    case 0:
      return b
    case 90:
      return { ...b, x: height - b.y - b.h, y: b.x, w: b.h, h: b.w }
    case 180:
      return { ...b, x: width - b.x - b.w, y: height - b.y - b.h }
    case 270:
      return { ...b, x: b.y, y: width - b.x - b.w, w: b.h, h: b.w }
  }
}

/** A long box: one side at least this many times the other (a line of several characters). */
const LONG = 3
/** Lines the classifier votes on: the longest ones (most characters, surest vote). */
const VOTERS = 12
/** A vote counts when the classifier is at least this sure (PP-OCR's own threshold). */
const SURE = 0.9

const CLS_H = 48
const CLS_W = 192

/** Probability that each box's line is upside down (PP-OCR cls: resized to 48 high, at most 192
 *  wide, squeezed when longer, normalised to ±1, padded with 0). */
async function upsideDown(models: OcrModels, img: GrayImage, boxes: PixelBox[]): Promise<number[]> {
  if (!boxes.length) return []
  const plane = CLS_H * CLS_W
  const input = new Float32Array(boxes.length * 3 * plane)
  boxes.forEach((b, k) => {
    const w = Math.min(CLS_W, Math.ceil((CLS_H * b.w) / b.h))
    const fx = b.w / w, fy = b.h / CLS_H
    for (let y = 0; y < CLS_H; y++) {
      const sy = b.y + (y + 0.5) * fy - 0.5
      for (let x = 0; x < w; x++) {
        const n = sample(img, b.x + (x + 0.5) * fx - 0.5, sy) / 127.5 - 1
        const i = k * 3 * plane + y * CLS_W + x
        input[i] = n
        input[i + plane] = n
        input[i + 2 * plane] = n
      }
    }
  })
  const tensor = new models.ort.Tensor('float32', input, [boxes.length, 3, CLS_H, CLS_W])
  const out = await models.cls.run({ [models.cls.inputNames[0]!]: tensor })
  const p = out[models.cls.outputNames[0]!]!.data as Float32Array
  return boxes.map((_, k) => p[k * 2 + 1]!)
}

/** Does the classifier find these lines upside down? Only a clear majority of sure votes turns. */
async function votesUpsideDown(models: OcrModels, img: GrayImage, lines: PixelBox[]): Promise<boolean> {
  const voters = [...lines].sort((a, b) => b.w / b.h - a.w / a.h).slice(0, VOTERS)
  const p = await upsideDown(models, img, voters)
  const down = p.filter((v) => v >= SURE).length
  const up = p.filter((v) => v <= 1 - SURE).length
  return down >= 3 && down >= 2 * up
}

/** The clockwise turn that makes the page upright, from the boxes the detector found on it. */
export async function pageTurn(models: OcrModels, img: GrayImage, boxes: PixelBox[]): Promise<Turn> {
  const wide = boxes.filter((b) => b.w >= LONG * b.h)
  const tall = boxes.filter((b) => b.h >= LONG * b.w)
  if (tall.length >= 5 && tall.length > 2 * wide.length) {
    // Sideways: turned a quarter clockwise, the lines lie; the classifier says whether they are
    // then upright (the page needed 90°) or upside down (it needed 270°).
    const turned = turnPicture(img, 90)
    const lines = tall.map((b) => turnedBox(b, 90, img.width, img.height))
    return (await votesUpsideDown(models, turned, lines)) ? 270 : 90
  }
  return wide.length && (await votesUpsideDown(models, img, wide)) ? 180 : 0
}
