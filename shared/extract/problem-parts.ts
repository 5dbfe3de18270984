// Section 五 cut into its halves: this year's problems, the measures, and last year's measures
// reported as done (上年度问题整改情况). Reports separate them by sub-headings (（一）存在的主要问题 /
// （二）改进措施, sometimes measures first, on their own line or run into the text), by a transition
// sentence ("2021 年，我们将…", "下一步，…"), or by a measures list that restarts its numbering.
import { measuresRestart, PARAGRAPH } from './problem-lists'
import { interleavedMeasures, measuresParagraph } from './measures-paragraph'

type PartKind = 'problems' | 'improvements' | 'prior' | 'unknown'
interface Part {
  kind: PartKind
  text: string
}

// ── sub-headings ────────────────────────────────────────────────────────────────────────────────

export const ORDINAL = '(?:[（(][一二三四五六][）)]|[一二三四五六][、.．]|[1-6][、.．])'
/** The characters of a year written in Chinese numerals (二〇二六, 二O二六 with a Latin O, 二零二六). */
const CN_YEAR_DIGITS = '〇零○OoＯ一二三四五六七八九'
/** A year: 2026, ２０２６ or 二〇二六 (the measures' boundary names the next year in either). */
export const YEAR = `(?:[\\d０-９]{4}|[一二][${CN_YEAR_DIGITS}]{3})`
const YEAR_PREFIX = '(?:\\d{4}\\s*年度?)?(?:工作中)?的?'
const PROBLEM_HEAD = '(?:存在的?(?:主要)?(?:问题|不足)(?:和|及|与)?(?:不足|问题)?|主要问题(?:和|及|与)?(?:不足)?|问题(?:和|与|及)不足|不足之处|存在的?困难和问题)'
const IMPROVE_HEAD =
  '(?:(?:存在的?(?:主要)?问题的?|问题)?(?:改进|整改)的?(?:措施|情况|计划|方向|举措|工作|打算|思路)|努力方向|工作方向|下一?步(?:的)?(?:工作)?(?:打算|计划|措施|安排|思路|重点|改进|整改)|(?:今后|下一年度?|明年)的?工作(?:打算|计划|安排|思路|措施|重点)|工作(?:打算|计划|思路|措施)|改进措施)'
export const HEAD_WORDS = `${YEAR_PREFIX}(?:${IMPROVE_HEAD}|${PROBLEM_HEAD})(?:情况)?`
/** Last year's problems and what was done about them: 上年度问题整改情况, 2023年度报告所列问题整改情况. */
// A year's problems and their fixes' state, joined by 的 or nothing ("2022年度存在问题的整改情况") are
// last year's too; joined by 及/和/与 they are this year's two halves ("2024年度存在的问题及整改措施").
const PRIOR_WORDS =
  '(?:关于)?(?:(?:上一?年度?|去年|往年|\\d{4}\\s*年度?(?:年度)?(?:报告|年报))[^，。；：:]{0,10}?(?:问题|不足)[^，。；：:]{0,6}?(?:整改|改进|落实)(?:落实)?(?:情况|工作)?|\\d{4}\\s*年度?[^，。；：:及和与]{0,8}?(?:问题|不足)的?(?:整改|落实)情况)'
/**
 * Last year's problems named in a lead-in sentence that ends in a colon, a comma before the fix:
 * "对2023年度报告中提出的问题，我区逐项进行了整改：一是…".
 */
const PRIOR_LEAD =
  '(?:对|针对|关于)?(?:上一?年度?|去年|\\d{4}\\s*年度?(?:报告|年报))[^，。；：:]{0,12}?(?:问题|不足)[，,][^。；：:]{0,16}?(?:整改|改进|落实)[^。；：:]{0,6}?[：:]'
/** A whole line of a numbered bare word, with or without its colon ("（一）问题", "（二）措施"). */
export const BARE_HEADING_LINE = new RegExp(`^\\s*${ORDINAL}\\s*(?:问题|不足|措施|举措|改进|整改)\\s*[:：]?\\s*$`)
/** A bare word and a colon as the sub-heading ("问题：…", a line "改进："). */
const BARE_HEAD = '(?:问题|不足|改进|整改|措施)\\s*[:：]'
/** "下一步" and its like written alone as the measures' sub-heading. */
export const BARE_NEXT = '(?:下一步|下步|下一?阶段|今后|下一年度?|接下来)(?:工作)?'

/** A whole line that is a sub-heading ("（一）政务公开工作存在的主要问题" may name its subject; a subject
 *  holding a bracketed ordinal is the last point run into the next heading, "…单一（二）改进情况："). */
