// The 政务公开指数 rank as one sentence states it (report-model.md: `indexRank` is the rank in the
// PROVINCIAL 政务公开指数). A sentence may name two ranks — "由上年的第12名下降至第15名",
// "排名第15位，上年第18位": the rank after 至/到, or not governed by 由/从/上年/去年, is this
// year's; the other is last year's, and the change is their difference, which must agree with any
// change the sentence states in words ("提升3位"). A city's or county's own 考核 of its departments
// ("在全市32个部门政务公开考核中排名第5位") is another ranking: it is not read, and a note says so.
import { CN_NUMERAL_CHARS, intValue } from './numbers-cn'
import { compactForMatching } from './prose-text'
import { lastYearsRankWord, otherYearAfterRank } from './metrics-rank-year'

export interface RankReading {
  /** This year's rank; null when not stated, or stated twice with two values. */
  rank: number | null
  /** Number of bodies ranked. */
  of: number | null
  /** Places gained (+) or lost (−): stated in words, or the difference of the two ranks stated. */
  change: number | null
  /** Last year's rank as the sentence states it ("由第18位…", "上年第18位"). */
  previous: number | null
  /** The change as stated in words ("提升3位" → 3), whether or not it agrees with the ranks. */
  statedChange: number | null
  /** Why a figure the sentence states was not read (Chinese), or null. */
  note: string | null
  /** The 年度 the sentence names for the evaluation of the rank read, when not the report's year
   *  ("在2022年度…评估中排名第18位" in a 2023 report: the index is published the year after). */
  evaluationYear: number | null
  /** This year's rank as the sentence names it, also when not read (a direction contradicting the ranks). */
  named: number | null
  /** The direction stated with 至/到 ("上升至", "下降到"), or null. */
  direction: 'up' | 'down' | null
}

const CN_OR_N = `(\\d+|[${CN_NUMERAL_CHARS}]+)`
/** A rank: 第17名 / 第17位 / 第一 (then punctuation) / 第45（77个单位参评） / 第21（上年…）. Not 第三方, 第一季度,
 *  第一方阵; not 第3（满分20分） nor 第3（市级组）: a sub-index's or a group's rank may be another body's (review rv21b). */
const MENTION = new RegExp(`第${CN_OR_N}(?:名|位|(?=[，。；、）]|$)|(?=（(?:共|全省|全市)?\\d+(?:个|家)|（(?:上一?年|去年)))`, 'g')

const INDEX_CONTEXT = /政务公开[^。；]{0,6}指数|透明度指数|公开指数/
/** 在全省政务公开第三方评估中 / 在全市政务公开工作考核中: an assessment of 政务公开 that ranks bodies. */
const ASSESSMENT_CONTEXT = /政务公开[^。；，]{0,8}?(?:第三方评估|评估|考核|考评|测评|评价|绩效)/
/** A government's assessment of its own bodies (考核/考评/绩效), not an index. */
const INTERNAL_ASSESSMENT = /考核|考评|绩效|目标管理/
const PROVINCE_SCOPE = /全省|省级|省(?:政府|政务|委|直)|《[^》]*省[^》]*》/
/** A national ranking (中国社会科学院's 中国政府透明度指数, 全国…县级政府): not the provincial index. */
const NATIONAL_SCOPE = /全国|中国社会科学院|社会科学院|社科院|中国政府透明度/
/** A ranking inside one city, district or county (its departments, its towns). */
const LOCAL_SCOPE = /全市|全区|全县|本市|本区|本县|市直|区直|县直|(?:市|区|县)级(?:部门|单位)|\d+个[^，。；第]{0,4}部门/

