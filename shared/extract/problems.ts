// Section 五 (存在的主要问题及改进情况) → the problems the body names and the improvements it lists.
// Reports number their points in many ways (一是…, （一）…, 1. …, or not at all), separate the two
// halves by sub-headings (（一）存在的主要问题 / （二）改进措施, sometimes improvements first) or by a
// transition sentence ("2021 年，我们将…"), and nest sub-lists (一是… inside 二是…). Each entry's text
// starts where the report's item starts, marker included.
import type { ProblemEntry } from '../model/report'
import { classifyProblem } from '../taxonomy/classify'
import { MEASURE_START, measuresRestart, numberedItems, PARAGRAPH } from './problem-lists'
import { joinWrappedLines } from './prose-text'

export interface ProblemsResult {
  problems: ProblemEntry[]
  improvements: ProblemEntry[]
  /** Last year's measures reported as carried out (上年度问题整改情况): neither list. */
  priorDone: ProblemEntry[]
}

type PartKind = 'problems' | 'improvements' | 'prior' | 'unknown'
interface Part {
  kind: PartKind
  text: string
}

// ── sub-headings ────────────────────────────────────────────────────────────────────────────────

const ORDINAL = '(?:[（(][一二三四五六][）)]|[一二三四五六][、.．]|[1-6][、.．])'
const YEAR_PREFIX = '(?:\\d{4}\\s*年度?)?(?:工作中)?的?'
const PROBLEM_HEAD = '(?:存在的?(?:主要)?(?:问题|不足)(?:和|及|与)?(?:不足|问题)?|主要问题(?:和|及|与)?(?:不足)?|问题(?:和|与|及)不足|不足之处|存在的?困难和问题)'
const IMPROVE_HEAD =
  '(?:(?:存在的?(?:主要)?问题的?|问题)?(?:改进|整改)(?:措施|情况|计划|方向|举措|工作|打算|思路)|下一步(?:的)?(?:工作)?(?:打算|计划|措施|安排|思路|重点)|(?:今后|下一年度?|明年)的?工作(?:打算|计划|安排|思路|措施|重点)|工作(?:打算|计划|思路|措施)|改进措施)'
const HEAD_WORDS = `${YEAR_PREFIX}(?:${IMPROVE_HEAD}|${PROBLEM_HEAD})(?:情况)?`
/** Last year's problems and what was done about them: 上年度问题整改情况, 2023年度报告所列问题整改情况. */
const PRIOR_WORDS =
  '(?:关于)?(?:上一?年度?|去年|往年|\\d{4}\\s*年度?(?:年度)?(?:报告|年报))[^，。；：:]{0,10}?(?:问题|不足)[^，。；：:]{0,6}?(?:整改|改进|落实)(?:落实)?(?:情况|工作)?'
/** "下一步" and its like written alone as the measures' sub-heading. */
const BARE_NEXT = '(?:下一步|下步|下一阶段|今后|下一年度?)(?:工作)?'

/** A whole line that is a sub-heading ("（一）政务公开工作存在的主要问题" may name its subject). */
const HEADING_LINE = new RegExp(
  `^\\s*${ORDINAL}?\\s*(?:${YEAR_PREFIX}[^，。；：:,;]{0,12}?${HEAD_WORDS}|${PRIOR_WORDS}|${BARE_NEXT})\\s*[:：，,]?\\s*$`,
)
/**
 * A sub-heading inside running text: ordinal + words + colon, or words + colon after a boundary
 * (a full stop, a line break or a paragraph break); last year's passage may open with a comma.
 */
const HEADING_INLINE = new RegExp(
  `(?:^|(?<=[。；！？;!?\\n\u0002]))\\s*(?:${ORDINAL}\\s*${HEAD_WORDS}\\s*[:：]?|${HEAD_WORDS}\\s*[:：]|${ORDINAL}?\\s*${PRIOR_WORDS}\\s*[:：，,]|${BARE_NEXT}\\s*[:：])`,
  'g',
)

