// MHTML ("web archive", .mht/.mhtml): find the text/html part of the multipart/related message and
// decode its transfer encoding (quoted-printable or base64). Returns the part's bytes and charset.

export interface MhtmlHtml {
  bytes: Uint8Array
  charset: string | null
  /** The part's Content-Location (the page's address), against which its frames' relative src resolve. */
  location: string | null
}

/** True when the bytes start like a MIME message with a multipart body. */
export function looksLikeMhtml(head: string): boolean {
  return /^(?:[\w-]+:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*)*?(?:MIME-Version|Content-Type):/im.test(head.slice(0, 4000)) && /multipart\/related/i.test(head.slice(0, 4000))
}

/** One character per byte, its code the byte's value: Node's 'latin1' is ISO-8859-1. (TextDecoder('latin1')
 *  is windows-1252: it turned bytes 0x80–0x9F into other characters, so an 8-bit UTF-8 or GBK body came
 *  back garbled; String.fromCharCode by chunks was right but twenty times slower on a large archive.) */
function byteString(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
}

function latin1Bytes(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'latin1'))
}

export function decodeQuotedPrintable(body: string): Uint8Array {
  const joined = body.replace(/=\r?\n/g, '')
  const bytes: number[] = []
  for (let i = 0; i < joined.length; i++) {
    const c = joined[i]!
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16))
      i += 2
    } else bytes.push(joined.charCodeAt(i) & 0xff)
  }
  return new Uint8Array(bytes)
}

function decodeBase64(body: string): Uint8Array {
  const clean = body.replace(/[^A-Za-z0-9+/=]/g, '')
  return new Uint8Array(Buffer.from(clean, 'base64'))
}

function headerValue(headers: string, name: string): string | null {
  const unfolded = headers.replace(/\r?\n[ \t]+/g, ' ')
  const m = new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(unfolded)
  return m ? m[1]!.trim() : null
}

function param(value: string | null, name: string): string | null {
  if (!value) return null
  const m = new RegExp(`${name}\\s*=\\s*("([^"]*)"|([^;\\s]+))`, 'i').exec(value)
  return m ? (m[2] ?? m[3] ?? null) : null
}

interface MimePart {
  headers: string
  body: string
}

/** The parts of the message (one part when it has no boundary). */
function* mimeParts(bytes: Uint8Array): Generator<MimePart> {
  // Headers and QP/base64 bodies are ASCII; read as Latin-1 so any 8-bit body bytes survive.
  const raw = byteString(bytes)
  const split = /\r?\n\r?\n/.exec(raw)
  if (!split) return
  const topHeaders = raw.slice(0, split.index)
  const boundary = param(headerValue(topHeaders, 'Content-Type'), 'boundary')
  const parts = boundary ? raw.split(`--${boundary}`).slice(1) : [raw]
  for (const part of parts) {
    const p = part.replace(/^\r?\n/, '')
    const sep = /\r?\n\r?\n/.exec(p)
    if (!sep) continue
    yield { headers: p.slice(0, sep.index), body: p.slice(sep.index + sep[0].length) }
  }
}

function partBytes(part: MimePart): Uint8Array {
  const enc = (headerValue(part.headers, 'Content-Transfer-Encoding') ?? '').toLowerCase()
  return enc === 'quoted-printable' ? decodeQuotedPrintable(part.body) : enc === 'base64' ? decodeBase64(part.body) : latin1Bytes(part.body)
}

/** The first text/html part, or null when the message has none. */
export function mhtmlHtmlPart(bytes: Uint8Array): MhtmlHtml | null {
  for (const part of mimeParts(bytes)) {
    const type = headerValue(part.headers, 'Content-Type') ?? ''
    if (!/text\/html/i.test(type)) continue
    return { bytes: partBytes(part), charset: param(type, 'charset'), location: headerValue(part.headers, 'Content-Location') }
  }
  return null
}

/** A lookup of the parts a page's `src` names (its Content-Location, or `cid:` and its Content-ID), decoded on
 *  demand; null when the archive has none. The archive is split once, not once per picture looked up. */
export function mhtmlParts(bytes: Uint8Array): (src: string) => Uint8Array | null {
  let byLocation: Map<string, MimePart> | null = null
  let byId: Map<string, MimePart> | null = null
  const index = (): void => {
    byLocation = new Map()
    byId = new Map()
    for (const part of mimeParts(bytes)) {
      const location = headerValue(part.headers, 'Content-Location')
      const id = headerValue(part.headers, 'Content-ID')?.replace(/^<|>$/g, '')
      // The first part of a name wins, as a browser's lookup does.
      if (location !== null && !byLocation.has(location)) byLocation.set(location, part)
      if (id !== undefined && !byId.has(id)) byId.set(id, part)
    }
  }
  return (src: string) => {
    if (!byLocation || !byId) index()
    const want = src.trim()
    const cid = /^cid:(.*)$/i.exec(want)?.[1]
    const part = (cid !== undefined ? byId!.get(cid) : undefined) ?? byLocation!.get(want)
    return part ? partBytes(part) : null
  }
}
