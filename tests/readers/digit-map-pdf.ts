// Makes a PDF whose page draws the right digits while its text layer names others: every font's
// ToUnicode CMap gets bfchar entries appended (later entries win) that give the code of digit a the
// Unicode of digit σ(a), for a permutation σ of some digits (5↔7, or a cycle 1→2→3→1). The way a
// mis-built or edited map looks (hostile review hr28, F8). Made at test time with qpdf (--qdf, then
// fix-qdf to mend the stream lengths): no binary goes into git. Null when qpdf is not installed.
import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'

/** σ: digit written in the layer for each digit drawn ({ '5': '7', '7': '5' }). */
export type DigitPermutation = Record<string, string>

export const hasQpdf = ((): boolean => {
  try {
    execFileSync('qpdf', ['--version'], { stdio: 'ignore' })
    execFileSync('which', ['fix-qdf'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

const hex = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0')

/** Code → Unicode of a CMap's bfchar and simple bfrange entries (single UTF-16 unit destinations). */
export function cmapCodes(cmap: string): Map<string, number> {
  const out = new Map<string, number>()
  for (const [, body] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, src, dst] of body!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]{4})>/g)) out.set(src!.toUpperCase(), parseInt(dst!, 16))
  for (const [, body] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, lo, hi, dst] of body!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]{4})>/g)) {
      const a = parseInt(lo!, 16)
      for (let c = a; c <= parseInt(hi!, 16); c++) out.set(hex(c).slice(-lo!.length), parseInt(dst!, 16) + c - a)
    }
  return out
}

/** The CMap with bfchar overrides giving each digit's code the Unicode of σ(digit); null when it maps none of them. */
export function permutedCmap(cmap: string, sigma: DigitPermutation): string | null {
  const codes = cmapCodes(cmap)
  const lines: string[] = []
  for (const [code, u] of codes) {
    const d = String.fromCharCode(u)
    const to = sigma[d]
    if (to !== undefined && to !== d) lines.push(`<${code}> <${hex(to.charCodeAt(0))}>`)
  }
  if (lines.length === 0) return null
  return cmap.replace(/endcmap/, `${lines.length} beginbfchar\n${lines.join('\n')}\nendbfchar\nendcmap`)
}

/** `source` rewritten to `target` with every font's digit map permuted by σ; the number of maps changed. */
export function writeDigitPermutedPdf(source: string, target: string, sigma: DigitPermutation): number {
  const qdf = `${target}.qdf`
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', source, qdf])
  let changed = 0
  // latin1 keeps every byte as it is; qdf writes content streams uncompressed, so the CMaps are plain text.
  const text = readFileSync(qdf).toString('latin1').replace(/stream\n([\s\S]*?)endstream/g, (all, body: string) => {
    if (!body.includes('begincmap')) return all
    const next = permutedCmap(body, sigma)
    if (next === null) return all
    changed++
    return `stream\n${next}endstream`
  })
  writeFileSync(`${qdf}.edit`, Buffer.from(text, 'latin1'))
  const fixed = execFileSync('fix-qdf', [`${qdf}.edit`], { maxBuffer: 1 << 28 })
  writeFileSync(`${qdf}.fixed`, fixed)
  execFileSync('qpdf', [`${qdf}.fixed`, target])
  for (const f of [qdf, `${qdf}.edit`, `${qdf}.fixed`]) rmSync(f, { force: true })
  return changed
}