export const HEADING_LINE = new RegExp(
  `^\\s*${ORDINAL}?\\s*(?:${YEAR_PREFIX}[^，。；：:,;（(]{0,12}?${HEAD_WORDS}|${PRIOR_WORDS}(?:如下)?|${BARE_NEXT}|${BARE_HEAD})\\s*[:：，,]?\\s*$`,
)
/** "关于本年度存在的问题。", "关于下一步工作打算。": a heading written as a sentence of its own. */
export const ABOUT_HEAD = `关于(?:本年度|今年|当年|本年)?(?:${HEAD_WORDS}|${PRIOR_WORDS})\\s*[。:：]`

/**
 * A heading closed by a full stop, not a colon, and the list at once ("存在的主要问题。一是…", "改进措施.1.…"):
 * the stop is the heading's own (a sentence about the problems would go on before its list).
 */
const STOP_BEFORE_LIST = '[。.](?=\\s*(?:一是|首先|第一|其一|[（(][一1１][）)]|[一1１][、.．]))'
/**
 * A heading with neither colon nor stop, the list's first marker after it on the same line ("改进措施 1.全面公开…",
 * "整改措施　一是…"): a sentence does not run from a heading's words straight into a list's first point.
 */
const LIST_AFTER_HEAD = '(?=(?:一是|首先|第一|其一|[（(][一1１][）)]|[一1１][、.．](?![\\d０-９])))'

/**
 * A sub-heading inside running text: ordinal + words + colon, or words + colon after a boundary
 * (a full stop, a line break or a paragraph break); last year's passage may open with a comma.
 */
const HEADING_INLINE = new RegExp(
  `(?:^|(?<=[。；！？;!?\\n\u0002]))\\s*(?:${ORDINAL}\\s*${HEAD_WORDS}\\s*[:：]?|${HEAD_WORDS}\\s*[:：]|${HEAD_WORDS}\\s*${STOP_BEFORE_LIST}|${HEAD_WORDS}[ \\t\u3000]*${LIST_AFTER_HEAD}|${ORDINAL}?\\s*${PRIOR_WORDS}(?:如下)?\\s*[:：，,]|${BARE_NEXT}\\s*[:：]|${BARE_HEAD}|${ABOUT_HEAD}|${PRIOR_LEAD})` +
    // "…解读形式单一（二）改进情况：": a bracketed ordinal, the heading's words and a colon need no boundary
    // before them (a bullet line or a PDF line that lost its full stop runs into the next heading).
    `|[（(][一二三四五六][）)]\\s*${HEAD_WORDS}\\s*[:：]`,
  'g',
)

/** A sub-heading about last year's problems and what was done about them. */
const PRIOR_HEADING = new RegExp(PRIOR_WORDS)
/** A heading that names the problems before the measures (存在的问题及改进措施): the problems' half. */
const COMBINED_HEADING = new RegExp(`${PROBLEM_HEAD}(?:和|及|与|以及)(?:其)?(?:改进|整改|措施)`)

const PRIOR_LEAD_HEADING = new RegExp(PRIOR_LEAD)

export function headingKind(heading: string): PartKind {
  if (PRIOR_HEADING.test(heading) || PRIOR_LEAD_HEADING.test(heading)) return 'prior'
  if (COMBINED_HEADING.test(heading)) return 'problems'
  return /改进|整改|下一步|下步|下一?阶段|接下来|下一年|今后|努力方向|工作方向|打算|计划|措施|明年|思路/.test(heading) ? 'improvements' : 'problems'
}

/** Marks a sub-heading line found before the wraps are undone: \u0001kind\u0001. */
export const LINE_HEADING_MARK = /\u0001(problems|improvements|prior)\u0001/g

/**
 * A sentence, with no heading of its own, that reports last year's problems as fixed ("2023年报告中
 * 提出的“…”问题已整改到位。", "…问题，已通过建立…台账整改到位。", also after 此外/另外/同时 when it
 * follows the measures): a part of its own, after which the
 * text goes on as before.
 */