/** A sub-heading about last year's problems and what was done about them. */
const PRIOR_HEADING = new RegExp(PRIOR_WORDS)
/** A heading that names the problems before the measures (存在的问题及改进措施): the problems' half. */
const COMBINED_HEADING = new RegExp(`${PROBLEM_HEAD}(?:和|及|与|以及)(?:其)?(?:改进|整改|措施)`)

function headingKind(heading: string): PartKind {
  if (PRIOR_HEADING.test(heading)) return 'prior'
  if (COMBINED_HEADING.test(heading)) return 'problems'
  return /改进|整改|下一步|下步|下一阶段|下一年|今后|打算|计划|措施|明年|思路/.test(heading) ? 'improvements' : 'problems'
}

/** Marks a sub-heading line found before the wraps are undone: \u0001kind\u0001. */
const LINE_HEADING_MARK = /\u0001(problems|improvements|prior)\u0001/g


/**
 * A line that ends a paragraph: it ends a sentence, and, where the text is wrapped (some line
 * breaks mid-word, as a PDF's text does), it is shorter than the widest line: a full line that
 * happens to end with 。 is a wrap, not a paragraph's end.
 */
function endsParagraph(line: string, wrapped: boolean, widest: number): boolean {
  const t = line.trim()
  return /[。！？][”"’]?$/.test(t) && (!wrapped || t.length < widest * 0.9)
}

/** Some line ends on a character that cannot end a paragraph (a letter, digit or ideograph). */
function isWrapped(lines: string[]): boolean {
  return lines.some((l) => /[\p{L}\p{N}]$/u.test(l.trim()))
}

/** The report's running header repeated on a page inside the section ("…政府信息公开工作年度报告"). */
const RUNNING_HEADER = /^\s*[^，。；：:,;！？]{0,40}政府信息公开(?:工作)?年度报告\s*$/

/** Lines → text with wraps undone; sub-heading lines become marks that carry their kind. */
function joinKeepingHeadings(text: string): string {
  const lines = text.split(/\r\n|\r|\n/)
  const out: string[] = []
  let run: string[] = []
  const flush = (): void => {
    if (!run.length) return
    const paragraphs: string[][] = [[]]
    const widest = Math.max(...run.map((l) => l.trim().length))
    const wrapped = isWrapped(run)
    for (const line of run) {
      paragraphs[paragraphs.length - 1]!.push(line)
      if (endsParagraph(line, wrapped, widest)) paragraphs.push([])
    }
    out.push(paragraphs.map((p) => joinWrappedLines(p)).filter((p) => p !== '').join(PARAGRAPH))
    run = []
  }
  for (const raw of lines) {
    // A bullet (●, •, ■…) marks a point without numbering it: the line is the point.
    const line = raw.replace(/^\s*[●•■◆▪□◇○]\s*/, '')
    if (RUNNING_HEADER.test(line)) continue
    if (HEADING_LINE.test(line)) {
      flush()
      out.push(`\u0001${headingKind(line)}\u0001`)
    } else run.push(line)
  }
  flush()
  return out.filter((s) => s !== '').join('\n')
}

/**
 * A sentence, with no heading of its own, that reports last year's problems as fixed ("2023年报告中
 * 提出的“…”问题已整改到位。", "…问题，已通过建立…台账整改到位。"): a part of its own, after which the
 * text goes on as before.
 */
const PRIOR_SENTENCE = new RegExp(
  `(?:^|(?<=[。；！？;!?\\n\u0002]))\\s*(?:上一?年度?|去年|\\d{4}\\s*年度?(?:报告|年报))[^。；！？]{0,40}?(?:问题|不足)[^。；！？]{0,12}?(?:已|均已)[^。；！？]{0,20}?(?:整改|完成|落实|解决)[^。；！？]{0,120}[。；！？]`,
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
    '(?:(?:针对|根据|对照|围绕|就)[^。；]{0,24}?(?:问题|不足)[，,]\\s*)?',
    '(?:',
    '(?:下一步|今后|下一阶段|新的一年|明年|下一年度?|\\d{4}\\s*年度?)[^。；]{0,30}?(?:将|拟|计划|准备|打算)',
    '|[^。；]{0,30}?(?:采取|抓好|做好|落实)(?:以下|如下)[^。；]{0,12}?(?:措施|工作|方面|几点)',
    '|(?:为此|对此|下一步|下步|下一阶段|针对(?:上述|以上|存在的?|这些)(?:问题|不足))[，,：:]',
    '|[^。；]{0,12}?(?:改进措施|整改措施|改进方向)(?:方面|上|如下|是)?[，,：:]',
    ')',
  ].join(''),
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
  const start = part.text.slice(0, at).search(/\s*[^。；！？;!?\n\u0002]*$/)
  const parts: Part[] = [
    { kind: 'prior', text: part.text.slice(0, start) },
    { kind: 'problems', text: part.text.slice(at) },
  ]
  return parts.filter((p) => p.text.trim() !== '')
}

