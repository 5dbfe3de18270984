// Superscript and subscript text (footnote marks "120²", "789¹", "注¹") kept apart from the number it
// follows. A reader that gives such a mark as plain digits glues it onto the number (120 + "2" →
// 1202); written with Unicode superscript/subscript digits it stays visible as a mark, and the
// extractor, which reads only the digits 0–9 as numbers, never takes it for part of a cell.

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
  '+': '⁺', '-': '⁻', '=': '⁼', '(': '⁽', ')': '⁾',
}

const SUBSCRIPT: Record<string, string> = {
  '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉',
  '+': '₊', '-': '₋', '=': '₌', '(': '₍', ')': '₎',
}

/** Full-width digits and signs (０–９, ＋, －, （, ）) as their ASCII forms, one character for one. */
function ascii(ch: string): string {
  const code = ch.charCodeAt(0)
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0)
  return ({ '＋': '+', '－': '-', '＝': '=', '（': '(', '）': ')' } as Record<string, string>)[ch] ?? ch
}

function mapChars(s: string, table: Record<string, string>): string {
  let out = ''
  for (const ch of s) out += table[ascii(ch)] ?? ch
  return out
}

/** Text printed raised (a footnote mark): digits and signs as superscript characters, the rest as is. */
export function asSuperscript(s: string): string {
  return mapChars(s, SUPERSCRIPT)
}

/** Text printed lowered: digits and signs as subscript characters, the rest as is. */
export function asSubscript(s: string): string {
  return mapChars(s, SUBSCRIPT)
}
