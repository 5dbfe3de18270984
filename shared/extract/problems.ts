// Section 五 (存在的主要问题及改进情况) → the problems the body names and the improvements it lists.
// Reports number their points in many ways (一是…, （一）…, 1. …, or not at all), separate the two
// halves by sub-headings (（一）存在的主要问题 / （二）改进措施, sometimes improvements first) or by a
// transition sentence ("2021 年，我们将…"), and nest sub-lists (一是… inside 二是…). Each entry's text
// starts where the report's item starts, marker included.
import type { ProblemEntry } from '../model/report'
import { classifyProblem } from '../taxonomy/classify'
import { pairCategories, type PlacedEntry } from '../taxonomy/pair-categories'
import { committedIndex } from '../taxonomy/learned'
import type { LearnedIndex } from '../taxonomy/ngram-knn'
import { splitHalves, YEAR } from './problem-parts'
import { joinKeepingHeadings } from './problem-lines'
import { MEASURE_START, numberedItems, PARAGRAPH } from './problem-lists'
import { gapListItems } from './problem-gap-list'
import { progressLead, PROGRESS_BUT } from './progress-lead'
import { measuresByCount } from './measures-by-count'
import { runOnPairs } from './run-on-pairs'
import { pairedAfterPrior, pairedItems } from './problem-pairs'
import { cellTablePairs, tablePairs, unreadTableHeader } from './problem-table'
import { sectionText } from './problem-text'
import { announcesOnly, isGeneric } from './problem-no-point'
import { PROBLEM_PREDICATE } from './problem-predicate'
import { itemsWithOwnMeasures, splitOwnMeasure } from './problem-own-measures'

export interface ProblemsResult {
  problems: ProblemEntry[]
  improvements: ProblemEntry[]
  /** Last year's measures reported as carried out (上年度问题整改情况): neither list. */
  priorDone: ProblemEntry[]
  /** The section is a table of problems and measures whose columns this text no longer keeps apart: both lists left empty. */
  unreadTable?: true
}

/**
 * The lead-in of a transition sentence that is itself the first measure ("下一步，我市将着力…",
 * "针对上述问题，我局将…"). A 针对 clause that names its own problem ("针对栏目更新不及时的问题，我局将…")
 * is the measure's own words and stays. 拟 inside a word (情景模拟, 虚拟) is no lead-in's 拟.
 */
const TRANSITION_LEADIN = new RegExp(
  `^(?:(?:针对|根据|对照|就)(?=[^，。；]{0,12}?(?:上述|以上|前述|存在|这些|这一|此|该|发现|突出|主要))[^，。；]{0,24}?(?:问题|不足)[，,]\\s*)?(?:(?:下一步|下步|今后|下一?阶段|接下来|新的一年|明年|对此|为此|${YEAR}\\s*年度?)[^，。；]{0,6}?[，,]?\\s*)?[^，。；]{0,10}?(?:将|(?<![模虚比草])拟|计划|准备|打算)`,
)

/**
 * A boundary word alone before the first measure ("下一步，加强…", "接下来，丰富…", "针对上述问题，完善…"):
 * no part of the measure.
 */
const BARE_LEADIN = /^(?:下一步|下步|下一?阶段|接下来|今后|对此|为此|针对(?:上述|以上|前述|这些)(?:问题|不足))[，,]\s*/

/**
 * A lead-in that is only 将 (or 拟…) with nothing before it: the measure itself in the 把 form
 * ("将查阅点调整到服务大厅入口"), not "我局将…", so nothing is cut.
 */
// Nor a measure that opens on its own verb and holds 计划 as a noun ("——完善科技计划项目全流程公开").
// A list marker before the 将 is no subject either ("六是将依申请公开配合情况纳入考核").
const bareJiang = (lead: string): boolean =>
  lead === '' ||
  /^(?:[一二三四五六七八九十]{1,3}是)?(?:将|拟|计划|准备|打算)$/.test(lead.trim()) ||
  MEASURE_START.test(lead.replace(/^[—－\-\s]+/, ''))

// ── unnumbered points ───────────────────────────────────────────────────────────────────────────

/** The year or the time named before a sentence's gap ("本年度，", "2020年，"): its comma is no clause boundary. */
const TIME_LEAD = String.raw`(?:(?:本年度|今年|当年|过去一年|一年来|\d{4}\s*年度?)[，,]\s*)?`