function findTransition(text: string): number {
  const starts: number[] = []
  // Stray quote marks and spaces after a full stop do not start the sentence.
  const boundary = /[。；！？;!?][\s“”"‘’'\u0002]*/g
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) starts.push(m.index + m[0].length)
  for (const pos of starts) {
    if (pos >= text.length) continue
    TRANSITION.lastIndex = pos
    if (TRANSITION.test(text)) return pos
  }
  return -1
}

/** The lead-in of a transition sentence that is itself the first measure ("下一步，我市将着力…"). */
const TRANSITION_LEADIN = new RegExp(
  '^(?:(?:针对|根据|对照|就)[^，。；]{0,24}?(?:问题|不足)[，,]\\s*)?(?:(?:下一步|今后|下一阶段|新的一年|明年|对此|为此|\\d{4}\\s*年度?)[^，。；]{0,6}?[，,]?\\s*)?[^，。；]{0,10}?(?:将|拟|计划|准备|打算)(?:继续|进一步|切实)?',
)

// ── unnumbered points ───────────────────────────────────────────────────────────────────────────

const ENUM_CUE = /(?:主要是|主要有|主要表现为|主要表现在|表现为|表现在|具体如下|如下|包括|体现在)\s*$/
const ENUM_START = /^(?:如|比如|例如|诸如)/
// 不严 as in 把关不严, 审核不严: the same family as 不强/不高.
const PROBLEM_PREDICATE =
  /不够|不足|不严|有待|不强|不高|不到位|不及时|不完善|不规范|不均衡|不平衡|不统一|不一|单一|薄弱|欠缺|较少|偏少|滞后|缺乏|缺少|难以|仍需|尚需|还需|需进一步|差距|不明显|不突出|参差不齐|有限|困难|压力/
const NO_PROBLEM = /(?:暂未|未|没有|并未)(?:发现|出现|存在)[^。；]{0,14}?(?:问题|不足)/
const INTRO = /(?:总体运行(?:良好|平稳)|运行平稳|(?:取得|有了)[^。；]{0,12}?(?:成绩|成效|进展|成果))/
const VAGUE_GAP = /^[^。；]{0,40}?(?:存在|仍有|还有)(?:一定|一些|部分)?的?(?:问题|不足|差距|短板|薄弱环节)(?:和不足)?[。；]?$/
/** Clauses that every report repeats and that name no measure of their own. */
const GENERIC_CLAUSES = [
  /^(?:认真|继续|严格|切实|进一步|全面|持续|坚决)*贯彻(?:落实)?/,
  /^(?:不断|进一步|全面|持续|切实|努力)*(?:提升|提高)[^，。；]{0,16}?(?:工作)?(?:水平|质量和实效|质效)$/,
  /^(?:推动|促进|确保)[^，。；]{0,16}?(?:高质量发展|健康发展|有序开展|取得实效)$/,
]

