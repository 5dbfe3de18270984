// Reading the report's prose: its section texts as sentences and clauses, negation, numbers.
import type { SectionKey } from '../model/report'
import { SECTION_KEYS } from '../model/report'
import type { SourceLocation } from '../model/document'
import type { ReportContext } from './context'

export interface Sentence {
  section?: SectionKey
  text: string
  loc?: SourceLocation
}

/**
 * Full-width digits to ASCII and line breaks inside a sentence removed. Punctuation is kept as
 * printed, so that a sentence quoted in evidence can still be found in the source.
 */
export function normalizeProse(text: string): string {
  // pdftotext breaks lines mid-sentence (and may put blank lines between them): join them unless
  // the line ended a sentence.
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\f\v]/g, '\n')
    .replace(/(\S)[ \t]*(?:\r?\n[ \t]*)+(?=\S)/g, (_m, a: string) => (/[。；;！？!?：:]/.test(a) ? `${a}\n` : a))
}

/** Sentences (split at 。；！？, or only at 。！？ with `wholeSentences`, and at line ends) of one text. */
export function splitSentences(text: string, wholeSentences = false): string[] {
  return normalizeProse(text)
    .split(wholeSentences ? /(?<=[。！？!?])|\n+/ : /(?<=[。；;！？!?])|\n+/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/** Every sentence of the report's prose: the preamble, then the sections in template order. */
export function reportSentences(
  ctx: ReportContext,
  sections: readonly SectionKey[] = SECTION_KEYS,
  wholeSentences = false,
): Sentence[] {
  const out: Sentence[] = []
  if (sections === SECTION_KEYS && ctx.extraction.preamble.trim() !== '') {
    for (const s of splitSentences(ctx.extraction.preamble, wholeSentences)) out.push({ text: s })
  }
  for (const key of sections) {
    const sec = ctx.extraction.sectionText[key]
    if (!sec) continue
    for (const s of splitSentences(sec.text, wholeSentences)) out.push({ section: key, text: s, loc: sec.loc })
  }
  return out
}

/** True when the report kept any section text at all (text checks need it). */
export function hasProse(ctx: ReportContext): boolean {
  return Object.values(ctx.extraction.sectionText).some((s) => s !== undefined && s.text.trim() !== '')
}

/** The clause (between commas) of `sentence` that holds position `at`. */
export function clauseAt(sentence: string, at: number): { text: string; start: number } {
  const before = sentence.slice(0, at)
  const start = Math.max(...['，', ',', '；', ';', '。', '：'].map((p) => before.lastIndexOf(p))) + 1
  const endRel = sentence.slice(at).search(/[，,；;。]/)
  const end = endRel < 0 ? sentence.length : at + endRel
  return { text: sentence.slice(start, end), start }
}

const NEGATION = /(?:未|没有|无|不存在|尚无|暂无|零)/

/** Is the word at `at` negated in its clause ("未发生…败诉", "未被…纠错")? */
export function isNegatedAt(sentence: string, at: number): boolean {
  const { text, start } = clauseAt(sentence, at)
  return NEGATION.test(text.slice(0, at - start))
}

/** Parses "1,234" / "1234" to a number. */
export function parseNumber(s: string): number {
  return Number(s.replace(/[,，\s]/g, ''))
}