/** 位列 77 个县级政府第 17 名 / 在全省 90 个县（市、区）中排名第 10 位: the count of bodies. */
const RANK_OF = new RegExp(`(?:位列|位居|排名|排在|名列|位于|居|列)(?:全省|全市|全国)?(\\d+)个[^，。；第]{0,14}?中?的?第${CN_OR_N}`)
const RANK_OF_BEFORE = new RegExp(`(\\d+)个[^，。；第]{0,14}?中(?:排名|位列|位居|名列|排在|列|居)第${CN_OR_N}`)
/** The evaluation's method changed between the years: 口径调整 / 口径变化 / 指标体系调整 / 不可比. */
const METHOD_CHANGED = /口径(?:有|已|发生)?(?:调整|变化|变动|不同|不一致)|(?:指标体系|评估体系|评价体系)(?:有|已|发生)?(?:调整|变化)|不具(?:有)?可比性|不可比/

/** What an evaluation scores, not whom it ranks: 指标, 指标项, 评估项, 方面, 维度. */
const SCORED_ITEMS = /\d+个[^，。；第]{0,6}?(?:指标|项|方面|维度)/

/** （共90个单位） / 参评单位90个 / 90个参评单位 / （共104家） / （全省77个单位参评）. */
const COUNT_OF = [
  /（共(\d+)(?:个|家)(?:参评|参与评估|被评估)?(?:单位|部门|机关|县|市|区|政府)?）/g,
  /(\d+)(?:个|家)(?:单位|部门|机关|县|市|区|政府|县（市、区）|县市区)(?:参评|参与评估|参加评估|被评估)/g,
  /共(\d+)个(?:参评|参与评估|被评估)?(?:单位|部门|县|市|区|地区|县级政府|县（市、区）|县市区|设区市|政府)/g,
  /参评(?:单位|部门|县|市|区|政府)(?:共|总数为?|为)?(\d+)个/g,
  /(\d+)个参评(?:单位|部门|县|市|区|政府)/g,
  // 在全省90个县（市、区）中位列第一档，排名第6位: the bodies ranked, named before the rank.
  /(?:全省|在)(\d+)个(?:县|市|区|单位|部门|地区|设区市|县级政府)[^，。；第\d]{0,8}?中/g,
]

const UP = `(?:提高|提升|上升|前进|进步|跃升|晋升|上移|前移|进位)`
const DOWN = `(?:下降|后退|下滑|回落|退后|下移|后移|降低|退位)`
const PLACES = '个?(?:名次|位次|位|名)'
const RANK_UP = new RegExp(`${UP}了?${CN_OR_N}${PLACES}`, 'g')
const RANK_DOWN = new RegExp(`${DOWN}了?${CN_OR_N}${PLACES}`, 'g')
const RANK_SAME = /排名(?:与上年|同比|与去年)?持平|名次(?:与上年)?持平|排名保持不变/
/** A direction with no number: 跃升至 / 下降到. */
const UP_TO = new RegExp(`(?:${UP}|升)(?:至|到)`)
const DOWN_TO = new RegExp(`(?:${DOWN}|降)(?:至|到)`)

/** Just before a rank: 至/到 make it the rank reached (this year's). */
const ARROW_BEFORE = /(?:至|到)(?:全省|全市|全国)?$/
/** Just before a rank: 由/从 make it the rank left (last year's). */
const FROM_BEFORE = /(?:由|从)(?:上一?年度?|去年|\d{4}年度?)?的?(?:全省|全市|全国)?$/
const EARLIER_WORD = /上一?年度?|去年|前一年|上一轮|上期|上次|上届/g
const CHANGE_WORD = new RegExp(`(?:${UP}|${DOWN})了?${CN_OR_N}${PLACES}`)
/** Before a change or a rank: a comparison with something older than last year's ranking (累计,
 *  近三年, 连续两年, 2020年以来) or with part of a year (上半年, 一季度). */
const NOT_LAST_YEAR = /累计|近[两二三四五六七八九十\d]+年|连续[两二三四五六七八九十\d]+年|[两二三四五六七八九十\d]+年(?:来|间|内)|以来|上半年|下半年|季度/

/** 2022年度政务公开指数评估结果尚未公布 / 2023年结果暂未发布: the evaluation of that year is not out. */
const NOT_OUT = /(\d{4})年度?[^，。；\d]{0,24}?(?:尚未|暂未|还未|仍未)(?:正式)?(?:公布|发布|出炉|揭晓)/

