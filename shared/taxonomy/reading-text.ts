// The entry's text as the matcher reads it: the homophone typos real reports print put right, and
// the words that here mean something other than their category's sense left out. Only the matcher
// reads this text; the entry keeps its own words.

/** Homophone slips of typed reports (不急时 for 不及时, 意思 for 意识 before what is said of awareness). */
const TYPOS: [RegExp, string][] = [
  [/不急时/g, '不及时'],
  [/意思(?=不强|淡薄|不够|不足|有待|薄弱)/g, '意识'],
  // Slips of a pinyin keyboard on the section's own words (gong kai, yu an): 工开 after what is
  // disclosed (施工开展 stays), 预按 for 预案.
  [/(?<=政务|信息|主动|依申请|村务|居务)工开/g, '公开'],
  [/预按/g, '预案'],
  // jie du, lan mu, pei xun, zheng ji, gong shi: 解读, 栏目, 培训, 征集, 公示 (公式化, formulaic, stays).
  [/介读/g, '解读'],
  [/拦目/g, '栏目'],
  [/陪训/g, '培训'],
  [/证集/g, '征集'],
  [/公式(?!化)/g, '公示'],
]

/**
 * Words used in another sense: a review decision made public (行政复议决定书) and a training
 * subsidy (培训补贴) are kinds of information disclosed, not a case handled or the staff's training; a WeChat group (微信群) is no government account; a
 * catalogue brought up to date (目录…更新) is standardization's work, not a column's upkeep.
 */
const OTHER_SENSE: RegExp[] = [
  /行政复议(?=决定)/g,
  /微信(?=群)/g,
  /(?<=(?:目录|清单)[^，。；]{0,4})更新/g,
  // Training as what a subsidy pays for or who gives it ("技能培训补贴", "培训机构"): information
  // disclosed, not the staff's training.
  /培训(?=补贴|机构|基地)/g,
  // "最近一次发布", "上一次发布": a date, not "一次发布、多端共享".
  /(?<=最近|上|前|第|每|再|最后)一次(?=发布)/g,
  // An interpretation published with its policy ("政策调整时同步发布问答和图解", "解读与文件同步发布"):
  // interpretation's timing, not one item published on several platforms.
  /同步发布(?=[^，。；]{0,6}(?:解读|图解|问答))|(?<=(?:解读|图解|问答)[^，。；]{0,6})同步发布/g,
]

export function readingText(text: string): string {
  let out = text
  for (const [re, right] of TYPOS) out = out.replace(re, right)
  for (const re of OTHER_SENSE) out = out.replace(re, '')
  return out
}
