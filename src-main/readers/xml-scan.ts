// A small tolerant XML tag scanner (for WordprocessingML): yields start/end/empty tags with their
// attributes and decoded text, never throws on odd input. Enough for document.xml; no DTDs, no entities
// beyond the predefined and numeric ones.

export type XmlToken =
  | { type: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { type: 'close'; name: string }
  | { type: 'text'; text: string }

export function decodeXmlEntities(s: string): string {
  if (!s.includes('&')) return s
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (m, e: string) => {
    if (e === 'amp') return '&'
    if (e === 'lt') return '<'
    if (e === 'gt') return '>'
    if (e === 'quot') return '"'
    if (e === 'apos') return "'"
    const code = e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m
  })
}

function parseAttrs(s: string): Record<string, string> {
  const attrs: Record<string, string> = {}
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g
  let m: RegExpExecArray | null
  while ((m = re.exec(s))) attrs[m[1]!] = decodeXmlEntities(m[3] ?? m[4] ?? '')
  return attrs
}

export function* scanXml(xml: string): Generator<XmlToken> {
  const re = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!(?:[^>])*>|<(\/?)([\w:.-]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)/g
  let m: RegExpExecArray | null
  while ((m = re.exec(xml))) {
    if (m[1] !== undefined) yield { type: 'text', text: m[1] }
    else if (m[3] !== undefined) {
      if (m[2] === '/') yield { type: 'close', name: m[3] }
      else yield { type: 'open', name: m[3], attrs: parseAttrs(m[4] ?? ''), selfClosing: m[5] === '/' }
    } else if (m[6] !== undefined) yield { type: 'text', text: decodeXmlEntities(m[6]) }
    if (m[0] === '') re.lastIndex++
  }
}
