// Bytes → text for plain-text inputs: byte-order mark first, then strict UTF-8, else GB18030
// (a superset of GBK/GB2312, the usual encoding of Chinese government text files).
// Pure: uses only the web-standard TextDecoder (Node 22 with full ICU knows 'gb18030').

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be'

export interface DecodedText {
  text: string
  encoding: TextEncodingName
}

/** The encoding a byte-order mark announces, with the BOM's length; null without a BOM. */
export function bomEncoding(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8-bom', length: 3 }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 }
  return null
}

const WEB_LABEL: Record<TextEncodingName, string> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  gb18030: 'gb18030',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
}

/** Decode with a known encoding (lenient: bad bytes become U+FFFD). */
export function decodeAs(bytes: Uint8Array, encoding: TextEncodingName): string {
  return new TextDecoder(WEB_LABEL[encoding], { ignoreBOM: false }).decode(bytes)
}

/** True when the bytes are valid UTF-8. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bomEncoding(bytes)
  if (bom) return { text: decodeAs(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: decodeAs(bytes, 'gb18030'), encoding: 'gb18030' }
  }
}
