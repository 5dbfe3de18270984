// Section 五 as files hand it over → the text the splitter reads. Real sources add what the report's
// author never wrote: a space between every character (PDF text layers, crawled pages), half-width
// full stops after Chinese text, Markdown's bullets, bold marks and heading marks. None of these
// carries meaning in Chinese prose; each is undone here, before the section is cut.

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff01-\\uff5e“”‘’'
/** Blanks between two Chinese characters or Chinese punctuation marks. */
const SPACED = new RegExp(`(?<=[${CJK}])[ \\t\\u00a0\\u3000]+(?=[${CJK}])`, 'gu')
/** A half-width full stop closing Chinese text ("形式单一.改进措施"): not a decimal point nor a list marker (digits before). */
// Also before the next point's marker ("…影响不大.2.林木采伐…"): a half-width stop, then 2. and a word.
const HALF_STOP = /(?<=[\p{Script=Han}”’）)])\.(?=[\p{Script=Han}“‘（(\s]|$|\d{1,2}[.．、）)](?=[\p{Script=Han}“‘（(]))/gmu
/**
 * OCR's letter o read for a full stop after Chinese text ("仍存在一些不足o -是…", "…倾向o" at a line's end):
 * only between a Chinese character or closing mark and a line's end, a blank or the next Chinese word.
 */
const OCR_STOP = /(?<=[\p{Script=Han}”’）)])[oO](?=[ \t\u3000]*$|[ \t\u3000]*[\p{Script=Han}“‘（(—－-])/gmu
/** Markdown: a bullet line ("- …", not a page number "- 7 -"), bold marks, a heading's #s. */
const MD_BULLET = /^[ \t]*[-*+][ \t]+(?![\d第页]+[^\n]{0,4}[-—][ \t]*$)/gm
const MD_HEADING = /^[ \t]*#{1,6}[ \t]+/gm
const MD_BOLD = /\*\*|__/g

export function sectionText(text: string): string {
  return text.replace(MD_BOLD, '').replace(MD_HEADING, '').replace(MD_BULLET, '• ').replace(SPACED, '').replace(HALF_STOP, '。').replace(OCR_STOP, '。')
}
