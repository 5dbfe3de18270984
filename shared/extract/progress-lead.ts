// The opening of a section 五 sentence that speaks of the year's progress before it turns to the gaps
// ("2026年，我局工作总体平稳，但…", "…有了一定进步，但对照考核要求，仍存在一些差距，如…"): no point of its own.

/** The progress, 但, and a yardstick clause (对照…) after it: the part of the sentence that is no point. */
export const PROGRESS_BUT =
  /^[^。；]{0,40}?(?:总体(?:运行)?(?:平稳|良好|有序)|运行平稳|(?:取得|有了)[^。；]{0,12}?(?:成绩|成效|进展|成果|进步)|有(?:所|了)?(?:进步|提升|改善))[^。；，,]{0,10}?[，,]\s*但(?:是)?[，,]?\s*(?:对照[^，。；]{0,24}[，,]\s*)?/

/** The yardstick's clause ends on the gap itself ("对照上级要求仍有差距，"): it announces the points after it. */
const GAP_NAMED = /(?:仍有|还有|存在|仍存在|还存在)[^，。；]{0,6}?(?:差距|不足|问题|短板|薄弱环节)[，,]\s*$/

/** The sentence after its progress lead, and whether that lead named the gap whose points follow. */
export function progressLead(sentence: string): { rest: string; gapNamed: boolean } | null {
  const m = PROGRESS_BUT.exec(sentence)
  if (!m) return null
  return { rest: sentence.slice(m[0].length), gapNamed: GAP_NAMED.test(m[0]) }
}