const PRIOR_SENTENCE = new RegExp(
  `(?:^|(?<=[。；！？;!?\\n\u0002]))\\s*(?:(?:此外|另外|同时)[，,]\\s*)?(?:\\d{4}\\s*年度?[，,]\\s*)?(?:(?:对|针对|关于)(?=[^。；！？“]{0,16}“))?(?:上一?年度?|去年|\\d{4}\\s*年度?(?:报告|年报))[^。；！？]{0,40}?(?:问题|不足)(?:[^。；！？“]{0,4}“[^”。；]{1,30}”)?[^。；！？]{0,12}?(?:已|均已)[^。；！？]{0,24}?(?:整改|完成|落实|解决|改善|改进|建立|制定|实现|建成|上线|开通)[^。；！？]{0,120}[。；！？]` +
    // Further fixes joined by ；, each saying its problem done ("…；“…”问题已于年内修订完成。"): the same sentence.
    `(?:(?<=[；;])\\s*[^。；！？]{0,40}?(?:问题|不足)(?:[^。；！？“]{0,4}“[^”。；]{1,30}”)?[^。；！？]{0,12}?(?:已|均已)[^。；！？]{0,24}?(?:整改|完成|落实|解决|改善|改进)[^。；！？]{0,120}[。；！？])*`,
  'g',
)

/** Cut the text at sub-headings (marked lines, then inline ones); each part knows which half it is. */
function splitByHeadings(text: string): Part[] {
  const parts: Part[] = []
  let last = 0
  let kind: PartKind = 'unknown'
  const cut = (at: number, next: PartKind, resume: number): void => {
    parts.push({ kind, text: text.slice(last, at) })
    kind = next
    last = resume
  }
  /** `end`: where a prior sentence ends and the kind before it resumes. */
  const cuts: { at: number; kind: PartKind; resume: number; end?: number }[] = []
  LINE_HEADING_MARK.lastIndex = 0
  for (let m = LINE_HEADING_MARK.exec(text); m; m = LINE_HEADING_MARK.exec(text)) {
    cuts.push({ at: m.index, kind: m[1] as PartKind, resume: m.index + m[0].length })
  }
  HEADING_INLINE.lastIndex = 0
  for (let m = HEADING_INLINE.exec(text); m; m = HEADING_INLINE.exec(text)) {
    cuts.push({ at: m.index, kind: headingKind(m[0]), resume: m.index + m[0].length })
  }
  PRIOR_SENTENCE.lastIndex = 0
  for (let m = PRIOR_SENTENCE.exec(text); m; m = PRIOR_SENTENCE.exec(text)) {
    cuts.push({ at: m.index, kind: 'prior', resume: m.index, end: m.index + m[0].length })
  }
  for (const c of cuts.sort((a, b) => a.at - b.at)) {
    if (c.at < last) continue
    if (c.end === undefined) {
      cut(c.at, c.kind, c.resume)
      continue
    }
    // A prior sentence inside last year's part already, or cut by a heading, is no part of its own.
    const before = kind as PartKind
    if (before === 'prior' || cuts.some((o) => o.end === undefined && o.at > c.at && o.at < c.end!)) continue
    cut(c.at, 'prior', c.resume)
    cut(c.end, before, c.end)
  }
  parts.push({ kind, text: text.slice(last) })
  return parts.map((p) => ({ kind: p.kind, text: p.text.replace(/\n/g, '').trim() })).filter((p) => p.text !== '')
}

// ── the transition from problems to planned improvements ───────────────────────────────────────

/** At a sentence start: "2021 年，我们将…", "针对存在问题，下一步，…将…", "…采取以下措施…". */
const TRANSITION = new RegExp(
  [
    // The next number of the problems' list put before the transition ("（四）针对以上问题，2026年我局将…：一是…"):
    // no problem of its own, the measures' lead-in.
    `(?:(?:[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}、|[\\d０-９]{1,2}[、.．])\\s*(?=针对|下一?步|今后|${YEAR}\\s*年))?`,
    '(?:(?:针对|根据|对照|围绕|就)[^。；]{0,24}?(?:问题|不足)[，,]\\s*)?',
    '(?:',
    `(?:下一步|下步|今后|下一?阶段|接下来|新的一年|明年|下一年度?|${YEAR}\\s*年度?)[^。；]{0,30}?(?:将|拟|计划|准备|打算)`,
    // The next year and the body, then its duties listed at once ("2022年，我乡一要…；二要…"): 一要 is no problem's word.
    `|(?:下一步|下步|今后|下一?阶段|接下来|新的一年|明年|下一年度?|${YEAR}\\s*年度?)[，,]?[^。；，,]{0,8}?(?=一要)`,
    '|[^。；]{0,30}?(?:采取|抓好|做好|落实)(?:以下|如下)[^。；]{0,12}?(?:措施|工作|方面|几点)',
    '|(?:为此|对此|下一步|下步|下一?阶段|接下来|今后|针对(?:上述|以上|存在的?|这些)(?:问题|不足))[，,：:]',

    '|[^。；]{0,12}?(?:改进措施|整改措施|改进方向)(?:方面|上|如下|是)?[，,：:]',
    // A sentence that says what the body will do and ends in a colon announces the measures
    // ("本局将认真整改：（一）…", "我乡将重点做好以下几点：").
    '|[^。；：:！？]{0,16}?(?:将|拟)[^。；：:！？]{0,16}?[：:]',
    ')',
  ]
    .join('')
    // Nor across a paragraph's end (points one a line without full stops).
    .replaceAll('[^。；', '[^\u0002。；'),
  'y',
)