/** A clause that only says where the point was seen ("本年度工作中发现，", "总体来看，"). */
const SEEN_CLAUSE = /^[^，。；：:]{0,12}?(?:(?:发现|来看)[，,：:]|(?:存在的?)?主要问题(?:是|有|为)[:：]?)\s*/

function clausesOf(sentence: string): string[] {
  const body = sentence.replace(/[。！？!?]$/, '')
  const sep = /[；;]/.test(body) ? /[；;]/ : /[，,]/.test(body) ? /[，,]/ : /、/
  return body
    .split(sep)
    .map((s) => s.trim().replace(/等(?:问题|方面|情况)?$/, ''))
    .filter((s) => s.length >= 4)
}

function isGeneric(piece: string): boolean {
  const clauses = piece
    .replace(/[。！？；]$/, '')
    .split(/[，,]/)
    .map((c) => c.trim())
    .filter((c) => c !== '')
  return clauses.length > 0 && clauses.every((c) => GENERIC_CLAUSES.some((re) => re.test(c)))
}

function isBoilerplate(piece: string, kind: 'problems' | 'improvements'): boolean {
  if (NO_PROBLEM.test(piece) || INTRO.test(piece) || VAGUE_GAP.test(piece) || isGeneric(piece)) return true
  const { categories } = classifyProblem(piece)
  if (categories.some((c) => c !== 'other')) return false
  // Without a category, a problem must at least say what is lacking.
  return kind === 'problems' && !PROBLEM_PREDICATE.test(piece)
}

/**
 * Points without numbers. Written one paragraph each, a paragraph is a point (its explanation
 * included); in one paragraph, each sentence is (or each clause after 主要是：/如…).
 */
function unnumberedItems(text: string, kind: 'problems' | 'improvements'): string[] {
  const paragraphs = text.split(PARAGRAPH).map((p) => p.trim()).filter((p) => p !== '')
  if (paragraphs.length >= 2) {
    const items = paragraphs.flatMap((p) => paragraphItems(p, kind))
    if (items.length >= 2) return items
  }
  return sentenceItems(text.replaceAll(PARAGRAPH, ''), kind)
}

/** One paragraph: a point, or, when it enumerates (主要是：…、…), its clauses. */
function paragraphItems(paragraph: string, kind: 'problems' | 'improvements'): string[] {
  const colon = Math.max(paragraph.lastIndexOf('：'), paragraph.lastIndexOf(':'))
  const head = colon > 0 ? paragraph.slice(0, colon) : ''
  // "如…等" lists its clauses; a cue before the colon ("主要表现在：") only introduces the paragraphs.
  if (ENUM_START.test(paragraph)) return sentenceItems(paragraph, kind)
  const introduces = ENUM_CUE.test(head) || /问题|不足|措施|工作|方面|以下|如下/.test(head)
  let piece = colon > 0 && colon < paragraph.length - 1 && introduces ? paragraph.slice(colon + 1) : paragraph
  if (kind === 'improvements') {
    const lead = TRANSITION_LEADIN.exec(piece)
    if (lead && lead[0] !== '' && !/[。！？]/.test(lead[0])) piece = piece.slice(lead[0].length)
  }
  piece = piece.replace(/^[，,、：:\s]+/, '').replace(SEEN_CLAUSE, '').trim()
  if (piece.length < 4 || NO_PROBLEM.test(piece) || (INTRO.test(piece) && !PROBLEM_PREDICATE.test(piece)) || isBoilerplate(piece, kind)) return []
  return [piece]
}

