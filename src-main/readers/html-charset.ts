// The character set of an HTML page: byte-order mark, then <meta charset> / http-equiv content-type,
// then detection (valid UTF-8, else GB18030). GBK and GB2312 are decoded as GB18030 (a superset).
import { bomEncoding, isValidUtf8 } from '../../shared/text/decode'

/** A WHATWG encoding label for TextDecoder. */
export function normaliseCharset(label: string | undefined | null): string | null {
  if (!label) return null
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '')
  if (/^(gbk|gb2312|gb_2312-80|gb18030|x-gbk|cp936|euc-cn|csgb2312|chinese|iso-ir-58)$/.test(l)) return 'gb18030'
  if (/^(utf-?8|unicode-1-1-utf-8)$/.test(l)) return 'utf-8'
  if (/^utf-?16(le)?$/.test(l)) return 'utf-16le'
  if (l === 'utf-16be') return 'utf-16be'
  try {
    new TextDecoder(l)
    return l
  } catch {
    return null
  }
}

/** The charset declared in the first bytes of a page (read as Latin-1, as a browser's prescan does). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8192))
  const direct = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)
  return normaliseCharset(direct?.[1])
}

export function decodeHtmlBytes(bytes: Uint8Array, hint?: string | null): { text: string; charset: string } {
  const bom = bomEncoding(bytes)
  if (bom) {
    const label = bom.encoding === 'utf-8-bom' ? 'utf-8' : bom.encoding
    return { text: new TextDecoder(label).decode(bytes.subarray(bom.length)), charset: label }
  }
  const declared = normaliseCharset(hint) ?? declaredCharset(bytes)
  // A page that says UTF-8 but is not (a GBK page saved with a wrong header) is detected instead.
  const charset = declared && !(declared === 'utf-8' && !isValidUtf8(bytes)) ? declared : isValidUtf8(bytes) ? 'utf-8' : 'gb18030'
  return { text: new TextDecoder(charset).decode(bytes), charset }
}