type Kind = 'this' | 'earlier' | 'earlierByYear' | 'older'

/** Whether the rank mention at `at` is this year's or last year's (see the file comment). */
function kindOf(s: string, at: number, segmentFrom: number, reportYear: number | null): Kind {
  const head = s.slice(0, at)
  if (ARROW_BEFORE.test(head)) return 'this'
  if (FROM_BEFORE.test(head)) return 'earlier'
  const seg = head.slice(Math.max(segmentFrom, ...['，', '；', '：'].map((p) => head.lastIndexOf(p) + 1)))
  let last = -1
  for (const m of seg.matchAll(EARLIER_WORD)) last = m.index! + m[0].length
  // 上年第18位 — unless a change follows the year word ("较上年提升3位排名第15位").
  if (last >= 0 && !CHANGE_WORD.test(seg.slice(last))) return 'earlier'
  if (reportYear !== null) {
    for (const m of seg.matchAll(/(\d{4})年/g)) {
      if (Number(m[1]) < reportYear) return Number(m[1]) === reportYear - 1 && !NOT_LAST_YEAR.test(seg) ? 'earlierByYear' : 'older'
    }
  }
  return 'this'
}

/** Why a stated change at `at` is not against last year ("较2020年" / "累计" / "近三年"), or null:
 *  every view reads `indexRankChange` as against last year's rank. */
function olderBase(s: string, at: number, reportYear: number | null): string | null {
  const head = s.slice(0, at)
  const clause = head.slice(Math.max(...['，', '；', '：', '（'].map((p) => head.lastIndexOf(p) + 1)))
  const word = NOT_LAST_YEAR.exec(clause)
  if (word) return word[0]
  for (const m of clause.matchAll(/(\d{4})年/g)) {
    const y = Number(m[1])
    if (reportYear === null || (y !== reportYear - 1 && y !== reportYear)) return `${y}年`
  }
  return null
}

/** A clause opening another ranking after the index's own rank: 全市排名第3位 / 在同类单位中位列第2 /
 *  其中依申请公开指标排名第2位 / 全省政务公开考核排名第3名. Its verb has a subject other than a year
 *  (今年排名第15位, 2023年度排名第15位 continue the index's sentence). */
const RANK_VERB = /排名|位列|名列|位居|排在/
const YEAR_SUBJECT = /^(?:其中|而)?(?:今年|本年度?|当年|\d{4}年度?|上一?年度?|去年)?的?$/
const ONE_MENTION = new RegExp(MENTION.source)

/** A ranking's own name: an inspection, a selection, an assessment, a list. */
const OWN_RANKING = /检查|评比|评选|考评|考核|测评|评估|评价|排行|榜单|指数|普查|抽查/

/** `s` up to the first clause that opens another ranking after a rank was named, and that clause on. */
function splitOtherRanking(s: string): { own: string; other: string } {
  let seen = false
  let from = 0
  for (const piece of s.split(/(?<=[，；])/)) {
    const verb = RANK_VERB.exec(piece)
    const mention = ONE_MENTION.test(piece)
    // A later clause that names a ranking of its own before its verb (政务新媒体检查排名第5位) is
    // another ranking even where the index's clause gave no rank (位列第一档次).
    const ownRanking = from > 0 && !/政务公开/.test(piece) && OWN_RANKING.test(piece.slice(0, verb?.index ?? 0))
    if ((seen || ownRanking) && mention && verb && !YEAR_SUBJECT.test(piece.slice(0, verb.index)) && !INDEX_CONTEXT.test(piece)) {
      return { own: s.slice(0, from), other: s.slice(from) }
    }
    seen ||= mention
    from += piece.length
  }
  return { own: s, other: '' }
}

function distinct(values: number[]): number | null | 'conflict' {
  const set = new Set(values)
  if (set.size === 0) return null
  return set.size === 1 ? values[0]! : 'conflict'
}

