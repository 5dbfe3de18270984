// A page saved "complete, in one file" carries its photos inline as `data:image/…;base64,…` URLs:
// tens of megabytes that are pictures, not markup. The page's bounds (bounds.ts) are about its
// markup and text, so the pictures are set aside before the page is decoded and parsed: each one's
// URL becomes `desk-inline:N` and its base64 bytes stay in a list (views on the file, no copies),
// from which the OCR of table pictures (ocr/html-pictures.ts) decodes them when it needs them.

/** The URL that stands for the Nth picture set aside. */
export const INLINE_PREFIX = 'desk-inline:'

export interface PageWithoutInlinePictures {
  /** The page with each inline picture's URL replaced by `desk-inline:N`. */
  page: Uint8Array
  /** Each picture's base64 text (whitespace included), in the order of N. */
  inline: Uint8Array[]
}

const ASCII = (s: string): number[] => [...s].map((c) => c.charCodeAt(0))
const DATA_IMAGE = ASCII('data:image/')
const BASE64_MARK = ASCII(';base64,')
const ENCODER = new TextEncoder()
/** Below this, a picture stays in the page: icons and bullets cost nothing. */
const SET_ASIDE_FROM = 4096

function startsAt(bytes: Uint8Array, i: number, word: number[]): boolean {
  if (i + word.length > bytes.length) return false
  for (let k = 0; k < word.length; k++) {
    const b = bytes[i + k]!
    // `data:IMAGE/` is allowed: URL schemes and media types are case-insensitive.
    if (b !== word[k] && (b | 0x20) !== word[k]) return false
  }
  return true
}

const isBase64 = (b: number): boolean =>
  (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || (b >= 0x30 && b <= 0x39) || b === 0x2b || b === 0x2f || b === 0x3d
const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09
const isMediaType = (b: number): boolean => isBase64(b) || b === 0x2e || b === 0x2d || b === 0x5f

/** One linear pass over the bytes; a page without large inline pictures comes back as it is. */
export function setInlinePicturesAside(bytes: Uint8Array): PageWithoutInlinePictures {
  const pieces: Uint8Array[] = []
  const inline: Uint8Array[] = []
  let kept = 0 // bytes[kept…] not yet copied into pieces
  let length = 0
  for (let i = 0; i < bytes.length; i++) {
    if ((bytes[i]! | 0x20) !== 0x64 || !startsAt(bytes, i, DATA_IMAGE)) continue // 'd'
    let j = i + DATA_IMAGE.length
    while (j < bytes.length && isMediaType(bytes[j]!)) j++
    if (!startsAt(bytes, j, BASE64_MARK)) continue
    const from = j + BASE64_MARK.length
    let end = from
    while (end < bytes.length && (isBase64(bytes[end]!) || isSpace(bytes[end]!))) end++
    if (end - from < SET_ASIDE_FROM) {
      i = end - 1
      continue
    }
    const url = ENCODER.encode(`${INLINE_PREFIX}${inline.length}`)
    pieces.push(bytes.subarray(kept, i), url)
    length += i - kept + url.length
    inline.push(bytes.subarray(from, end))
    kept = end
    i = end - 1
  }
  if (inline.length === 0) return { page: bytes, inline }
  pieces.push(bytes.subarray(kept))
  length += bytes.length - kept
  const page = new Uint8Array(length)
  let at = 0
  for (const p of pieces) {
    page.set(p, at)
    at += p.length
  }
  return { page, inline }
}

/** The bytes of the picture a `desk-inline:N` URL stands for; null for any other URL, or past `maxBytes`. */
export function inlinePictureBytes(src: string, inline: Uint8Array[], maxBytes: number): Uint8Array | null {
  if (!src.startsWith(INLINE_PREFIX)) return null
  const text = inline[Number(src.slice(INLINE_PREFIX.length))]
  // 3 bytes per 4 base64 characters: refused before decoding when the picture would be too large.
  if (!text || (text.length * 3) / 4 > maxBytes) return null
  // Node's base64 decoder skips the line breaks saved pages put in long URLs.
  return new Uint8Array(Buffer.from(Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString('latin1'), 'base64'))
}
