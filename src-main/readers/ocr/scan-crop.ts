// The crop of a scan a reading came from: the band of the levelled page around a table row, cut
// from the page picture (turned by the page's skew, as the OCR saw it, a quarter turn included) and
// handed to the report view as a PNG. Bounded: the crop is at most MAX_WIDTH × MAX_HEIGHT pixels whatever the box says.
import { PNG } from 'pngjs'
import type { ScanArea } from '../../../shared/model/document'
import { sample, type GrayImage } from './gray-image'
import type { PagePicture } from './ocr-engine'
import type { Turn } from './page-turn'

const MAX_WIDTH = 1400
const MAX_HEIGHT = 400

/** The area (with a margin of half its height) cut from the levelled page, in picture pixels. */
export function cropArea(picture: PagePicture, area: ScanArea): GrayImage {
  const img = picture.image
  const s = img.width / picture.width
  // A page fed sideways or upside down was turned upright by whole quarters before it was levelled
  // (page-turn.ts): `skew` is that turn plus the small one.
  const quarters = Math.round(area.skew / 90)
  const turn = ((((quarters % 4) + 4) % 4) * 90) as Turn
  const W = turn % 180 ? img.height : img.width, H = turn % 180 ? img.width : img.height
  const margin = area.h * 0.5
  const x0 = Math.max(0, (area.x - margin) * s), y0 = Math.max(0, (area.y - margin) * s)
  const x1 = Math.min(W, (area.x + area.w + margin) * s), y1 = Math.min(H, (area.y + area.h + margin) * s)
  const scale = Math.min(1, MAX_WIDTH / Math.max(1, x1 - x0), MAX_HEIGHT / Math.max(1, y1 - y0))
  const width = Math.max(1, Math.round((x1 - x0) * scale)), height = Math.max(1, Math.round((y1 - y0) * scale))
  // The same turn as gray-image.ts rotate(turned, -skew), sampled only where the crop is.
  const a = (-(area.skew - quarters * 90) * Math.PI) / 180
  const cos = Math.cos(a), sin = Math.sin(a)
  const cx = W / 2, cy = H / 2
  const data = new Uint8Array(width * height)
  for (let y = 0; y < height; y++) {
    const dy = y0 + (y + 0.5) / scale - 0.5 - cy
    for (let x = 0; x < width; x++) {
      const dx = x0 + (x + 0.5) / scale - 0.5 - cx
      const [tx, ty] = [cx + dx * cos - dy * sin, cy + dx * sin + dy * cos]
      data[y * width + x] = sample(img, ...beforeTurn(tx, ty, turn, img.width, img.height))
    }
  }
  return { width, height, data }
}

/** Where a pixel of the picture turned clockwise by `turn` (page-turn.ts turnPicture) was before. */
function beforeTurn(x: number, y: number, turn: Turn, width: number, height: number): [number, number] {
  switch (turn) {
    case 0:
      return [x, y]
    case 90:
      return [y, height - 1 - x]
    case 180:
      return [width - 1 - x, height - 1 - y]
    case 270:
      return [width - 1 - y, x]
  }
}

/** A grey picture as a PNG data URL (what an <img> in the report view shows). */
export function pngDataUrl(img: GrayImage): string {
  const png = new PNG({ width: img.width, height: img.height, colorType: 0, inputColorType: 0, inputHasAlpha: false })
  png.data = Buffer.from(img.data)
  return `data:image/png;base64,${PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false }).toString('base64')}`
}