const signed = (n: number): string => (n > 0 ? `上升 ${n} 位` : n < 0 ? `下降 ${-n} 位` : '持平')

const EMPTY: RankReading = { rank: null, of: null, change: null, previous: null, statedChange: null, note: null, evaluationYear: null, named: null, direction: null }

/** The rank figures of one sentence, on the compact text (compactForMatching). */
export function readRankCompact(sentence: string, reportYear: number | null = null): RankReading | null {
  const index = INDEX_CONTEXT.exec(sentence)
  const assessment = index ? null : ASSESSMENT_CONTEXT.exec(sentence)
  const ctx = index ?? assessment
  if (!ctx) return null
  // Read from the clause naming the index: a rank of something named earlier (营商环境排名第1) is not it.
  const clauseStart = Math.max(...['，', '；', '：'].map((p) => sentence.lastIndexOf(p, ctx.index) + 1))
  // After the index's own rank, another ranking (全市排名第3位, 其中…指标排名第2位) is not read.
  const start = index ? clauseStart : ctx.index
  const { own: s, other } = splitOtherRanking(sentence.slice(start))
  const scope = sentence.slice(0, start) + s
  const mentions = [...s.matchAll(MENTION)]
    .map((m) => ({ at: m.index!, end: m.index! + m[0].length, value: intValue(m[1] ?? '') }))
    .filter((m): m is { at: number; end: number; value: number } => m.value !== null && m.value > 0)
  if (mentions.length === 0) {
    // The index's clause gives no rank (位列第一档次); a rank after it is another ranking's: said so.
    const aside = otherRankingNote(other)
    return aside.length ? { ...EMPTY, note: aside.join('') } : null
  }

  const province = PROVINCE_SCOPE.test(scope)
  const local = LOCAL_SCOPE.test(scope) || (assessment !== null && INTERNAL_ASSESSMENT.test(assessment[0]))
  if (local && !province) {
    return { ...EMPTY, note: `正文所述排名（第 ${mentions.map((m) => m.value).join('、第 ')} 名）是市、县对所属单位的考核或评估名次，不是全省政务公开指数排名，未读取。` }
  }

  if (NATIONAL_SCOPE.test(scope) && !province) {
    return { ...EMPTY, note: `正文所述排名（第 ${mentions.map((m) => m.value).join('、第 ')} 名）是全国性的排名，不是全省政务公开指数排名，未读取。` }
  }

  const kinds: Kind[] = mentions.map((m, i) => kindOf(s, m.at, i > 0 ? mentions[i - 1]!.end : 0, reportYear))
  // 「上年度…评估中，…排名第10位」「2021年，在…评估中排名第10位」: last year's ranking, outside the rank's clause;
  // 「排名第10位（2021年度）」「…，本年度评估结果尚未公布」: another year's, said after it.
  const lastYears = kinds.every((k) => k === 'this') ? mentions.map((m) => lastYearsRankWord(sentence, start + m.at, reportYear) ?? otherYearAfterRank(sentence, start + m.end, reportYear)) : []
  if (lastYears.length && lastYears.every((w) => w !== null)) {
    const ranks = mentions.map((m) => m.value)
    const previous = distinct(ranks)
    return { ...EMPTY, previous: previous === 'conflict' ? null : previous, note: `正文所述政务公开评估名次（第 ${ranks.join('、第 ')} 名）是${lastYears[0]}的排名，不是本年度的，未读取。` }
  }
  // "在2021年度…评估中排名第18位" alone: the evaluation's year may be the one before the report's
  // (indexes are published the year after); a year marks a rank as last year's only beside another.
  let evaluationYear: number | null = null
  const allEarlierByYear = !kinds.some((k) => k !== 'earlierByYear' && k !== 'older')
  if (allEarlierByYear) kinds.fill('this')
  // One ranking named (no last year's beside it): the year named nearest before it is its evaluation's
  // ("2022年度评估结果尚未公布，2021年度本局排名第18位": 2021; "在2021年度省政务公开第三方评估中…").
  if (allEarlierByYear || kinds.every((k) => k === 'this')) {
    const named = [...sentence.slice(0, start + mentions[0]!.at).matchAll(/(\d{4})年/g)].at(-1)
    if (named && reportYear !== null && Number(named[1]) !== reportYear) evaluationYear = Number(named[1])
    // The sentence says the report year's evaluation is not out: the rank is another year's, never this year's.
    const notOut = NOT_OUT.exec(sentence)
    if (evaluationYear !== null && notOut && Number(notOut[1]) === reportYear) {
      return { ...EMPTY, note: `正文称 ${reportYear} 年度评估结果尚未公布；第 ${mentions[0]!.value} 名是 ${evaluationYear} 年度的名次，不是本年度的，未读取。` }
    }
  }
  const current = distinct(mentions.filter((_, i) => kinds[i] === 'this').map((m) => m.value))
  // A rank of an older year or of part of a year (2020年, 上半年) is neither this year's nor last year's.
  const earlier = distinct(mentions.filter((_, i) => kinds[i] === 'earlier' || kinds[i] === 'earlierByYear').map((m) => m.value))
  if (current === 'conflict') {
    return { ...EMPTY, note: `正文一句中有两个本年名次（${mentions.map((m) => `第 ${m.value} 名`).join('、')}），无法确定哪个是本年政务公开指数排名，未读取。` }
  }
  const previous = earlier === 'conflict' ? null : earlier

  const olderNotes: string[] = []
  const againstLastYear = (m: RegExpMatchArray, v: number | null): number | null => {
    if (v === null) return null
    const base = olderBase(s, m.index!, reportYear)
    if (base === null) return v
    olderNotes.push(`正文所述名次变化（${signed(v)}）对照的是“${base}”，不是上年，名次变化未读取。`)
    return null
  }
  const stated = [
    ...[...s.matchAll(RANK_UP)].map((m) => againstLastYear(m, intValue(m[1] ?? ''))),
    ...[...s.matchAll(RANK_DOWN)].map((m) => {
      const v = intValue(m[1] ?? '')
      return againstLastYear(m, v === null ? null : -v)
    }),
  ].filter((v): v is number => v !== null)
  let statedChange = distinct(stated)
  if (statedChange === null && RANK_SAME.test(s)) statedChange = 0
  const said = statedChange === 'conflict' ? null : statedChange

  const rank = current
  const aside = [...olderNotes, ...otherRankingNote(other)]
  if (rank === null) return { ...EMPTY, previous, statedChange: said, note: aside.length ? aside.join('') : null }
  const derived = previous !== null ? previous - rank : null
  const direction = UP_TO.test(s) ? (DOWN_TO.test(s) ? null : 'up') : DOWN_TO.test(s) ? 'down' : null
  if (derived !== null && ((UP_TO.test(s) && derived < 0) || (DOWN_TO.test(s) && derived > 0))) {
    const stated = UP_TO.test(s) ? 'up' : 'down'
    return { ...EMPTY, previous, statedChange: said, named: rank, direction: stated, note: `正文称名次由第 ${previous} 名${stated === 'up' ? '上升' : '下降'}至第 ${rank} 名，方向与名次不符，排名未读取。` }
  }
  let change = said ?? derived
  let note: string | null = null
  if (derived !== null && said !== null && derived !== said) {
    change = null
    note = `正文所述名次变化（${signed(said)}）与同句所列上年第 ${previous} 名、本年第 ${rank} 名之差（${signed(derived)}）不符，名次变化未读取。`
  }
  // 「第7（上年为第9，统计口径调整）」: last year's place was under another method, so no change is read.
  if (change !== null && METHOD_CHANGED.test(s)) {
    change = null
    note = `正文说明评估口径有调整，与上年的名次不可直接比较，名次变化未读取。`
  }
  const notes = [...(note ? [note] : []), ...aside]
  if (evaluationYear !== null) notes.push(`政务公开指数第 ${rank} 名是正文所称 ${evaluationYear} 年度评估的名次（报告年度 ${reportYear} 年；指数多在次年发布），已作为本报告的名次，请对照原文。`)
  const thisMention = mentions.find((_, i) => kinds[i] === 'this')
  // A place as the subject (我县排名…, 云溪市…位列…) is judged with the body in metrics.ts (prose-place-subject.ts).
  return { rank, of: countOf(s, rank, thisMention?.at ?? null, reportYear), change, previous, statedChange: said, note: notes.length ? notes.join('') : null, evaluationYear, named: rank, direction }
}

