// Sorting a section 五 problem or improvement into the categories of problem-taxonomy.md. Three
// sources of evidence, every category coming with the words of the text that decided it:
//  1. the phrase rules of rules.ts (precise; decide first);
//  2. when no rule fires, the concepts of concepts.ts, scored on words and character bigrams
//     (concept-match.ts; degree forms folded, degree-forms.ts), so that a reworded entry is not left
//     as `other`; concepts with strong evidence (SECOND_CATEGORY_THRESHOLD) also add a category the
//     rules missed; a concept that only names the topic (门户网站) or matched loosely gives way to a
//     collocation in the title;
//     an entry still unplaced that discloses a kind of information the template counts (DISCLOSED_KIND)
//     is `incomplete-disclosure`;
//     then it is read for collocations (collocations.ts: a head and its state in one clause,
//     "专业人员配备不足", "充实…工作力量"), in its title first, then in the whole entry;
//     one that discloses a key domain's information (补贴, 资金, 招生: DOMAIN_DISCLOSED) is `incomplete-disclosure`;
//     one that only names someone to do a task (专人) or study organised for them is `staff-capacity`;
//  3. the words an office head added to a category in 设置 (always added: the user said so);
//  4. still nothing: the category of the object the title names first (topics.ts), the weakest evidence;
//     where that object is only the site (no platform fault said, site-topic.ts), the learned side first;
//     or, where it names none, an item it says is made public (DISCLOSED_ITEM: incomplete-disclosure);
//  5. the learned side (withLearned below): the entry's nearest labelled entries fill in where all of
//     that left it `other`, drop a second category none of them has, and overrule the words when
//     nearly all of them agree on another category (never the user's words).
// The text is read through reading-text.ts first (homophone typos put right, words in another sense
// left out); the user's words are matched on the entry's own text.
// `other` only when nothing scores, or when the title names an aim no category covers.
import type { ProblemCategory } from '../model/report'
import { PROBLEM_CATEGORIES } from '../model/report'
import { CATEGORY_CONCEPTS, type ConceptCategory } from './concepts'
import { CONCEPT_THRESHOLD, SECOND_CATEGORY_THRESHOLD, scoreConcepts } from './concept-match'
import { collocationHits } from './collocation-match'
import { CATEGORY_RULES } from './rules'
import { ASSIGNED_STAFF, DISCLOSED_KIND, DOMAIN_DISCLOSED } from './fallback-words'
import { committedIndex } from './learned'
import { scoreLearned, type LearnedIndex } from './ngram-knn'
import { readingText } from './reading-text'
import { siteNamedOnly } from './site-topic'
import { DISCLOSED_ITEM, topicOf } from './topics'

export interface Classification {
  categories: ProblemCategory[]
  matchedWords: Partial<Record<ProblemCategory, string[]>>
  /** Which evidence placed the entry (for the eval's per-cause tables): the first step that found a category. */
  decidedBy?: DecidedBy
}

/** The steps of classifyProblem, in order; `learned` where the learned side changed what the words gave. */
export type DecidedBy = 'rules' | 'concepts' | 'title-collocation' | 'disclosed-kind' | 'collocation' | 'domain' | 'assigned-staff' | 'user' | 'topic' | 'disclosed-item' | 'learned' | 'nothing'

/** Words added by the user, per category (settings). */
export type UserCategoryWords = Partial<Record<ConceptCategory, string[]>>

/** The entry's title: its text up to the first full stop (the whole text if there is none). */
function headOf(text: string): string {
  const stop = text.search(/[。！？]/)
  return stop < 0 ? text : text.slice(0, stop + 1)
}

function byRules(all: string, head: string): Map<ProblemCategory, string[]> {
  const out = new Map<ProblemCategory, string[]>()
  for (const rule of CATEGORY_RULES) {
    const words: string[] = []
    for (const re of rule.anywhere) {
      const m = re.exec(all)
      if (m) words.push(m[0])
    }
    for (const re of rule.inHead ?? []) {
      const m = re.exec(head)
      if (m) words.push(m[0])
    }
    // Several rules may name one category (family-rules.ts beside rules.ts): their words together.
    if (words.length) out.set(rule.category, [...new Set([...(out.get(rule.category) ?? []), ...words])])
  }
  return out
}

/** Concept categories that reach the threshold (multi-label: an entry may name several problems). */
function byConcepts(all: string, head: string, threshold = CONCEPT_THRESHOLD): Map<ProblemCategory, string[]> {
  const body = all.slice(head.length)
  const hits = scoreConcepts(head, body, CATEGORY_CONCEPTS).filter((h) => h.score >= threshold)
  return new Map(hits.map((h) => [h.category, h.words]))
}