function sentenceItems(text: string, kind: 'problems' | 'improvements'): string[] {
  const out: string[] = []
  const sentences = text.split(/(?<=[。！？!?])/).map((s) => s.trim()).filter((s) => s !== '')
  for (let sentence of sentences) {
    let enumerated = false
    const colon = Math.max(sentence.lastIndexOf('：'), sentence.lastIndexOf(':'))
    if (colon > 0 && colon < sentence.length - 1) {
      const head = sentence.slice(0, colon)
      if (ENUM_CUE.test(head)) enumerated = true
      if (enumerated || /问题|不足|措施|工作|方面|以下|如下/.test(head)) sentence = sentence.slice(colon + 1)
    }
    if (ENUM_START.test(sentence)) {
      enumerated = true
      sentence = sentence.replace(ENUM_START, '')
    }
    const pieces = enumerated
      ? clausesOf(sentence)
      : sentence
          .split(/[；;]/)
          .map((s) => s.trim())
          .filter((s) => s !== '')
    for (let piece of pieces) {
      if (kind === 'improvements') {
        const lead = TRANSITION_LEADIN.exec(piece)
        if (lead && lead[0] !== '') piece = piece.slice(lead[0].length)
      }
      piece = piece.replace(/^[，,、：:\s]+/, '').replace(SEEN_CLAUSE, '').trim()
      // Clauses are measures only where no semicolon already separates them.
      for (const one of kind === 'improvements' && pieces.length === 1 ? measureClauses(piece) : [piece]) {
        if (one.length < 4 || isBoilerplate(one, kind)) continue
        out.push(one)
      }
    }
  }
  return out
}

/**
 * Measures listed in one sentence, a comma between them ("及时更新公开栏信息，拓宽参与渠道，加强
 * 业务培训。"): three clauses or more that each start with a verb of doing are three measures; two
 * are usually a measure and its aim ("加强培训，提升能力") and stay one.
 */
function measureClauses(piece: string): string[] {
  const clauses = piece.replace(/[。！？]$/, '').split(/[，,]/).map((c) => c.trim())
  // A clause every report repeats ("不断提升…工作水平") marks one sentence of aims, not a list.
  return clauses.length >= 3 && clauses.every((c) => MEASURE_START.test(c) && !isGeneric(c)) ? clauses : [piece]
}

/** A measure announced inside a problem's own item: "…，（针对这一问题，）我局将推出…", "…，下一步将…". */
const OWN_MEASURE =
  /[，,。；;]\s*(?:针对[^，。；]{0,12}?[，,]\s*)?(?:(?:下一步|今后)[，,]?\s*(?:(?:我|本)[^\s，。；、]{0,3}?)?|(?:我|本)[^\s，。；、]{0,3}?)(?:将|拟|计划)(?:进一步|继续)?/

function splitOwnMeasure(item: string): { problem: string; measure: string | null } {
  const m = OWN_MEASURE.exec(item)
  if (!m || m.index < 4) return { problem: item, measure: null }
  const measure = item.slice(m.index + m[0].length).trim()
  if (measure.length < 4) return { problem: item, measure: null }
  return { problem: `${item.slice(0, m.index)}。`, measure }
}

function itemsOf(text: string, kind: 'problems' | 'improvements'): string[] {
  return numberedItems(text) ?? unnumberedItems(text, kind)
}

function entry(raw: string): ProblemEntry {
  const text = raw.replaceAll(PARAGRAPH, '').trim()
  const { categories, matchedWords } = classifyProblem(text)
  return { text, categories, matchedWords }
}

// ── problems each followed by its own measure ───────────────────────────────────────────────────

const AT_START = '(?:^|(?<=[。；！？;!?\\n\u0002\u0001]))\\s*'
/** "问题一：…" / "问题2：…": a numbered problem in the paired layout. */
const PAIR_PROBLEM = new RegExp(`${AT_START}问题(?:[一二三四五六七八九十]{1,3}|\\d{1,2})\\s*[：:]`, 'g')
/** "整改措施：…" after each such problem. */
const PAIR_MEASURE = new RegExp(`${AT_START}(?:整改|改进)(?:措施|情况|举措)\\s*[：:]`)

