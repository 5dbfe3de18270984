// Which reader a file needs: content first (magic bytes, markup), extension second.

export type SniffedKind = 'pdf' | 'docx' | 'odt' | 'ole' | 'ofd' | 'zip' | 'rtf' | 'html' | 'mhtml' | 'text' | 'image' | 'binary'

export const REPORT_EXTENSIONS = ['.pdf', '.docx', '.doc', '.wps', '.odt', '.ofd', '.html', '.htm', '.mhtml', '.mht', '.txt', '.md', '.text'] as const

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
  return sig.every((b, i) => bytes[at + i] === b)
}

/** Kind from the first bytes. A PDF header may sit after some junk (up to 1 KB, as readers allow). */
export function sniffBytes(bytes: Uint8Array): SniffedKind {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
  if (head.slice(0, 1024).includes('%PDF-')) return 'pdf'
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (head.includes('word/') || head.includes('[Content_Types].xml')) return 'docx'
    // An OpenDocument package names its kind in its first, uncompressed entry "mimetype".
    if (head.includes('application/vnd.oasis.opendocument.text')) return 'odt'
    return zipEntryNames(bytes).includes('OFD.xml') ? 'ofd' : 'zip'
  }
  if (head.startsWith('{\\rtf')) return 'rtf'
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) || startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return 'image'
  if (/^(?:[\w-]+:[^\n]*\r?\n)*?MIME-Version:/i.test(head) && /multipart\/related/i.test(head)) return 'mhtml'
  const lower = head.replace(/^\uFEFF|^\xEF\xBB\xBF|^\xFF\xFE|^\xFE\xFF/, '').replace(/\u0000/g, '').trimStart().toLowerCase()
  if (/^(?:<!doctype html|<html|<\?xml[^>]*>\s*<!doctype html|<!--)/.test(lower) || /<(?:html|body|head|meta|table|div|p)[\s>]/.test(lower.slice(0, 2048))) return 'html'
  // Control bytes other than tab/newline/CR/form feed/ESC in the first KB: not text.
  const sample = bytes.subarray(0, 1024)
  let control = 0
  for (const b of sample) if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
  if (!utf16 && control > sample.length * 0.02) return 'binary'
  return 'text'
}

export function extensionOf(path: string): string {
  const m = /\.[^./\\]+$/.exec(path)
  return m ? m[0].toLowerCase() : ''
}

/** Names in a ZIP's central directory (at most 10,000; none when the directory cannot be found). */
export function zipEntryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // End of central directory: within the last 22 + 65,535 bytes (the comment's bound).
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) return []
  const count = Math.min(view.getUint16(eocd + 10, true), 10_000)
  let at = view.getUint32(eocd + 16, true)
  const names: string[] = []
  const utf8 = new TextDecoder('utf-8')
  for (let k = 0; k < count && at + 46 <= bytes.length; k++) {
    if (view.getUint32(at, true) !== 0x02014b50) break
    const nameLen = view.getUint16(at + 28, true)
    const extra = view.getUint16(at + 30, true)
    const comment = view.getUint16(at + 32, true)
    if (at + 46 + nameLen > bytes.length) break
    names.push(utf8.decode(bytes.subarray(at + 46, at + 46 + nameLen)))
    at += 46 + nameLen + extra + comment
  }
  return names
}
