// The entry's text as the matcher reads it: the homophone typos real reports print put right, and
// the words that here mean something other than their category's sense left out. Only the matcher
// reads this text; the entry keeps its own words.

/** Homophone slips of typed reports (不急时 for 不及时, 意思 for 意识 before what is said of awareness). */
const TYPOS: [RegExp, string][] = [
  [/不急时/g, '不及时'],
  [/意思(?=不强|淡薄|不够|不足|有待|薄弱)/g, '意识'],
]

/**
 * Words used in another sense: a review decision made public (行政复议决定书) is a kind of
 * information disclosed, not a case handled; a WeChat group (微信群) is no government account; a
 * catalogue brought up to date (目录…更新) is standardization's work, not a column's upkeep.
 */
const OTHER_SENSE: RegExp[] = [/行政复议(?=决定)/g, /微信(?=群)/g, /(?<=(?:目录|清单)[^，。；]{0,4})更新/g]

export function readingText(text: string): string {
  let out = text
  for (const [re, right] of TYPOS) out = out.replace(re, right)
  for (const re of OTHER_SENSE) out = out.replace(re, '')
  return out
}
