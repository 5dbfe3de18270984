// One concept, several forms of its negation and degree: 不规范 ~ 不够规范 ~ 不太规范, 未更新 ~
// 未能更新 ~ 没有更新, 较少 ~ 偏少 ~ 很少 ~ 极少. The word lists hold the form real reports were seen to write (concepts.ts,
// collocations.ts); the matchers read the others through these two helpers, so that no list needs a
// hand-made copy of each form.

/** Degree adverbs before a measure of little or low: 偏少, 很少, 极少 all read as 较少. */
const LITTLE = /[很极偏较](?=[少低慢弱])/g

/** The text with its degree words folded: 不够/不太 → 不, 未能/没有 → 未, 很少/偏少/极少 → 较少. */
export function plainNegation(text: string): string {
  return text.replace(/不[够太](?=\p{Script=Han})/gu, '不').replace(/未能|没有/g, '未').replace(LITTLE, '较')
}

/** A pattern source for `word` (already escaped) that also accepts its degree forms. */
export function degreePattern(escaped: string): string {
  return escaped.replace(/不/g, '不[够太]?').replace(/未/g, '(?:未能?|没有)').replace(LITTLE, '[很极偏较]')
}