function byUserWords(all: string, words: UserCategoryWords): Map<ProblemCategory, string[]> {
  const out = new Map<ProblemCategory, string[]>()
  for (const [category, list] of Object.entries(words) as [ConceptCategory, string[]][]) {
    const hit = list.map((w) => w.replace(/\s+/g, '')).filter((w) => w !== '' && all.includes(w))
    if (hit.length) out.set(category, hit)
  }
  return out
}

/**
 * Aims the taxonomy leaves to `other` (the work's assessment, funding, supervision, the review of what
 * is published before it is, its errors): no topic decides them ("信息发布审核把关不严，网站出现错别字").
 */
const NO_TOPIC_AIM = /考核|考评|经费|督查|监督|督导|评议|审核|审查|保密|把关|错别字|差错|档案|归档|个人信息|隐私/

/** The bare words of 规范 that name no 两化 work of their own. */
const BARE_NORM = new Set(['规范化', '规范性', '制度化'])

/**
 * The site and accounts listed with 、 as the places one item is published ("网站、公众号和视频号"); two
 * channels set against each other ("政府网站与政务新媒体信息发布不同步") keep both categories.
 */
const PLATFORM_LIST = /(?:网站|平台)、[^，。；]{0,6}(?:公众号|微博|视频号|新媒体|微信|抖音)|在[^，。；]{0,8}(?:网站|平台)(?:和|及)[^，。；]{0,12}(?:公众号|微博|视频号|新媒体|微信|抖音)/
/**
 * Accounts as the channel another category's item goes out through: "通过政务新媒体推送意见征集活动",
 * "公众号、视频号同步转载" (what the site published, reposted). The account is the means, not the
 * problem. ("网站与新媒体同步发布", two channels set against each other, is not this.)
 */
const ACCOUNT_AS_CHANNEL =
  /通过[^，。；]{0,8}(?:新媒体|公众号|微博|视频号|抖音)[^，。；]{0,16}(?:预告|推送|发布|转载|公开)|(?:新媒体|公众号|微博|视频号|抖音号?)[^，。；]{0,6}(?:同步(?:转载|转发|推送)|转(?:发|载)时)/

/**
 * An account named only as one of the channels an item is announced on ("提前7日在官网、公众号和站牌
 * 同步公告", "每月在公众号公布投诉处理情况"): the item reaching its public is the point (incomplete
 * disclosure), unless the account's own running is spoken of (ACCOUNT_RUN).
 */
const ACCOUNT_CHANNEL =
  /(?:在|通过)[^，。；]{0,20}(?:公众号|微博|新媒体|视频号|抖音)[^，。；]{0,6}?(?:同步)?(?:发布|公告|公布|公开|推送)/
const ACCOUNT_RUN = /更新|维护|运营|运维|互动|留言|粉丝|僵尸|睡眠|原创|转发|关停|注销|整合|矩阵|账号|阅读量|关注|不同步|不一致/

/**
 * Aims the taxonomy leaves to `other` where only concepts (no phrase rule) placed the entry
 * (problem-taxonomy.md; holdout 8's README): personal data in what is published, and the supervision of
 * subordinate units (约谈, 督查通报, 排名靠后). (Work uneven across units and 科普 were tried: other in
 * holdout 8, awareness and interpretation in holdout 5 and the hostile set.)
 */
// The review before publishing said to fall short (session 36: "公开前的保密审查把关不严", "发布前的审核流程不严",
// personal data not masked, "未对…个人信息作技术处理"): the taxonomy's `other` too (holdouts' READMEs; every tunable
// set's gold: other on each entry these words reach that no phrase rule places).
const OTHER_AIM =
  /(?:个人信息|身份证号|隐私)[^，。；]{0,6}(?:保护|泄露|屏蔽|脱敏|技术处理|去标识|隐去|遮挡)|包含[^，。；]{0,12}(?:个人信息|身份证号|隐私)|约谈|督查通报|排名靠后|(?:保密|隐私)审查[^，。；]{0,6}(?:不严|不够严格|流于形式)|(?:公开|发布)前的?[^，。；]{0,6}(?:审核|审查)[^，。；]{0,6}不严/

