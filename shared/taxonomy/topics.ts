// The last, weakest evidence for an entry nothing else placed: what it is about. Some objects belong
// to one category whatever is said of them: a column (栏目) that a problem or measure names is about
// its upkeep, a server or a page about the platform, the staff about their capacity. An entry read
// by no rule, concept or collocation, whose title names such an object, is given its category (the
// object that comes first in the title), so that a wording no list foresaw ("栏目存在“半年不更”的
// 情况", "网站服务器老旧，经常卡顿") does not fall to `other`. Objects every entry names (公开, 信息,
// 工作) are no topic; nor are the aims the taxonomy leaves to `other` (考核, 经费, 监督).
import type { ConceptCategory } from './concepts'

export const TOPICS: readonly { category: ConceptCategory; objects: RegExp }[] = [
  // A guide (指南) kept current is update-gap's as a column is (collocations.ts: 指南 + 更新/修订); only where
  // its currency is spoken of (GUIDE_CURRENCY): a guide made anew (编制投资指南) or short of elements
  // (办事指南要素不齐，缺少办理时限) is no column left stale.
  { category: 'update-gap', objects: /栏目|专栏|指南/ },
  // Not a site named as the place an item is published or linked from ("在镇网站同步公开", "公示在乡网站发布后",
  // "在学校网站公布收费标准"): the channel, not the platform's working.
  { category: 'platform-stability', objects: /(?:网站|网页|页面)(?![^，。；]{0,8}(?:发布|公开|公示|公布|刊登|转载|链接))|服务器|手机端|移动端|(?<!不够?|不够不)系统|检索|搜索/ },
  { category: 'reading-room-underused', objects: /查阅|专区/ },
  { category: 'request-handling', objects: /依申请|申请人|申请件|答复/ },
  { category: 'policy-interpretation', objects: /解读/ },
  // An event that takes disclosure to the public (real: "宣传活动", "政府开放日").
  { category: 'public-participation', objects: /参与|互动|意见建议|宣传活动|开放日/ },
  // Not 人员 alone: what is said of the staff decides (collocations.ts); "工作人员流程意识有待提升" is no
  // category's (tests/prose/collocations.test.ts).
  { category: 'staff-capacity', objects: /队伍|干部|信息员/ },
  { category: 'awareness', objects: /思想|观念|顾虑|重视|议事日程|认识/ },
  { category: 'standardization', objects: /目录|事项清单|标准化|规范化/ },
  { category: 'new-media', objects: /新媒体|公众号|微信|微博|抖音|视频号/ },
]

/**
 * An item made public, named as what the entry is about ("项目公示实行网站、公开栏双公示", "事项在村公开栏
 * 同步公开"): what is disclosed and where it reaches, `incomplete-disclosure`. Only with the place or
 * the manner named (在…公开, 同步公开, 公示在…), not the disclosure work itself ("该公开哪些事项底数不清",
 * "按照…信息公开规定公开"), nor its catalogue, guide or columns (their own categories).
 */
export const DISCLOSED_ITEM = /(?:在[^，。；]{1,12}|同步)(?:公开|公示|公布)(?!工作|目录|指南|栏|专区|属性|意识)|(?:公开|公示)(?:在|实行)[^，。；]{0,12}(?:网站|公开栏|公示栏|发布|公开|公示)/

/**
 * A guide's currency: changed, checked against what is done now, or out of date. Over every labelled set the
 * 指南 topic was right for 12 entries of 35, every one of them saying so (session 32).
 */
const GUIDE_CURRENCY = /更新|修订|修改|维护|老版本|过时|跟不上|未随|最新|已(?:经)?取消|删除|核对|校核|回头看|一致|不符/

/** The category of the object the text names first, with the word that named it; null when it names none. */
export function topicOf(text: string): { category: ConceptCategory; word: string } | null {
  let best: { category: ConceptCategory; word: string; at: number } | null = null
  for (const t of TOPICS) {
    const m = t.category === 'update-gap' && !GUIDE_CURRENCY.test(text) ? /栏目|专栏/.exec(text) : t.objects.exec(text)
    if (m && (best === null || m.index < best.at)) best = { category: t.category, word: m[0], at: m.index }
  }
  return best && { category: best.category, word: best.word }
}