/**
 * Where the measures' list starts again at 1 with no sentence of its own before it
 * ("…单一。下一步，一是建立…"), the words between the last full stop and the list are its lead-in:
 * they go with the measures, not with the last problem.
 */
function beforeLeadIn(text: string, at: number): number {
  const before = text.slice(0, at)
  const stop = Math.max(...['。', '！', '？', '；', ';', '!', '?', PARAGRAPH, '\n'].map((c) => before.lastIndexOf(c)))
  const tail = before.slice(stop + 1).trim()
  return tail !== '' && tail.length <= 40 && !/[。！？]/.test(tail) ? stop + 1 : at
}

/**
 * Inside last year's passage, the sentence that announces this year's problems ("但仍存在以下不足：",
 * "当前存在的主要问题是："): the position after it, or -1.
 */
const PROBLEM_CUE = new RegExp(
  [
    '(?:^|(?<=[。；！？;!?\\n\u0002]))\\s*(?!针对|对于|关于|对照)',
    '[^。；！？:：]{0,30}?(?:存在|有)(?:以下|如下|一些|几个|几方面|不少|的|着)?(?:主要)?[^。；！？:：，,]{0,8}?(?:问题|不足|短板|差距)',
    '[^。；！？:：，,]{0,6}?(?:[，,]\\s*(?:主要|具体)?(?:是|有|表现(?:为|在)|如下))?\\s*[:：]',
  ].join(''),
)

function problemCue(text: string): number {
  const m = PROBLEM_CUE.exec(text)
  return m ? m.index + m[0].length : -1
}

/** Last year's passage cut where this year's problems are announced (no sub-heading between). */
function splitPriorPart(part: Part): Part[] {
  if (part.kind !== 'prior') return [part]
  const at = problemCue(part.text)
  if (at < 0) return [part]
  // The spaces are taken all at once (lookahead + backreference): a plain \s* before a class that holds
  // spaces too made a long run of spaces take cubic time (4,000 spaces: 14 s).
  const start = part.text.slice(0, at).search(/(?=(\s*))\1[^。；！？;!?\n\u0002]*$/)
  const parts: Part[] = [
    { kind: 'prior', text: part.text.slice(0, start) },
    { kind: 'problems', text: part.text.slice(at) },
  ]
  return parts.filter((p) => p.text.trim() !== '')
}

/**
 * A transition run into the last problem because its full stop was lost (a broken line, a slip):
 * "…之后再无更新针对上述问题，我镇将…", "…理解有偏差今后，我局将…". Only right after a letter or
 * digit (after a comma it is a problem's own measure: "…，下一步将…").
 */
const GLUED_TRANSITION = new RegExp(
  `(?<=[\\p{Script=Han}\\p{N}”"’])(?=针对(?:上述|以上|这些|存在的?)(?:问题|不足)[，,]|(?:下一步|下步|今后|下一?阶段|接下来)[，,])` +
    // After a comma too where the problems are named as many (这些/上述/以上: "…基本不更新，针对这些问题，2021年我局将…");
    // a problem's own measure says 这一问题.
    `|(?<=[，,])(?=针对(?:上述|以上|这些)(?:问题|不足)[，,])` +
    // The next year glued to the last problem ("…未按要求公示2026年，我乡将…", "…答疑不够二O二六年，街道将："):
    // only with the comma and the body's 将 after it, and not after a word that governs a date (于, 至, 截至…).
    // (A numeral before it, "…形式单一二O二七年", cannot shift the year: four characters and 年 must follow.)
    `|(?<=[\\p{Script=Han}”"’])(?<![于在至到从自为是前后止的])(?=${YEAR}\\s*年度?[，,][^。；，,]{0,12}?(?:将|拟|计划|准备|打算))` +
    // A list of problems closed by 等问题 and a comma, then the body's will in the same sentence ("存在A、B等问题，
    // 下一步将…"): the 等 closes the list, so the clause after it is no problem's own measure.
    `|(?<=等(?:问题|不足|方面)[，,])(?=(?:下一步|下步|今后|下一?阶段|接下来|${YEAR}\\s*年度?)[，,]?[^。；，,]{0,8}?(?:将|拟|计划|要(?!求)))`,
  'gu',
)

