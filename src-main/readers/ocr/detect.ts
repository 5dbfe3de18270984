// Text detection: the page (grey) scaled so its longer side is at most `maxSide` and both sides are
// multiples of 32, normalised as the PP-OCR detector was trained (ImageNet mean/std), run, and the
// probability map turned into boxes in page pixels.
import { dbBoxes, type PixelBox } from './db-boxes'
import { resize, type GrayImage } from './gray-image'
import type { OcrModels } from './models'

const MEAN = [0.485, 0.456, 0.406]
const STD = [0.229, 0.224, 0.225]

export async function detectBoxes(models: OcrModels, img: GrayImage, maxSide: number): Promise<PixelBox[]> {
  const scale = Math.min(1, maxSide / Math.max(img.width, img.height))
  const W = Math.max(32, Math.round((img.width * scale) / 32) * 32)
  const H = Math.max(32, Math.round((img.height * scale) / 32) * 32)
  const small = W === img.width && H === img.height ? img : resize(img, W, H)
  const plane = W * H
  const input = new Float32Array(3 * plane)
  // Each of the 256 greys normalised once per channel (the same sums as pixel by pixel).
  const norm = new Float32Array(256)
  for (let c = 0; c < 3; c++) {
    const m = MEAN[c]!, s = STD[c]!
    for (let v = 0; v < 256; v++) norm[v] = (v / 255 - m) / s
    const out = input.subarray(c * plane, (c + 1) * plane)
    for (let i = 0; i < plane; i++) out[i] = norm[small.data[i]!]!
  }
  const tensor = new models.ort.Tensor('float32', input, [1, 3, H, W])
  const out = await models.det.run({ [models.det.inputNames[0]!]: tensor })
  const map = out[models.det.outputNames[0]!]!
  const boxes = dbBoxes({ width: W, height: H, data: map.data as Float32Array })
  const fx = img.width / W, fy = img.height / H
  return boxes.map((b) => ({ x: b.x * fx, y: b.y * fy, w: b.w * fx, h: b.h * fy, score: b.score }))
}
