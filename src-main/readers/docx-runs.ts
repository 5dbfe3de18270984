// How a DOCX run's text is printed, as far as reading numbers goes: not at all (hidden text:
// w:vanish, w:webHidden, w:specVanish; struck text: w:strike, w:dstrike), raised or lowered
// (w:vertAlign superscript/subscript: a footnote mark), or plainly. Set directly on the run
// (w:rPr) or through its character style (w:rStyle → styles.xml). A run property switched off
// (w:val="0"/"false") counts as absent; a property change record (w:rPrChange: the formatting
// before a tracked change) does not count.
import { scanXml } from './xml-scan'

export interface RunLook {
  hidden: boolean
  vertAlign: 'superscript' | 'subscript' | null
}

export const PLAIN_RUN: RunLook = { hidden: false, vertAlign: null }

const HIDING = new Set(['w:vanish', 'w:webHidden', 'w:specVanish', 'w:strike', 'w:dstrike'])

function isOn(attrs: Record<string, string>): boolean {
  const v = attrs['w:val']
  return v === undefined || !/^(?:0|false|off|none)$/i.test(v)
}

/**
 * Applies one tag of a run's properties to `look` (returns true when the tag was a run property
 * this module reads). Tags inside w:rPrChange are for the caller to skip.
 */
export function applyRunProperty(look: RunLook, name: string, attrs: Record<string, string>): boolean {
  if (HIDING.has(name)) {
    look.hidden = isOn(attrs)
    return true
  }
  if (name === 'w:vertAlign') {
    const v = attrs['w:val']
    look.vertAlign = v === 'superscript' || v === 'subscript' ? v : null
    return true
  }
  return false
}

/** Character and paragraph styles of styles.xml that hide text or raise/lower it, by style id. */
export function runStyles(stylesXml: string): Map<string, RunLook> {
  const out = new Map<string, RunLook>()
  let id: string | null = null
  let look: RunLook | null = null
  let inRPr = 0
  let skip = 0
  for (const t of scanXml(stylesXml)) {
    if (t.type === 'open') {
      if (t.name === 'w:style' && !t.selfClosing) {
        id = t.attrs['w:styleId'] ?? null
        look = { ...PLAIN_RUN }
      } else if (t.name === 'w:rPrChange' && !t.selfClosing) skip++
      else if (t.name === 'w:rPr' && !t.selfClosing) inRPr++
      else if (look && inRPr && !skip) applyRunProperty(look, t.name, t.attrs)
    } else if (t.type === 'close') {
      if (t.name === 'w:rPrChange' && skip) skip--
      else if (t.name === 'w:rPr' && inRPr) inRPr--
      else if (t.name === 'w:style') {
        if (id && look && (look.hidden || look.vertAlign)) out.set(id, look)
        id = null
        look = null
      }
    }
  }
  return out
}
