// WordprocessingML as other writers name it. The reader matches names as Word writes them (w:p,
// w:t, r:id, mc:Fallback); a DOCX filled in by a script may bind the same namespaces to other
// prefixes (Python's xml.etree writes ns0:p) or make one the default (<p>), and a document saved as
// "Strict Open XML" uses other namespace names. The names are mapped to Word's prefixes by the
// namespaces declared in scope (on any element); a document that uses Word's own prefixes passes unchanged.
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

/** Prefixes an element declares ('' for the default namespace): Word's prefix for a namespace the reader knows, else null (no renaming). */
function declared(attrs: Record<string, string>): Map<string, string | null> | null {
  let out: Map<string, string | null> | null = null
  for (const [k, v] of Object.entries(attrs)) {
    const prefix = k === 'xmlns' ? '' : k.startsWith('xmlns:') ? k.slice(6) : null
    if (prefix === null) continue
    const want = PREFIX_OF[v] ?? null
    ;(out ??= new Map()).set(prefix, want === prefix ? null : want)
  }
  return out
}

/** A name with its prefix mapped by `scope` (prefix → Word's prefix). */
function renamed(name: string, scope: ReadonlyMap<string, string>): string {
  const i = name.indexOf(':')
  const want = scope.get(i < 0 ? '' : name.slice(0, i))
  return want === undefined ? name : `${want}:${name.slice(i + 1)}`
}

/**
 * The tokens of a WordprocessingML part with Word's prefixes (xml-scan.ts tokens otherwise). Declarations
 * hold for the element that makes them and what it holds (a script adding a node may declare the namespace
 * on that node: <x:vanish xmlns:x="…"/>). A part that uses Word's own prefixes passes unchanged.
 */
export function* wordTokens(xml: string): Generator<XmlToken> {
  const NONE: ReadonlyMap<string, string> = new Map()
  // The renaming in force, and those of the open elements around it.
  let scope = NONE
  const outer: ReadonlyMap<string, string>[] = []
  for (const t of scanXml(xml)) {
    if (t.type === 'text') {
      yield t
      continue
    }
    if (t.type === 'close') {
      yield scope.size ? { ...t, name: renamed(t.name, scope) } : t
      scope = outer.pop() ?? NONE
      continue
    }
    let own = scope
    const decl = declared(t.attrs)
    if (decl) {
      const next = new Map(scope)
      for (const [prefix, want] of decl) {
        if (want === null) next.delete(prefix)
        else next.set(prefix, want)
      }
      own = next
    }
    if (!t.selfClosing) {
      outer.push(scope)
      scope = own
    }
    if (!own.size) {
      yield t
      continue
    }
    const attrs: Record<string, string> = {}
    // An attribute without a prefix is in no namespace (the default one is not its own).
    for (const [k, v] of Object.entries(t.attrs)) attrs[k.includes(':') && !k.startsWith('xmlns') ? renamed(k, own) : k] = v
    yield { ...t, name: renamed(t.name, own), attrs }
  }
}

export interface PartRelationship {
  id: string
  type: string
  /** The part's path inside the package. */
  part: string
}

/** The relationships of part `main` (word/_rels/document.xml.rels for word/document.xml), to parts inside the package. */
export function partRelationships(bytes: Uint8Array, limits: ZipLimits, main: string): PartRelationship[] {
  const out: PartRelationship[] = []
  const slash = main.lastIndexOf('/')
  const dir = slash < 0 ? '' : main.slice(0, slash + 1)
  const rels = readZipEntry(bytes, `${dir}_rels/${main.slice(slash + 1)}.rels`, limits)
  if (!rels.ok) return out
  for (const t of scanXml(new TextDecoder('utf-8').decode(rels.data))) {
    if (t.type !== 'open' || !/(?:^|:)Relationship$/.test(t.name) || t.attrs['TargetMode'] === 'External') continue
    const id = t.attrs['Id']
    const target = t.attrs['Target']
    // Targets are relative to the part's folder, or absolute from the package root.
    if (id && target) out.push({ id, type: t.attrs['Type'] ?? '', part: target.startsWith('/') ? target.slice(1) : `${dir}${target.replace(/^\.\//, '')}` })
  }
  return out
}

/** The styles part of main part `main` (Word finds it by relationship; word/styles.xml where none is named). */
export function stylesPartName(bytes: Uint8Array, limits: ZipLimits, main: string): string {
  return partRelationships(bytes, limits, main).find((r) => /\/styles$/.test(r.type))?.part ?? 'word/styles.xml'
}

/** The main document part named by the package's own relationships (_rels/.rels: word/document2.xml from Word for the web), or null. */
export function mainPartName(bytes: Uint8Array, limits: ZipLimits): string | null {
  return partRelationships(bytes, limits, '').find((r) => /\/officeDocument$/.test(r.type))?.part ?? null
}
