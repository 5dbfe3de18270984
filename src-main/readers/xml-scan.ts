// A small tolerant XML tag scanner (for WordprocessingML): yields start/end/empty tags with their
// attributes and decoded text, never throws on odd input. Enough for document.xml; no DTDs, no entities
// beyond the predefined and numeric ones. Linear in the input: a tag ends at its `>` before the next
// `<` (XML allows no raw `<` inside a tag), and the next `<` / `>` positions are found once and
// reused, so many unclosed `<` cannot make it rescan the rest of the text for each one.

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

const TAG = /^<(\/?)([\w:.-]+)([\s\S]*?)(\/?)>$/

/** Positions of the next occurrence of a string at or after `from`, each searched for once. */
function nextFinder(xml: string, needle: string): (from: number) => number {
  let found = -2
  return (from) => {
    if (found === -1 || (found >= from && found !== -2)) return found
    found = xml.indexOf(needle, from)
    return found
  }
}

export function* scanXml(xml: string): Generator<XmlToken> {
  const nextLt = nextFinder(xml, '<')
  const nextGt = nextFinder(xml, '>')
  let i = 0
  let text = ''
  const n = xml.length
  while (i < n) {
    const lt = nextLt(i)
    if (lt < 0) {
      text += xml.slice(i)
      break
    }
    if (lt > i) text += xml.slice(i, lt)
    // Comments, CDATA and processing instructions end at their own closing marks (searched once:
    // an unclosed one runs to the end of the text).
    const special = xml.startsWith('<!--', lt) ? '-->' : xml.startsWith('<![CDATA[', lt) ? ']]>' : xml.startsWith('<?', lt) ? '?>' : null
    if (special) {
      const end = xml.indexOf(special, lt + 2)
      const stop = end < 0 ? n : end + special.length
      if (special === ']]>') {
        if (text) yield { type: 'text', text: decodeXmlEntities(text) }
        text = ''
        yield { type: 'text', text: xml.slice(lt + 9, end < 0 ? n : end) }
      }
      i = stop
      continue
    }
    const after = nextLt(lt + 1)
    const gt = nextGt(lt + 1)
    if (gt < 0 || (after >= 0 && after < gt)) {
      // No `>` before the next `<`: not a tag, the `<` is text.
      text += '<'
      i = lt + 1
      continue
    }
    const m = TAG.exec(xml.slice(lt, gt + 1))
    if (m) {
      if (text) yield { type: 'text', text: decodeXmlEntities(text) }
      text = ''
      if (m[1] === '/') yield { type: 'close', name: m[2]! }
      else yield { type: 'open', name: m[2]!, attrs: parseAttrs(m[3] ?? ''), selfClosing: m[4] === '/' }
    }
    // `<!DOCTYPE …>` and other declarations are skipped.
    else if (xml[lt + 1] !== '!') text += xml.slice(lt, gt + 1)
    i = gt + 1
  }
  if (text) yield { type: 'text', text: decodeXmlEntities(text) }
}

/**
 * Whether an XML part stops before its root element closes: a file cut short, or written only in part
 * (a broken download, a damaged archive entry). The tolerant scanner reads what is there; the reader
 * then says the rest is missing, instead of a report that silently ends halfway.
 */
export function xmlCutShort(xml: string): boolean {
  const root = /<([A-Za-z_][\w:.-]*)(?=[\s/>])/.exec(xml.replace(/^\uFEFF?(?:\s*<\?[\s\S]*?\?>|\s*<!--[\s\S]*?-->|\s*<!DOCTYPE[^>]*>)*/, ''))
  if (!root) return xml.trim() !== ''
  // After the root, XML allows comments, processing instructions and white space; some writers pad
  // the part with NUL bytes. None of them is content cut off.
  const tail = xml.slice(-4096).replace(/(?:\s|\u0000|<!--[^<>]*-->|<\?[^<>]*\?>)+$/, '')
  if (tail.endsWith(`</${root[1]}>`) || new RegExp(`</${root[1]!.replace(/[.]/g, '\\.')}\\s+>$`).test(tail)) return false
  // A root element written as one empty tag: <w:document/>.
  return !new RegExp(`^\\s*<${root[1]!.replace(/[.]/g, '\\.')}[^<>]*/>\\s*$`).test(xml.slice(root.index))
}