/**
 * An account spoken of as itself: its role (发挥…作用, 利用, 依托), its rules (规范公众号…), set against another
 * channel (网站与新媒体…, 视频号与…), or as the subject of its own publishing ("公众号开设…栏目", not "在公众号开设").
 */
const ACCOUNT_ROLE =
  /发挥|作用|利用|依托[^，。；]{0,8}(?:公众号|新媒体|微博)|规范[^，。；]{0,4}(?:公众号|新媒体|微博)|(?:网站|平台)(?:与|和)[^，。；]{0,8}(?:新媒体|公众号|微博)|(?:公众号|新媒体|微博|视频号|客户端)[^，。；]{0,4}与|(?<!(?:在|通过|由)[^，。；]{0,8})(?:公众号|新媒体|微博|视频号|客户端)(?:信息)?(?:开设|推送|发布)/
/** An account marked as a place or a channel (在/通过/由…公众号, 公众号只/仅…), not as an owner ("新媒体编辑力量"). */
const ACCOUNT_AS_PLACE = /(?:在|通过|经由?|借助|由)[^，。；]{0,24}(?:公众号|新媒体|微博|视频号|客户端|抖音)|(?:公众号|新媒体|微博|视频号|客户端)[^，。；]{0,2}(?:只|仅)/
/** An account's bare name: a new-media category read from it alone names where, not what. */
const BARE_ACCOUNT = /^(?:政务新媒体|新媒体|公众号|微信公众号|政务微信|微信|微博|政务微博|抖音|视频号|客户端|小程序|账号)$/

/**
 * What is said of an account itself beside a duplicate (not only where an item went out): its running
 * (ACCOUNT_RUN's words less the channels' agreeing or not, 同步/不一致, which any duplicate says; an update
 * that is only the channels' keeping step, 同步更新, is the duplicate's; 运营服务/运营信息 is a transport
 * operator's service, not an account run), or the account set against the site in keeping step (不同步,
 * "网站与新媒体同步发布").
 */
const ACCOUNT_OWN = /(?<!同步)更新|维护|运营(?!服务|信息)|运维|互动|留言|粉丝|僵尸|睡眠|原创|关停|注销|整合|矩阵|账号|阅读量|关注|不同步|(?:与|和)[^，。；]{0,12}同步发布/

/** Accounts' publishing as what staff lack or are trained in ("对新媒体发布方式掌握不多", "新媒体发布实务培训"). */
// (Session 36: staff's ability to use the accounts, "使用网站后台和新媒体的能力不足".)
const ACCOUNT_SKILL = /新媒体[^，。；]{0,6}(?:培训|掌握|运用能力|技能)|(?:掌握|熟悉)[^，。；]{0,4}新媒体|(?:使用|运用|操作)[^，。；]{0,10}新媒体[^，。；]{0,3}能力/

/** Where a column goes stale: the site's parts, boards and pages (update-gap's objects). */
const STALE_PLACE = /栏目|网站|专栏|专区|页面|目录|公开栏|公示栏|网页|板块|版块/
/** A request for information named (not a subsidy's 申请条件): what makes a 办理流程 request-handling's. */
const INFO_REQUEST = /依申请|公开申请|申请公开|申请件|申请人|信息公开申请/
/** The parts of a site that go stale (update-gap's own objects). */
const SITE_PART = /栏目|网站|专栏|专区|页面|目录/

/** Concept words that name only what an entry is about, not what is wrong with it. */
const TOPIC_WORDS = new Set(['门户网站', '政策文件', '公开内容', '信息量', '发布系统', '信息发布平台', '客户端'])
/**
 * Topic words that name an object of every category, not what is wrong with it: 政策文件 (a policy
 * document is what is published late, left stale in a column or not found on the site). Placing an entry
 * alone, it was right for 0 of 8 entries over every labelled set (tests/prose/MISSES.md, session 19).
 */
const LAST_TOPICS = new Set(['政策文件'])
const CONCEPT_WORDS = new Set(Object.values(CATEGORY_CONCEPTS).flat())
/** Evidence that a collocation outranks: a topic word, or a loose (fuzzy) span rather than a concept word itself. */
const isWeak = (word: string): boolean => TOPIC_WORDS.has(word) || !CONCEPT_WORDS.has(word)