/** A note for another ranking named after the index's rank (not read). */
function otherRankingNote(other: string): string[] {
  const values = [...other.matchAll(MENTION)].map((m) => intValue(m[1] ?? '')).filter((v) => v !== null)
  if (!values.length) return []
  return [`同句另有“${other.replace(/[，；。]+$/, '')}”，是另一项排名（第 ${values.join('、第 ')} 名），不是政务公开指数排名，未读取。`]
}

/** The clause before a count (from its last ，；（) names last year or a year other than the report's. */
function otherYearClause(head: string, reportYear: number | null): boolean {
  // From the last ，；。: a bracket opens no new clause (「较2020年（共85个单位参评）」 is 2020's count).
  const clause = head.slice(Math.max(...['，', '；', '。'].map((p) => head.lastIndexOf(p) + 1)))
  if (/上一?年|去年/.test(clause)) return true
  return [...clause.matchAll(/(\d{4})年/g)].some((m) => reportYear !== null && Number(m[1]) !== reportYear)
}

/** A count in the bracket right after this year's rank (「由上年的第9位提升至第6位（参评单位77个）」) is that
 *  rank's, whatever the clause names before it (review rv20b h10). */
function bracketAfterRank(s: string, rankAt: number | null, countAt: number): boolean {
  if (rankAt === null || countAt < rankAt) return false
  // Not where the bracket names a year (「（2023年参评单位70个）」「（上年…）」: that year's count, review rv21b).
  const m = new RegExp(`^第${CN_OR_N}(?:名|位)?（([^（）]*)$`).exec(s.slice(rankAt, countAt))
  return m !== null && !/\d{4}年|上一?年|去年|上年度/.test(m[2] ?? '')
}