/**
 * A sentence that opens on one problem and the body's will ("针对行政处罚公示不及时的问题，我局将…"): after
 * problems listed on their own, the first measure. Where the text opens so, each problem carries its
 * measure in its own sentence (splitOwnMeasure), and no such sentence is the boundary.
 */
const AIMED_MEASURE = /针对[^。；]{2,24}?(?:的|等)?(?:问题|不足|情况)[，,]\s*(?:我|本)[^，。；]{0,4}?(?:将|拟|要(?!求))/y
const AIMED_ANYWHERE = new RegExp(AIMED_MEASURE.source)

/** A numbered point before: the problems were listed on their own. */
const LISTED_BEFORE = /(?:^|[。；;！？\u0002\n])\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]|[一二三四五六七八九十]{1,2}是|首先|其次)/

function aimedMeasureAt(text: string, pos: number): boolean {
  AIMED_MEASURE.lastIndex = pos
  if (pos === 0 || !AIMED_MEASURE.test(text)) return false
  const before = text.slice(0, pos)
  return LISTED_BEFORE.test(before) && !AIMED_ANYWHERE.test(before)
}

/** `fromStart`: the text opens a sentence of its own (it follows last year's passage), so its start counts too. */
function findTransition(text: string, fromStart = false): number {
  const starts: number[] = fromStart ? [0] : []
  // Stray quote marks and spaces after a full stop do not start the sentence.
  // A paragraph's end counts too: points written one a line without full stops (bullets).
  const boundary = /(?:[。；！？;!?]|\u0002)[\s“”"‘’'\u0002]*/g
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) starts.push(m.index + m[0].length)
  const glued: number[] = []
  for (let m = GLUED_TRANSITION.exec(text); m; m = GLUED_TRANSITION.exec(text)) {
    glued.push(m.index)
    GLUED_TRANSITION.lastIndex++
  }
  for (const pos of [...starts, ...glued].sort((a, b) => a - b)) {
    if (pos >= text.length) continue
    if (aimedMeasureAt(text, pos)) return pos
    TRANSITION.lastIndex = pos
    const m = TRANSITION.exec(text)
    // A match that reaches over a glued transition ("三是…不统一针对上述问题，我乡将采取以下措施") starts there.
    if (m) return glued.find((g) => g > pos && g < pos + m[0].length) ?? pos
  }
  return -1
}

export interface Halves {
  problemTexts: string[]
  improvementTexts: string[]
  priorTexts: string[]
}

/** The joined section text (see joinKeepingHeadings) → the texts of each half. */
export function splitHalves(joined: string): Halves {
  const headed = splitByHeadings(joined)
  const hasImproveHeading = headed.some((p) => p.kind === 'improvements')
  const hasProblemHeading = headed.some((p) => p.kind === 'problems')
  const parts = headed.flatMap(splitPriorPart)

  const problemTexts: string[] = []
  const improvementTexts: string[] = []
  const priorTexts: string[] = []
  for (const [i, part] of parts.entries()) {
    let kind = part.kind
    // Text before the first sub-heading holds the problems when only an improvements heading follows.
    if (kind === 'unknown') kind = hasProblemHeading ? 'unknown' : 'problems'
    if (kind === 'unknown') continue
    if (kind === 'prior') {
      // Last year's passage with no heading after it, the measures announced in it ("今后，街道将：一要…").
      const t = hasImproveHeading ? -1 : findTransition(part.text)
      priorTexts.push(t > 0 ? part.text.slice(0, t) : part.text)
      if (t > 0) improvementTexts.push(part.text.slice(t))
      continue
    }
    if (kind === 'problems' && !hasImproveHeading) {
      // After last year's passage ("…已整改完成。下一步，中心将…"), the measures may start at once.
      const t = findTransition(part.text, parts[i - 1]?.kind === 'prior')
      const mixed = t >= 0 || measuresRestart(part.text) !== null ? null : interleavedMeasures(part.text)
      if (mixed) {
        problemTexts.push(mixed.problems)
        improvementTexts.push(...mixed.measures)
        continue
      }
      const restart = t >= 0 ? null : (measuresRestart(part.text) ?? measuresParagraph(part.text))
      const at = t >= 0 ? t : restart === null ? null : beforeLeadIn(part.text, restart)
      if (at !== null && at >= 0) {
        problemTexts.push(part.text.slice(0, at))
        improvementTexts.push(part.text.slice(at))
        continue
      }
    }
    ;(kind === 'problems' ? problemTexts : improvementTexts).push(part.text)
  }
  return { problemTexts, improvementTexts, priorTexts }
}
