// A table saved from a web form shows its numbers in <input value="…"> boxes and <select> lists:
// the page shows the value, so the value is the cell's text. Only fields inside a table cell are
// read (a search box or a year list elsewhere on the page is chrome); hidden fields, buttons,
// check boxes and passwords never are.
import type { DomNode } from './html-dom'

const SHOWN_INPUT_TYPES = new Set(['', 'text', 'number', 'tel', 'email', 'search', 'url'])

function insideCell(n: DomNode): boolean {
  for (let p = n.parent; p; p = p.parent) if (p.type === 'tag' && (p.name === 'td' || p.name === 'th')) return true
  return false
}

function textContent(n: DomNode): string {
  if (n.type === 'text') return n.data ?? ''
  return (n.children ?? []).map(textContent).join('')
}

function options(n: DomNode, out: DomNode[] = []): DomNode[] {
  for (const c of n.children ?? []) {
    if (c.type !== 'tag') continue
    if (c.name === 'option') out.push(c)
    else options(c, out)
  }
  return out
}

/** The text a field shows, or null (not a shown field). */
function shownValue(n: DomNode): string | null {
  if (n.name === 'input') {
    const type = (n.attribs?.type ?? '').trim().toLowerCase()
    return SHOWN_INPUT_TYPES.has(type) ? (n.attribs?.value ?? '') : null
  }
  if (n.name === 'select') {
    const all = options(n)
    const chosen = all.find((o) => o.attribs && 'selected' in o.attribs) ?? all[0]
    return chosen ? (chosen.attribs?.label ?? textContent(chosen)) : ''
  }
  if (n.name === 'textarea') return textContent(n)
  return null
}

/** Replaces each shown field inside a table cell by a text node of its value; returns how many. */
export function formValuesAsText(root: DomNode): number {
  let count = 0
  const walk = (n: DomNode): void => {
    const kids = n.children ?? []
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i]!
      if (c.type !== 'tag') continue
      const value = (c.name === 'input' || c.name === 'select' || c.name === 'textarea') && insideCell(c) ? shownValue(c) : null
      if (value !== null) {
        kids[i] = { type: 'text', data: ` ${value} `, parent: n }
        count++
      } else walk(c)
    }
  }
  walk(root)
  return count
}
