// A small element tree from the tolerant XML scanner, for OFD's XML parts. Namespace prefixes are
// dropped (ofd:TextObject → TextObject). A DOCTYPE with entity declarations is refused outright
// (no entity is ever expanded), and the number of elements is bounded.
import { scanXml, xmlCutShort } from '../xml-scan'

export interface XmlElement {
  name: string
  attrs: Record<string, string>
  children: XmlElement[]
  text: string
  /** On a part's root: the XML stops before its root element closes (xml-scan.ts). */
  cutShort?: boolean
}

export class OfdXmlError extends Error {
  constructor(
    message: string,
    readonly kind: 'entities' | 'too-many' = 'entities',
  ) {
    super(message)
  }
}

function localName(name: string): string {
  const i = name.indexOf(':')
  return i >= 0 ? name.slice(i + 1) : name
}

/** Parse `xml`; `budget.elements` is shared by all parts of a package and counts down. */
export function parseXml(xml: string, budget: { elements: number }): XmlElement {
  if (/<!DOCTYPE/i.test(xml.slice(0, 4096)) || /<!ENTITY/i.test(xml)) throw new OfdXmlError('含有 XML 实体声明（DOCTYPE/ENTITY），出于安全原因拒绝读取')
  const root: XmlElement = { name: '#root', attrs: {}, children: [], text: '' }
  const stack: XmlElement[] = [root]
  for (const t of scanXml(xml)) {
    const top = stack[stack.length - 1]!
    if (t.type === 'open') {
      if (--budget.elements < 0) throw new OfdXmlError('XML 元素过多', 'too-many')
      const el: XmlElement = { name: localName(t.name), attrs: t.attrs, children: [], text: '' }
      top.children.push(el)
      if (!t.selfClosing) stack.push(el)
    } else if (t.type === 'close') {
      const name = localName(t.name)
      // Tolerate stray close tags: pop only to a matching open element.
      const at = stack.map((e) => e.name).lastIndexOf(name)
      if (at > 0) stack.length = at
    } else if (stack.length > 1) top.text += t.text
  }
  if (xmlCutShort(xml)) root.cutShort = true
  return root
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name)
}

export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : []
}

/** Space-separated numbers ("10 20 30.5"); non-numbers become NaN. */
export function numbers(s: string | undefined): number[] {
  return (s ?? '').trim().split(/[\s,]+/).filter(Boolean).map(Number)
}
