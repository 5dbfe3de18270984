// Sizes read from a picture file's header, without decoding a pixel: a PNG's IHDR, a JPEG's
// start-of-frame marker; whether it is a TIFF.

export interface JpegFrame {
  width: number
  height: number
  components: number
  /** Baseline, extended or progressive (SOF0–2): what PDF's DCTDecode reads. */
  dct: boolean
}

/** A TIFF file's byte-order mark and magic number (II*\0 or MM\0*). */
export function isTiff(b: Uint8Array): boolean {
  return (b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a && b[3] === 0) || (b[0] === 0x4d && b[1] === 0x4d && b[2] === 0 && b[3] === 0x2a)
}

export function pngSize(b: Uint8Array): [number, number] | null {
  if (b.length < 24 || b[0] !== 0x89 || b[1] !== 0x50) return null
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength)
  return [v.getUint32(16), v.getUint32(20)]
}

export function jpegFrame(b: Uint8Array): JpegFrame | null {
  if (b[0] !== 0xff || b[1] !== 0xd8) return null
  let i = 2
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null
    const marker = b[i + 1]!
    if (marker === 0xff) {
      i++
      continue
    }
    const len = (b[i + 2]! << 8) | b[i + 3]!
    // Every SOFn but DHT (c4), JPG (c8) and DAC (cc).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { height: (b[i + 5]! << 8) | b[i + 6]!, width: (b[i + 7]! << 8) | b[i + 8]!, components: b[i + 9]!, dct: marker <= 0xc2 }
    i += 2 + len
  }
  return null
}