// "存在以下问题：" announces the points as 主要是 does.
const ENUM_CUE = /(?:主要是|主要有|主要表现为|主要表现在|表现为|表现在|具体如下|如下|包括|体现在|(?:以下|如下)(?:几个|几点)?(?:问题|不足))\s*$/
const ENUM_START = /^(?:如|比如|例如|诸如)/
/** "今后，学校将做到" before a colon: the body announcing what it will do. */
const WILL_DO = /(?:将|拟|要)[^，。；：:]{0,6}$/
/** "做到“三个着力”": the points announced by their count and their shared word. */
const COUNTED = /[两二三四五六七八九十]个[“"]?[^，。；：:“”"]{1,6}[”"]?$/
const EXAMPLE_SERIES = /^(?:比如|例如)[，,][^。]*[；;]\s*(?:又|再|还)(?:比如|例如|如)[，,]/
/** A sentence that names a gap, then lists its examples after a comma: "…仍有不足，如…、…等". */
const GAP_THEN_EXAMPLES = new RegExp(String.raw`^${TIME_LEAD}[^。；：:，,]{0,30}?(?:不足|问题|短板|差距|薄弱环节)[，,]\s*(?:如|比如|例如|诸如|主要是|主要有|主要表现为|表现为|表现在)[：:]?`)
const NO_PROBLEM = /(?:暂未|未|没有|并未)(?:发现|出现|存在)[^。；]{0,14}?(?:问题|不足)/
const INTRO = /(?:总体运行(?:良好|平稳)|运行平稳|(?:取得|有了)[^。；]{0,12}?(?:成绩|成效|进展|成果))/
/** A clause that only says where the point was seen ("本年度工作中发现，", "总体来看，"). */
// Also "从检查情况看，" and "…工作存在的问题主要是" (the body and the year may stand before it; without 主要,
// "存在的问题是…", the lead-in stays the point's own words, as holdout 7's answer has it).
const SEEN_CLAUSE = new RegExp(String.raw`^${TIME_LEAD}[^，。；：:]{0,20}?(?:(?:发现|来看|情况看)[，,：:]|(?:存在的?问题主要|(?:存在的?)?主要问题)(?:是|有|为)[:：]?|工作主要表现(?:为|在)[:：]?)\s*`)

/**
 * "我镇政府信息公开工作还存在公开内容不够丰富的问题。": the body (or its work) said to have a gap named
 * in the same sentence; the point is what it has. Only after the body itself (我/本…), not after a part
 * of it ("部分单位存在…的问题" is that point's own subject).
 */
const OWN_GAP = new RegExp(String.raw`^${TIME_LEAD}(?:我|本)[^，。；：:]{0,20}?(?:还|仍|也|尚|依然)?(?:存在|有)(?=[^，。；：:]{4,}?的(?:问题|不足|现象)[。；]?$)`)

/**
 * A sentence that announces a gap and then names its points as clauses, with no cue word ("还存在一些
 * 问题，栏目更新慢，财务公开不够规范，…"): the clauses after the announcement are the points.
 */
// Only a gap said by its amount ("一些问题", "不少短板"), not one named ("存在技术短板，…": that is the point, its
// clauses the detail).
const GAP_THEN_CLAUSES = new RegExp(String.raw`^${TIME_LEAD}[^。；：:，,]{0,30}?(?:存在|仍有|还有)(?:着)?(?:一些|一定的?|部分|不少|诸多|较多|许多|若干|几个|几方面|以下|如下|明显的?|[一二两三四五六七八九十几]个?方面的?)?的?(?:问题|不足|短板|差距|薄弱环节)(?:和不足|和问题)?[，,]\s*`)
/** "存在的问题主要是A、B。": the gap named, then its points listed with 、 in the same sentence. */
// Not where a comma follows the 、 ("…在网站、微博、公众号各发各的，说法不一": the 、 joins nouns of one point).
const GAP_IS_LIST = new RegExp(String.raw`^${TIME_LEAD}[^。；：:，,]{0,30}?(?:问题|不足)(?:主要)?(?:是|有|为|表现为|表现在|体现在)(?=[^。；，,]*、[^。；，,]*[。；;]?$)`)

/** A clause that only illustrates the one before ("有的村只贴总账"): part of that point. */
const ILLUSTRATES = /^(?:有的|有些|其中|特别是|尤其是|如|比如|例如)/

/** "部分部门…，有的乡镇…，个别单位…": parts of the whole named in turn are parallel points, not an example of the one before. */
const PART_SUBJECT = /^(?:部分|有的|有些|个别|少数|少部分|一些)/
const partsInTurn = (before: string, clause: string): boolean => PART_SUBJECT.test(before) && /^(?:有的|有些)/.test(clause)

/** The clauses of a sentence, a clause that only illustrates the one before kept with it. */
function pointClauses(sentence: string): string[] {
  const out: string[] = []
  for (const c of clausesOf(sentence)) {
    if (ILLUSTRATES.test(c) && out.length && !partsInTurn(out[out.length - 1]!, c)) out[out.length - 1] += `，${c}`
    else out.push(c)
  }
  return out
}

function clausesOf(sentence: string): string[] {
  const body = sentence.replace(/[。！？!?]$/, '')
  const sep = /[；;]/.test(body) ? /[；;]/ : /[，,]/.test(body) ? /[，,]/ : /、/
  return body
    .split(sep)
    .map((s) => s.trim().replace(/等(?:问题|方面|情况)?$/, ''))
    .filter((s) => s.length >= 4)
}

/** `listed`: a piece among ；-parted points of one sentence, most of them problems by their own words (see sentenceItems). */
function isBoilerplate(piece: string, kind: 'problems' | 'improvements', listed = false): boolean {
  if (announcesOnly(piece) || NO_PROBLEM.test(piece) || INTRO.test(piece) || isGeneric(piece)) return true
  if (listed) return false
  // Concepts and rules only: whether a piece is a point at all is not left to its neighbours' labels.
  const { categories } = classifyProblem(piece, {}, null)
  if (categories.some((c) => c !== 'other')) return false
  // Without a category, a problem must at least say what is lacking.
  return kind === 'problems' && !PROBLEM_PREDICATE.test(piece)
}

/**
 * Points without numbers. Written one paragraph each, a paragraph is a point (its explanation
 * included); in one paragraph, each sentence is (or each clause after 主要是：/如…).
 */
function unnumberedItems(text: string, kind: 'problems' | 'improvements'): string[] {
  const paragraphs = joinExamples(text.split(PARAGRAPH).map((p) => p.trim()).filter((p) => p !== ''), kind)
  if (paragraphs.length >= 2) {
    const items = paragraphs.flatMap((p) => paragraphItems(p, kind))
    if (items.length >= 2) return items
  }
  return sentenceItems(text.replaceAll(PARAGRAPH, ''), kind)
}

/**
 * A paragraph of examples ("如“乡村振兴”专栏…，“招商引资”专栏…。") under a paragraph that is a point of its own
 * ("镇政府网站部分专栏内容更新滞后。"): the examples illustrate that point, they are not points (an entry running
 * on over a paragraph break). Not under a line that announces the points ("存在以下问题：").
 */
function joinExamples(paragraphs: string[], kind: 'problems' | 'improvements'): string[] {
  const out: string[] = []
  for (const p of paragraphs) {
    const prev = out[out.length - 1]
    if (prev !== undefined && /^(?:如|比如|例如)(?![：:])/.test(p) && /[。！？]$/.test(prev) && !isBoilerplate(prev, kind)) out[out.length - 1] = `${prev}${p}`
    else out.push(p)
  }
  return out
}

/** One paragraph: a point, or, when it enumerates (主要是：…、…), its clauses. */
function paragraphItems(paragraph: string, kind: 'problems' | 'improvements'): string[] {
  const colon = Math.max(paragraph.lastIndexOf('：'), paragraph.lastIndexOf(':'))
  const head = colon > 0 ? paragraph.slice(0, colon) : ''
  // "如…等" lists its clauses; a cue before the colon ("主要表现在：") only introduces the paragraphs.
  if (ENUM_START.test(paragraph)) return sentenceItems(paragraph, kind)
  // "今后，学校将做到：…": the body announcing what it will do introduces the points too.
  const introduces = ENUM_CUE.test(head) || /问题|不足|措施|工作|方面|以下|如下/.test(head) || (kind === 'improvements' && WILL_DO.test(head)) || COUNTED.test(head)
  let piece = colon > 0 && colon < paragraph.length - 1 && introduces ? paragraph.slice(colon + 1) : paragraph
  if (kind === 'improvements') {
    const lead = TRANSITION_LEADIN.exec(piece)
    if (lead && !bareJiang(lead[0]) && !/[。！？]/.test(lead[0])) piece = piece.slice(lead[0].length)
  }
  piece = piece.replace(/^[，,、：:\s]+/, '').replace(SEEN_CLAUSE, '').trim()
  if (kind === 'improvements') piece = piece.replace(BARE_LEADIN, '')
  else piece = piece.replace(PROGRESS_BUT, '').replace(OWN_GAP, '')
  if (piece.length < 4 || NO_PROBLEM.test(piece) || (INTRO.test(piece) && !PROBLEM_PREDICATE.test(piece)) || isBoilerplate(piece, kind)) return []
  return [piece]
}

function sentenceItems(text: string, kind: 'problems' | 'improvements'): string[] {
  const out: string[] = []
  const sentences = text.split(/(?<=[。！？!?])/).map((s) => s.trim()).filter((s) => s !== '')
  for (let sentence of sentences) {
    let enumerated = false
    // "…有进步，但对照要求仍有差距，A，B，C": the gap named in the yardstick's clause, its points follow as clauses.
    const lead = kind === 'problems' ? progressLead(sentence) : null
    if (lead) sentence = lead.rest
    const gapList = kind === 'problems' ? gapListItems(sentence, (p) => PROBLEM_PREDICATE.test(p)) : null
    if (gapList) {
      out.push(...gapList)
      continue
    }
    const colon = Math.max(sentence.lastIndexOf('：'), sentence.lastIndexOf(':'))
    if (colon > 0 && colon < sentence.length - 1) {
      const head = sentence.slice(0, colon)
      // The cue announces the clauses of its sentence only where that sentence is all there is; before a
      // run-on paragraph of sentences ("存在以下不足：A，B。C。") it announces the sentences.
      const cue = ENUM_CUE.test(head)
      if (cue && sentences.length === 1) enumerated = true
      if (cue || /问题|不足|措施|工作|方面|以下|如下/.test(head) || (kind === 'improvements' && WILL_DO.test(head)) || COUNTED.test(head)) sentence = sentence.slice(colon + 1)
    }
    // "比如，…；又比如，…；再比如，…": the words are the points' markers, kept as 首先/其次 are.
    if (ENUM_START.test(sentence) && !EXAMPLE_SERIES.test(sentence)) {
      enumerated = true
      sentence = sentence.replace(ENUM_START, '')
    }
    // "本年度工作仍有不足，如A、B、C等。": the examples after the cue are the points.
    const cue = GAP_THEN_EXAMPLES.exec(sentence)
    if (!enumerated && cue) {
      enumerated = true
      sentence = sentence.slice(cue[0].length)
    }
    // "还存在一些问题，A，B，C。": the clauses are the points where there are two or more of them.
    const listed = enumerated || kind !== 'problems' ? null : GAP_IS_LIST.exec(sentence)
    if (listed) {
      enumerated = true
      sentence = sentence.slice(listed[0].length)
    }
    const gap = enumerated ? null : GAP_THEN_CLAUSES.exec(sentence)
    const gapPoints = gap ? pointClauses(sentence.slice(gap[0].length)) : lead?.gapNamed && !enumerated ? pointClauses(sentence) : []
    const pieces = gapPoints.length >= 2
      ? gapPoints
      : enumerated
      ? clausesOf(sentence)
      : sentence
          .split(/[；;]/)
          .map((s) => s.trim())
          .filter((s) => s !== '')
    const before = out.length
    // Problems parted by ；in one sentence are parallel points: where most of them say a fault in words the
    // checks know, the others are points too ("…不了解"), not dropped for words no list holds.
    const semicolons = (!enumerated || /[；;]/.test(sentence)) && gapPoints.length < 2 && pieces.length >= 3 && kind === 'problems'
    const parallel = semicolons && 2 * pieces.filter((p) => !isBoilerplate(p.replace(/^[，,、：:\s]+/, ''), kind)).length >= pieces.length
    for (let piece of pieces) {
      if (kind === 'improvements') {
        const lead = TRANSITION_LEADIN.exec(piece)
        if (lead && !bareJiang(lead[0])) piece = piece.slice(lead[0].length)
      }
      piece = piece.replace(/^[，,、：:\s]+/, '').replace(SEEN_CLAUSE, '').trim()
      if (kind === 'improvements') piece = piece.replace(BARE_LEADIN, '')
      else piece = piece.replace(OWN_GAP, '')
      // Clauses are measures only where no semicolon already separates them, nor a full stop: in a run-on
      // paragraph of sentences, each sentence is a measure and its commas only its own detail.
      for (const one of kind === 'improvements' && pieces.length === 1 && sentences.length === 1 ? measureClauses(piece) : [piece]) {
        if (one.length < 4 || isBoilerplate(one, kind, parallel)) continue
        out.push(one)
      }
    }
    // "运营信息发布的及时性仍有不足，线路调整、临时停运信息有时晚于出行。": the gap named before the comma
    // is the point, the clauses after it only its detail; when they are not two points, the sentence is one.
    if (gapPoints.length >= 2 && out.length - before < 2) {
      out.splice(before)
      const whole = sentence.trim()
      if (!isBoilerplate(whole, kind)) out.push(whole)
    }
  }
  return out
}

const AIM_CLAUSE = /^(?:让|使|使得|以便|便于|方便|从而|进而)/

/**
 * Measures listed in one sentence, a comma between them ("及时更新公开栏信息，拓宽参与渠道，加强
 * 业务培训。"): three clauses or more that each start with a verb of doing are three measures; two
 * are usually a measure and its aim ("加强培训，提升能力") and stay one.
 */
function measureClauses(piece: string): string[] {
  // A clause of aim after the last measure ("…，让群众查询更便捷") is that measure's, not one of its own.
  const clauses = piece.replace(/[。！？]$/, '').split(/[，,]/).map((c) => c.trim()).reduce<string[]>((out, c) => {
    if (AIM_CLAUSE.test(c) && out.length) out[out.length - 1] += `，${c}`
    else out.push(c)
    return out
  }, [])
  // A clause every report repeats ("不断提升…工作水平") marks one sentence of aims, not a list.
  return clauses.length >= 3 && clauses.every((c) => MEASURE_START.test(c) && !isGeneric(c)) ? clauses : [piece]
}

function itemsOf(text: string, kind: 'problems' | 'improvements'): string[] {
  return numberedItems(text) ?? unnumberedItems(text, kind)
}

function entryOf(raw: string, learned: LearnedIndex | null): PlacedEntry {
  const text = raw.replaceAll(PARAGRAPH, '').trim()
  const { categories, matchedWords, decidedBy } = classifyProblem(text, {}, learned)
  return { text, categories, matchedWords, decidedBy }
}

// ── entry point ─────────────────────────────────────────────────────────────────────────────────

/** A measures' sub-heading on a line of its own (joinKeepingHeadings's mark), or run into the text with its colon. */
const HAS_IMPROVE_MARK = /\u0001improvements\u0001/
const IMPROVE_HEAD_INLINE = /(?:改进|整改)的?(?:措施|情况|方向|举措|计划|思路)[：:]|下一?步(?:工作)?(?:打算|计划|措施|安排|思路|重点|改进|整改)?[：:]|努力方向[：:]/

/** The section's own heading, in case the caller left it in. */
const SECTION_HEADING = /^\s*(?:[五5][、.．]\s*)?(?:政府信息公开工作)?存在的主要问题(?:及|和)改进情况\s*/

/**
 * A lead-in that opens the measures' list with a comma ("下一步，（一）…", "对此，①…"): the comma
 * reads as the colon it stands for, so that the list's first marker is seen as one.
 */
const LEADIN_COMMA = new RegExp(
  '((?:^|[。；！？;!?\\n])\\s*(?:下一步|下步|下一?阶段|接下来|今后|对此|为此|针对(?:上述|以上|存在的?|这些)(?:问题|不足)))[，,]' +
    '(?=\\s*(?:[（(][一二三四五六七八九十\\d]{1,2}[）)]|[①-⑩]|[\\d０-９]{1,2}[、.．）)]|[一二三四五六七八九十]{1,2}、|首先|第[一二三四五六七八九十]{1,2}[，,、]))',
  'g',
)

/**
 * `learned`: the labelled entries the categories' learned side reads (the committed file by default;
 * the leave-one-set-out evaluation passes an index built without the set it scores; null: none).
 */
export function splitProblems(text: string, learned: LearnedIndex | null = committedIndex(), cellText?: string): ProblemsResult {
  const entry = (raw: string): ProblemEntry => {
    const e = entryOf(raw, learned)
    return { text: e.text, categories: e.categories, matchedWords: e.matchedWords }
  }
  // Both lists, a measure and the problem it answers placed together (pair-categories.ts).
  const lists = (problems: string[], improvements: string[]) =>
    pairCategories(problems.map((t) => entryOf(t, learned)), improvements.map((t) => entryOf(t, learned)))
  // Read before sectionText, which closes the runs of spaces that keep a plain-text table's columns apart.
  // `cellText`: the same section, its heading included, with a document table's cells still apart (a tab
  // between them), so that a table of problems and measures (HTML, DOCX) is read by its columns, not as
  // one run of text, and a table header the section finder took into the heading is still seen.
  const table = (cellText !== undefined ? cellTablePairs(cellText) : null) ?? tablePairs(text)
  if (table) return { ...lists(table.problems, table.improvements), priorDone: [] }
  // Its header says there are two columns, but their lines are run together: no entry rather than
  // problems listed as measures, or one row's number glued to another's item.
  if (unreadTableHeader((cellText ?? text).replace(SECTION_HEADING, ''))) return { problems: [], improvements: [], priorDone: [], unreadTable: true }
  const joined = joinKeepingHeadings(sectionText(text).replace(SECTION_HEADING, '').replace(LEADIN_COMMA, '$1：'))
  const paired = pairedItems(joined)
  if (paired) return { ...lists(paired.problems, paired.improvements), priorDone: [] }
  const { problemTexts, improvementTexts, priorTexts } = splitHalves(joined)
  // Last year's part under its own heading, then this year's points each with its measure.
  const pairedAfter = pairedAfterPrior(joined)
  if (pairedAfter) return { ...lists(pairedAfter.problems, pairedAfter.improvements), priorDone: priorTexts.flatMap((t) => itemsOf(t, 'improvements')).map(entry) }
  // No measures' heading: the measures may be each problem's own, the first of them taken for the boundary.
  const own = HAS_IMPROVE_MARK.test(joined) || IMPROVE_HEAD_INLINE.test(joined) ? null : itemsWithOwnMeasures([...problemTexts, ...improvementTexts].join(''))
  if (own) {
    const priorDone = priorTexts.flatMap((t) => itemsOf(t, 'improvements')).map(entry)
    return { ...lists(own.problems, own.improvements), priorDone }
  }
  let problemItems = problemTexts.flatMap((t) => itemsOf(t, 'problems'))
  let improvementItems = improvementTexts.flatMap((t) => itemsOf(t, 'improvements'))
  // No separate measures: each problem may carry its own ("…，针对这一问题，我局将…").
  if (improvementItems.length === 0) {
    const cut = problemItems.map(splitOwnMeasure)
    if (cut.some((c) => c.measure !== null)) {
      problemItems = cut.map((c) => c.problem)
      improvementItems = cut.flatMap((c) => (c.measure !== null ? [c.measure] : []))
    }
  }
  // Both lists one run-on sentence: the problems told apart by the measures they answer (run-on-pairs.ts).
  if (problemItems.length === 1 && improvementItems.length === 1) {
    const pairs = runOnPairs(problemItems[0]!, improvementItems[0]!)
    if (pairs) [problemItems, improvementItems] = [pairs.problems, pairs.measures]
  }
  // One sentence of comma-joined measures after as many problems: one measure each (measures-by-count.ts).
  if (improvementItems.length === 1) improvementItems = measuresByCount(improvementItems[0]!, problemItems) ?? improvementItems
  return {
    ...lists(problemItems, improvementItems),
    priorDone: priorTexts.flatMap((t) => itemsOf(t, 'improvements')).map(entry),
  }
}
