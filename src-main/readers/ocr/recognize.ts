// Text recognition of detected boxes, one crop per box (never merged into lines, so each table cell
// keeps its own position). Crops are scaled to the recogniser's 48-pixel height; a narrow crop (a
// lone digit) is widened with paper first, since a crop narrower than it is tall reads as nothing.
// Only crops of the same width run together in one tensor: nothing is padded, so a crop reads the
// same whatever else is on the page. Padding a batch to its widest crop cost CPU twice over (the
// padded columns, and a large batch of wide crops costs ~1.5-2 times the CPU per column of the same
// crops run one by one: measured on the PP-OCRv4 recogniser, 2 threads), and bought no speed.
import { ctcDecode, digitGroups, type Decoded } from './ctc-decode'
import { sample, type GrayImage } from './gray-image'
import type { OcrModels } from './models'
import type { PixelBox } from './db-boxes'

const HEIGHT = 48
const MAX_WIDTH = 1600
/** Most crops of one width run together (the many narrow cell crops of one width: a few per run
 *  save the run's fixed cost; more cost more per column). */
const BATCH = 4

function cropWidth(b: PixelBox): number {
  const w = Math.max(b.w, b.h * 2)
  return Math.min(MAX_WIDTH, Math.ceil((w / b.h) * HEIGHT))
}

/** Crop → normalised rows of the batch tensor, left-aligned, padding 0 (PP-OCR's own padding). */
function fill(input: Float32Array, slot: number, batchWidth: number, img: GrayImage, b: PixelBox, width: number): void {
  const plane = HEIGHT * batchWidth
  const base = slot * 3 * plane
  // The crop's content spans b.w of the `width` columns, centred; the rest is paper.
  const scale = b.h / HEIGHT
  const contentW = b.w / scale
  const pad = (width - contentW) / 2
  for (let y = 0; y < HEIGHT; y++) {
    const sy = b.y + (y + 0.5) * scale - 0.5
    for (let x = 0; x < width; x++) {
      const cx = x - pad
      const v = cx < 0 || cx >= contentW ? 255 : sample(img, b.x + (cx + 0.5) * scale - 0.5, sy)
      const n = v / 127.5 - 1
      const i = y * batchWidth + x
      input[base + i] = n
      input[base + plane + i] = n
      input[base + 2 * plane + i] = n
    }
  }
}

/** A narrow box (one or two digits) with half its height of the page around it on both sides:
 *  the recogniser reads a lone digit only with some paper beside it. */
function widened(b: PixelBox): PixelBox {
  return b.w < 1.5 * b.h ? { ...b, x: b.x - b.h / 2, w: b.w + b.h } : b
}

let groups: Int32Array | null = null

/** Every box read; a narrow box read as nothing is read again as cropped, with paper around it
 *  (each of the two crops reads some lone digits the other misses). */
export async function recognizeBoxes(models: OcrModels, img: GrayImage, detected: PixelBox[]): Promise<Decoded[]> {
  const out = await readCrops(models, img, detected.map(widened))
  const again = detected.flatMap((b, i) => (out[i]!.text === '' && b.w < 1.5 * b.h ? [i] : []))
  if (again.length) {
    const second = await readCrops(models, img, again.map((i) => detected[i]!))
    again.forEach((i, k) => (out[i] = second[k]!))
  }
  return out
}

/** Crops in runs of one width (at most `batch` a run), in width order. */
export function sameWidthRuns(widths: number[], batch: number): { i: number; w: number }[][] {
  const order = widths.map((w, i) => ({ i, w })).sort((a, b) => a.w - b.w || a.i - b.i)
  const runs: { i: number; w: number }[][] = []
  for (const o of order) {
    const last = runs[runs.length - 1]
    if (last && last.length < batch && last[0]!.w === o.w) last.push(o)
    else runs.push([o])
  }
  return runs
}

/** The boxes read as crops. `batch` (tests): most crops per run; `padded` (tests): the former way,
 *  runs of `batch` crops of similar width, each padded to the widest. */
export async function readCrops(models: OcrModels, img: GrayImage, boxes: PixelBox[], batch = BATCH, padded = false): Promise<Decoded[]> {
  groups ??= digitGroups(models.alphabet)
  const out: Decoded[] = new Array(boxes.length)
  const widths = boxes.map(cropWidth)
  const runs = padded ? paddedRuns(widths, batch) : sameWidthRuns(widths, batch)
  for (const run of runs) {
    const bw = Math.max(...run.map((o) => o.w))
    const input = new Float32Array(run.length * 3 * HEIGHT * bw)
    run.forEach((o, slot) => fill(input, slot, bw, img, boxes[o.i]!, o.w))
    const tensor = new models.ort.Tensor('float32', input, [run.length, 3, HEIGHT, bw])
    const res = await models.rec.run({ [models.rec.inputNames[0]!]: tensor })
    const probs = res[models.rec.outputNames[0]!]!
    const [, steps = 0, classes = 0] = probs.dims as number[]
    const data = probs.data as Float32Array
    run.forEach((o, slot) => {
      const one = data.subarray(slot * steps * classes, (slot + 1) * steps * classes)
      // Steps beyond this crop's own width read the padding.
      out[o.i] = ctcDecode(one, steps, classes, models.alphabet, Math.ceil((o.w / bw) * steps), groups ?? undefined)
    })
  }
  return out
}

function paddedRuns(widths: number[], batch: number): { i: number; w: number }[][] {
  const order = widths.map((w, i) => ({ i, w })).sort((a, b) => a.w - b.w)
  const runs: { i: number; w: number }[][] = []
  for (let s = 0; s < order.length; s += batch) runs.push(order.slice(s, s + batch))
  return runs
}
