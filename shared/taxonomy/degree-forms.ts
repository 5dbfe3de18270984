// One concept, several forms of its negation and degree: 不规范 ~ 不够规范 ~ 不太规范, 未更新 ~
// 未能更新 ~ 没有更新. The word lists hold the form real reports were seen to write (concepts.ts,
// collocations.ts); the matchers read the others through these two helpers, so that no list needs a
// hand-made copy of each form.

/** The text with its degree words folded into the plain negation: 不够/不太 → 不, 未能/没有 → 未. */
export function plainNegation(text: string): string {
  return text.replace(/不[够太](?=\p{Script=Han})/gu, '不').replace(/未能|没有/g, '未')
}

/** A pattern source for `word` (already escaped) that also accepts its degree forms. */
export function degreePattern(escaped: string): string {
  return escaped.replace(/不/g, '不[够太]?').replace(/未/g, '(?:未能?|没有)')
}