/**
 * The layout "问题一：…整改措施：…问题二：…整改措施：…": each problem carries its own measure.
 * Null unless there are two such problems or more, each with its measure.
 */
/** Text without the heading-line marks and line breaks of joinKeepingHeadings. */
const withoutMarks = (s: string): string => s.replace(LINE_HEADING_MARK, '').replace(/\n/g, '').trim()

function pairedItems(text: string): { problems: string[]; improvements: string[] } | null {
  const starts = [...text.matchAll(PAIR_PROBLEM)].map((m) => m.index)
  if (starts.length < 2) return null
  const problems: string[] = []
  const improvements: string[] = []
  for (const [i, at] of starts.entries()) {
    const segment = text.slice(at, starts[i + 1] ?? text.length)
    const m = PAIR_MEASURE.exec(segment)
    if (!m) return null
    problems.push(withoutMarks(segment.slice(0, m.index)))
    improvements.push(withoutMarks(segment.slice(m.index + m[0].length)))
  }
  return { problems, improvements }
}

// ── entry point ─────────────────────────────────────────────────────────────────────────────────

/** The section's own heading, in case the caller left it in. */
const SECTION_HEADING = /^\s*(?:[五5][、.．]\s*)?(?:政府信息公开工作)?存在的主要问题(?:及|和)改进情况\s*/

/**
 * A lead-in that opens the measures' list with a comma ("下一步，（一）…", "对此，①…"): the comma
 * reads as the colon it stands for, so that the list's first marker is seen as one.
 */
const LEADIN_COMMA = new RegExp(
  '((?:^|[。；！？;!?\\n])\\s*(?:下一步|下步|下一阶段|今后|对此|为此|针对(?:上述|以上|存在的?|这些)(?:问题|不足)))[，,]' +
    '(?=\\s*(?:[（(][一二三四五六七八九十\\d]{1,2}[）)]|[①-⑩]|\\d{1,2}[、.．]|[一二三四五六七八九十]{1,2}、|首先))',
  'g',
)

export function splitProblems(text: string): ProblemsResult {
  const joined = joinKeepingHeadings(text.replace(SECTION_HEADING, '').replace(LEADIN_COMMA, '$1：'))
  const paired = pairedItems(joined)
  if (paired) return { problems: paired.problems.map(entry), improvements: paired.improvements.map(entry), priorDone: [] }
  const headed = splitByHeadings(joined)
  const hasImproveHeading = headed.some((p) => p.kind === 'improvements')
  const hasProblemHeading = headed.some((p) => p.kind === 'problems')
  const parts = headed.flatMap(splitPriorPart)

  const problemTexts: string[] = []
  const improvementTexts: string[] = []
  const priorTexts: string[] = []
  for (const part of parts) {
    let kind = part.kind
    // Text before the first sub-heading holds the problems when only an improvements heading follows.
    if (kind === 'unknown') kind = hasProblemHeading ? 'unknown' : 'problems'
    if (kind === 'unknown') continue
    if (kind === 'prior') {
      priorTexts.push(part.text)
      continue
    }
    if (kind === 'problems' && !hasImproveHeading) {
      const t = findTransition(part.text)
      const restart = t >= 0 ? null : measuresRestart(part.text)
      const at = t >= 0 ? t : restart === null ? null : beforeLeadIn(part.text, restart)
      if (at !== null && at >= 0) {
        problemTexts.push(part.text.slice(0, at))
        improvementTexts.push(part.text.slice(at))
        continue
      }
    }
    ;(kind === 'problems' ? problemTexts : improvementTexts).push(part.text)
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
  return {
    problems: problemItems.map(entry),
    improvements: improvementItems.map(entry),
    priorDone: priorTexts.flatMap((t) => itemsOf(t, 'improvements')).map(entry),
  }
}