/**
 * The learned side (ngram-knn.ts) beside what rules and concepts found, chosen by the
 * leave-one-set-out evaluation (src-main/eval/section-five-loso.ts):
 *  - nothing found (`other`): the category most of the nearest labelled entries carry (theirs may be
 *    `other` too), when it has LEARNED_FILL of their similarity (LEARNED_AIM_FILL where the title names an aim the taxonomy leaves to `other`, NO_TOPIC_AIM);
 *  - the neighbours agree (LEARNED_OVERRIDE of their similarity) on a category the concepts, collocations
 *    or topic did not find: that category instead (the words matched a topic, not what is wrong with
 *    it); a phrase rule that fired (`byRules`) is never overruled.
 * (A least similarity for the neighbours to count was tried: 0.2–0.3 lost 4–6 points on holdout5 left out.)
 * (Dropping a second category none of the neighbours carries was tried: it lost true second
 * categories, −1.2 points over all sets left out.)
 * The user's own words are never overruled: where they scored, the learned side is not asked.
 */
export const LEARNED_OVERRIDE = 0.8
/** Filling in an entry left `other` needs this share of the neighbours (0.3 and 0.4 gave the same over all sets). */
export const LEARNED_FILL = 0.4
/**
 * A title naming an aim the taxonomy leaves to `other` (NO_TOPIC_AIM: 考核, 审核, 档案…) stops the title's
 * topic, and the learned fill too unless nearly all the neighbours carry one category (this share): the
 * writers of the sets differ on such aims (entries no words placed whose title names one: gold `other`
 * 41, placed 9 in holdouts 7–11; 10 and 11 in the tuned parts of holdouts 12–14), and neighbours that
 * agree this much have read the convention of entries like it.
 * 0.8 cost holdout 5 left out one entry; 0.6 cost holdouts 4–6 left out one each (tests/prose/MISSES.md, session 20).
 */
export const LEARNED_AIM_FILL = 0.9

function withLearned(found: Map<ProblemCategory, string[]>, text: string, learned: LearnedIndex, head: string, byRules: boolean): Map<ProblemCategory, string[]> {
  const near = scoreLearned(learned, text)
  const top = near[0]
  if (!top) return found
  const theirs = new Map<ProblemCategory, string[]>(top.category === 'other' ? [] : [[top.category, top.evidence]])
  if (found.size === 0) return top.score < (NO_TOPIC_AIM.test(head) ? LEARNED_AIM_FILL : LEARNED_FILL) ? found : theirs
  if (byRules) return found
  return top.score >= LEARNED_OVERRIDE && !found.has(top.category) ? theirs : found
}

/** Classifications already made, per learned index (NO_INDEX: none) and text with the user's words; bounded. */
const remembered = new WeakMap<object, Map<string, Classification>>()
const NO_INDEX = {}
const REMEMBER_LIMIT = 20_000

/**
 * `learned`: the labelled entries read where nothing else places the entry (the committed file by
 * default; null for rules and concepts alone). The answer depends on these three alone, so it is
 * remembered: a library (and the variant suite) reads the same entries again in each copy of a report.
 */
export function classifyProblem(text: string, userWords: UserCategoryWords = {}, learned: LearnedIndex | null = committedIndex()): Classification {
  const by = learned ?? NO_INDEX
  let memo = remembered.get(by)
  if (!memo || memo.size > REMEMBER_LIMIT) remembered.set(by, (memo = new Map()))
  const key = `${JSON.stringify(userWords)}\u0000${text}`
  let c = memo.get(key)
  if (!c) memo.set(key, (c = classifyAfresh(text, userWords, learned)))
  // A copy: callers may change what they are given.
  return { categories: [...c.categories], matchedWords: Object.fromEntries(Object.entries(c.matchedWords).map(([k, w]) => [k, [...w]])), decidedBy: c.decidedBy }
}

