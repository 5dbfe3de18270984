// A page picture as one byte of grey per pixel (0 black … 255 white): what detection, recognition,
// deskew and ruling search all work on. Colour inputs are folded to grey once, here.

export interface GrayImage {
  width: number
  height: number
  /** Row-major, width × height bytes. */
  data: Uint8Array
}

/** Red ink (R above both G and B by this much, 0–255) is no print: from RED_FROM on a pixel's grey
 *  moves toward its red channel, all the way at RED_FULL. */
const RED_FROM = 40
const RED_FULL = 100

/** The grey of one colour pixel, red ink left out. A seal or a red pen mark over the tables is red
 *  ink; the print under it is black. Seen through a red filter (the red channel) the red ink is as
 *  light as the paper while black stays black, so a red pixel takes its red channel as its grey;
 *  a black stroke under the seal keeps R, G and B low together and stays dark. A pixel only a
 *  little red (yellowed paper, JPEG colour fringes) keeps its plain grey. A red letterhead (红头)
 *  fades with it: the report's title and figures are printed in black. */
export function greyOfColour(r: number, g: number, b: number): number {
  const grey = (r * 299 + g * 587 + b * 114) / 1000
  const redness = r - Math.max(g, b)
  if (redness <= RED_FROM) return grey
  const t = Math.min(1, (redness - RED_FROM) / (RED_FULL - RED_FROM))
  return grey + (r - grey) * t
}

/** Grey from interleaved pixels with 1 (grey), 3 (RGB) or 4 (RGBA, alpha over white) channels;
 *  colour pixels by greyOfColour (red ink left out). */
export function toGray(width: number, height: number, pixels: ArrayLike<number>, channels: 1 | 3 | 4): GrayImage {
  const n = width * height
  const data = new Uint8Array(n)
  if (channels === 1) {
    for (let i = 0; i < n; i++) data[i] = pixels[i]!
  } else {
    for (let i = 0, j = 0; i < n; i++, j += channels) {
      const g = greyOfColour(pixels[j]!, pixels[j + 1]!, pixels[j + 2]!)
      data[i] = channels === 4 ? Math.round(255 - ((255 - g) * pixels[j + 3]!) / 255) : Math.round(g)
    }
  }
  return { width, height, data }
}

/** 1-bit rows (pdf.js GRAYSCALE_1BPP: 1 = white), each row padded to whole bytes. */
export function fromBits(width: number, height: number, bits: ArrayLike<number>): GrayImage {
  const data = new Uint8Array(width * height)
  const stride = Math.ceil(width / 8)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) data[y * width + x] = (bits[y * stride + (x >> 3)]! >> (7 - (x & 7))) & 1 ? 255 : 0
  }
  return { width, height, data }
}

/** Bilinear sample at a real-valued position; outside the picture is white paper. */
export function sample(img: GrayImage, x: number, y: number): number {
  const x0 = Math.floor(x), y0 = Math.floor(y)
  if (x0 < 0 || y0 < 0 || x0 >= img.width - 1 || y0 >= img.height - 1) {
    const xi = Math.round(x), yi = Math.round(y)
    return xi >= 0 && yi >= 0 && xi < img.width && yi < img.height ? img.data[yi * img.width + xi]! : 255
  }
  const fx = x - x0, fy = y - y0
  const i = y0 * img.width + x0
  const d = img.data
  const top = d[i]! + (d[i + 1]! - d[i]!) * fx
  const bottom = d[i + img.width]! + (d[i + img.width + 1]! - d[i + img.width]!) * fx
  return top + (bottom - top) * fy
}

/** The picture scaled to width × height (bilinear). */
export function resize(img: GrayImage, width: number, height: number): GrayImage {
  const data = new Uint8Array(width * height)
  const sx = img.width / width, sy = img.height / height
  for (let y = 0; y < height; y++) {
    const yy = (y + 0.5) * sy - 0.5
    for (let x = 0; x < width; x++) data[y * width + x] = sample(img, (x + 0.5) * sx - 0.5, yy)
  }
  return { width, height, data }
}

/** The picture turned by `degrees` (counter-clockwise as seen) about its centre, same size. */
export function rotate(img: GrayImage, degrees: number): GrayImage {
  if (degrees === 0) return img
  const a = (degrees * Math.PI) / 180
  const cos = Math.cos(a), sin = Math.sin(a)
  const cx = img.width / 2, cy = img.height / 2
  const data = new Uint8Array(img.width * img.height)
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const dx = x - cx, dy = y - cy
      data[y * img.width + x] = sample(img, cx + dx * cos - dy * sin, cy + dx * sin + dy * cos)
    }
  }
  return { width: img.width, height: img.height, data }
}

/** The rectangle [x, x+w) × [y, y+h), clipped to the picture. */
export function crop(img: GrayImage, x: number, y: number, w: number, h: number): GrayImage {
  const x0 = Math.max(0, Math.floor(x)), y0 = Math.max(0, Math.floor(y))
  const x1 = Math.min(img.width, Math.ceil(x + w)), y1 = Math.min(img.height, Math.ceil(y + h))
  const cw = Math.max(0, x1 - x0), ch = Math.max(0, y1 - y0)
  const data = new Uint8Array(cw * ch)
  for (let r = 0; r < ch; r++) data.set(img.data.subarray((y0 + r) * img.width + x0, (y0 + r) * img.width + x0 + cw), r * cw)
  return { width: cw, height: ch, data }
}