/** The number of bodies ranked, where the sentence states one (and it is not below the rank). */
function countOf(s: string, rank: number, rankAt: number | null, reportYear: number | null): number | null {
  // 「N个…第R名」 stated with this year's rank itself: that count (a sentence may give last year's
  // ranking first, 「2021年位列85个县级政府第20名，2022年位列86个县级政府第12名」).
  for (const re of [RANK_OF, RANK_OF_BEFORE]) {
    for (const m of s.matchAll(new RegExp(re.source, 'g'))) {
      // 「（共评估102个指标项）中排名第5位」「共设6个一级指标…中排名第3」: items scored, not bodies ranked.
      if (SCORED_ITEMS.test(m[0])) continue
      if (m.index! + m[0].lastIndexOf('第') === rankAt && intValue(m[2] ?? '') === rank) return Number(m[1])
    }
  }
  const counts: number[] = []
  // A count stated with another rank (last year's, 「2021年位列90个…第9名，2022年排名第9名」) is not
  // this year's even where the two ranks are one number; a count in a clause naming another year
  // (「（2021年共90个县（市、区）参评）」) neither (review rv17b).
  for (const re of COUNT_OF) {
    for (const m of s.matchAll(re)) if (bracketAfterRank(s, rankAt, m.index!) || !otherYearClause(s.slice(0, m.index), reportYear)) counts.push(Number(m[1]))
  }
  const of = distinct(counts.filter((n) => n >= rank))
  return of === 'conflict' ? null : of
}

/** The same, on a sentence as printed (spaces, full-width digits): what the checks re-read. */
export function readRankSentence(printed: string, reportYear: number | null = null): RankReading | null {
  return readRankCompact(compactForMatching(printed), reportYear)
}
