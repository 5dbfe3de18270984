// WordprocessingML as other writers name it. The reader matches names as Word writes them (w:p,
// w:t, r:id, mc:Fallback); a DOCX filled in by a script may bind the same namespaces to other
// prefixes (Python's xml.etree writes ns0:p) or make one the default (<p>), and a document saved as
// "Strict Open XML" uses other namespace names. The names are mapped to Word's prefixes by the
// namespaces the root element declares; a document that uses Word's own prefixes passes unchanged.
// Also: the main part's name, which Word for the web writes as word/document2.xml.
import { scanXml, type XmlToken } from './xml-scan'
import { readZipEntry, type ZipLimits } from './zip'

/** Namespace name → the prefix the reader expects. */
const PREFIX_OF: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
}

/** A renaming of the root's prefixes ('' for the default namespace) to Word's, or null when none is needed. */
function renamer(attrs: Record<string, string>): ((name: string) => string) | null {
  const map = new Map<string, string>()
  for (const [k, v] of Object.entries(attrs)) {
    const want = PREFIX_OF[v]
    const prefix = k === 'xmlns' ? '' : k.startsWith('xmlns:') ? k.slice(6) : null
    if (want && prefix !== null && prefix !== want) map.set(prefix, want)
  }
  if (!map.size) return null
  return (name) => {
    const i = name.indexOf(':')
    const want = map.get(i < 0 ? '' : name.slice(0, i))
    return want === undefined ? name : `${want}:${name.slice(i + 1)}`
  }
}

/** The tokens of a WordprocessingML part with Word's prefixes (xml-scan.ts tokens otherwise). */
export function* wordTokens(xml: string): Generator<XmlToken> {
  let rename: ((name: string) => string) | null | undefined
  for (const t of scanXml(xml)) {
    if (rename === undefined && t.type === 'open') rename = renamer(t.attrs)
    if (!rename || t.type === 'text') yield t
    else if (t.type === 'close') yield { ...t, name: rename(t.name) }
    else {
      const attrs: Record<string, string> = {}
      // An attribute without a prefix is in no namespace (the default one is not its own).
      for (const [k, v] of Object.entries(t.attrs)) attrs[k.includes(':') && !k.startsWith('xmlns') ? rename(k) : k] = v
      yield { ...t, name: rename(t.name), attrs }
    }
  }
}

const OFFICE_DOCUMENT = /\/officeDocument$/

/** The main document part named by the package's _rels/.rels (word/document2.xml from Word for the web), or null. */
export function mainPartName(bytes: Uint8Array, limits: ZipLimits): string | null {
  const rels = readZipEntry(bytes, '_rels/.rels', limits)
  if (!rels.ok) return null
  for (const t of scanXml(new TextDecoder('utf-8').decode(rels.data))) {
    if (t.type !== 'open' || !/(?:^|:)Relationship$/.test(t.name) || !OFFICE_DOCUMENT.test(t.attrs['Type'] ?? '')) continue
    const target = t.attrs['Target']
    if (target) return target.replace(/^\/|^\.\//, '')
  }
  return null
}