function classifyAfresh(text: string, userWords: UserCategoryWords, learned: LearnedIndex | null): Classification {
  const all = readingText(text.replace(/\s+/g, ''))
  const head = headOf(all)
  let found = byRules(all, head)
  const rulesFired = found.size > 0
  let decidedBy: DecidedBy = rulesFired ? 'rules' : 'nothing'
  const mark = (step: DecidedBy): void => {
    if (decidedBy === 'nothing' && found.size > 0) decidedBy = step
  }
  // Where rules fired, a concept still adds a second category when it has strong evidence of its own
  // ("公众号…互动留言回复不及时": new-media by rule, public-participation by 互动 + 留言).
  const concepts = byConcepts(all, head, found.size === 0 ? CONCEPT_THRESHOLD : SECOND_CATEGORY_THRESHOLD)
  // A concept that only names the thing talked about (门户网站, 政策文件), or only matched loosely, gives
  // way to a collocation in the title that says what is wrong with it ("对门户网站开展历史信息排查清理":
  // the clearing, not the site).
  const onlyTopics = found.size === 0 && concepts.size > 0 && [...concepts.values()].every((w) => w.every(isWeak))
  const headPairs = onlyTopics ? collocationHits(head) : new Map<ProblemCategory, string[]>()
  // A concept that is only the object every category speaks of (LAST_TOPICS) gives way to every later step
  // and places the entry only where nothing else does.
  const deferred = onlyTopics && !headPairs.size && [...concepts.values()].every((w) => w.every((x) => LAST_TOPICS.has(x)))
  if (!deferred) for (const [c, w] of headPairs.size ? headPairs : concepts) if (!found.has(c)) found.set(c, w)
  // A 服务点 of another trade ("农机服务点", "便民服务点") is no disclosure service point: only a 公开/查阅服务点.
  if (found.get('reading-room-underused')?.every((w) => w === '服务点') && !/(?:公开|查阅)服务点/.test(all)) found.delete('reading-room-underused')
  // A 办理流程 of a service, a petition or a subsidy ("信访事项办理流程…公开不够", "补贴申请条件和办理流程")
  // is what is made public or explained, not a request for information handled: request-handling from that
  // concept word alone only where such a request is named (every tuned set's gold: 0 of 7, session 25).
  if (found.get('request-handling')?.every((w) => w === '办理流程') && !INFO_REQUEST.test(all)) found.delete('request-handling')
  // 断档 with no column, site or board named is work or staff not carrying on ("确保人员变动工作不断档":
  // staff-capacity's), never a column left stale (every tuned set's gold: 0 of 4 placed by the concept so, session 25).
  if (found.get('update-gap')?.every((w) => w === '断档') && !STALE_PLACE.test(all)) found.delete('update-gap')
  // A guide or a rule differing from what a window asks ("办事指南与实际办理要求不一致"), with no platform, site or
  // channel named: no item published twice in differing versions (every tuned set's gold: 0 of 4 placed so, session 25).
  if (!rulesFired && found.get('duplicate-publishing')?.every((w) => /要求不一/.test(w)) && !/平台|网站|渠道|系统|新媒体|公众号/.test(all)) found.delete('duplicate-publishing')
  // Timeliness (时效性) with no column, site or board named: an item published late (incomplete-disclosure's
  // "late"), or a response's (回应) speed, never a column left stale (every labelled set's gold: 0 of 15).
  const gapWords = found.get('update-gap')
  if (gapWords?.every((w) => /时效/.test(w)) && !STALE_PLACE.test(all)) {
    found.delete('update-gap')
    if (found.size === 0 && /发布|公开/.test(all) && !/回应|答复/.test(all)) found.set('incomplete-disclosure', gapWords)
  }
  mark(headPairs.size ? 'title-collocation' : 'concepts')
  if (found.size === 0) {
    const kind = DISCLOSED_KIND.exec(all)
    if (kind) found.set('incomplete-disclosure', [kind[0]])
    mark('disclosed-kind')
  }
  if (found.size === 0) {
    const inHead = collocationHits(head)
    for (const [c, w] of inHead.size ? inHead : collocationHits(all)) found.set(c, w)
    mark('collocation')
  }
  if (found.size === 0) {
    const domain = DOMAIN_DISCLOSED.exec(all)
    if (domain) found.set('incomplete-disclosure', [domain[0]])
    mark('domain')
  }
  if (found.size === 0) {
    const who = ASSIGNED_STAFF.exec(all)
    if (who) found.set('staff-capacity', [who[0]])
    mark('assigned-staff')
  }
  // 规范化/规范性 said of another category's own work is that category's ("依申请公开规范化、专业化水平",
  // "答复文书规范性有待提升": request-handling alone in the corpus's gold), standardization only alone.
  const std = found.get('standardization')
  if (std && found.size > 1 && std.every((w) => BARE_NORM.has(w))) found.delete('standardization')
  // An account not updated is how a new-media account is poorly run (problem-taxonomy.md), not a
  // column of the site left stale: update-gap only where the site's columns are named too.
  if (found.has('new-media') && found.has('update-gap') && !SITE_PART.test(all)) found.delete('update-gap')
  // Accounts named beside the site as the platforms one item is published on ("在网站、公众号和视频号上
  // 多次发布"): the platforms of a duplicate, not an account poorly run.
  // Likewise accounts named as the channels another category's work goes through ("通过网站、公众号等多渠道
  // 征集意见": participation).
  if (found.size > 1 && found.has('new-media') && (PLATFORM_LIST.test(all) || ACCOUNT_AS_CHANNEL.test(all))) found.delete('new-media')
  // An account named beside another category only as the place that category's act happens ("借助公众号收集群众建议",
  // "在官网、APP和公众号三处刊登，…时间各异", "公众号仅转发链接"): that act's category, not the account's
  // running; only where the account is marked as a place (ACCOUNT_AS_PLACE), and kept where the account itself
  // is spoken of (ACCOUNT_RUN, ACCOUNT_ROLE).
  if (found.size > 1 && found.get('new-media')?.every((w) => BARE_ACCOUNT.test(w)) && ACCOUNT_AS_PLACE.test(all) && !ACCOUNT_RUN.test(all) && !ACCOUNT_ROLE.test(all)) found.delete('new-media')
  // A duplicate whose accounts are named only by their bare names ("公众号与网站发布的同一政策…不一致", "官网、APP、
  // 官方微博…发布时间不同"): the accounts are the places the item is published twice, not accounts poorly run, unless
  // the account's own running is spoken of (ACCOUNT_OWN). Gold of every tunable set but holdout 18's tuning part
  // (session 34): such entries carry new-media 8 times, not 17; the rule keeps 7 of the 8 and drops the 17.
  if (found.has('duplicate-publishing') && found.get('new-media')?.every((w) => BARE_ACCOUNT.test(w)) && !ACCOUNT_OWN.test(all)) found.delete('new-media')
  // Staff's skill in an account's publishing, or their training in it: staff-capacity's, not an account poorly run.
  if (found.has('staff-capacity') && found.has('new-media') && ACCOUNT_SKILL.test(all)) found.delete('new-media')
  // An account alone, named only as a channel an item goes out on: the item's disclosure.
  if (found.size === 1 && found.has('new-media') && ACCOUNT_CHANNEL.test(all) && !ACCOUNT_RUN.test(all)) {
    found.delete('new-media')
    found.set('incomplete-disclosure', [ACCOUNT_CHANNEL.exec(all)![0]])
  }
  // An aim the taxonomy leaves to `other`, placed only by concepts: other (and the learned side not asked).
  // (Not where the leaders' attention is asked for too: "推动其负责同志切实重视…，对…单位进行约谈".)
  const otherAim = !rulesFired && OTHER_AIM.test(all) && !/重视|认识|意识/.test(all)
  if (otherAim) {
    found.clear()
    decidedBy = 'nothing'
  }
  const user = byUserWords(text.replace(/\s+/g, ''), userWords)
  for (const [c, w] of user) found.set(c, [...new Set([...(found.get(c) ?? []), ...w])])
  if (user.size) decidedBy = 'user'
  // A title that only names the site (no fault of the platform said, site-topic.ts): the learned
  // neighbours first, with the share that fills an entry left `other`; the site's topic only after them.
  let learnedAsked = false
  if (found.size === 0 && learned && user.size === 0 && !NO_TOPIC_AIM.test(head) && !otherAim && siteNamedOnly(head, all)) {
    const top = scoreLearned(learned, text.replace(/\s+/g, ''))[0]
    if (top && top.score >= LEARNED_FILL) {
      learnedAsked = true
      if (top.category !== 'other') {
        found.set(top.category, top.evidence)
        decidedBy = 'learned'
      }
    }
  }
  // Nothing read but what the title is about: its object's category (topics.ts).
  if (found.size === 0 && !NO_TOPIC_AIM.test(head) && !otherAim && !learnedAsked) {
    const topic = topicOf(head)
    if (topic) found.set(topic.category, [topic.word])
    else {
      const item = DISCLOSED_ITEM.exec(head)
      if (item) found.set('incomplete-disclosure', [item[0]])
      mark('disclosed-item')
    }
    mark('topic')
  }
  if (learned && user.size === 0 && !otherAim && !learnedAsked) {
    const before = found
    found = withLearned(found, text.replace(/\s+/g, ''), learned, head, rulesFired)
    if (found !== before) decidedBy = found.size ? 'learned' : 'nothing'
  }
  if (deferred && found.size === 0) {
    for (const [c, w] of concepts) found.set(c, w)
    decidedBy = 'concepts'
  }
  if (found.size === 0) found.set('other', [])
  const categories = PROBLEM_CATEGORIES.filter((c) => found.has(c))
  return { categories, matchedWords: Object.fromEntries(categories.map((c) => [c, found.get(c)!])), decidedBy }
}
