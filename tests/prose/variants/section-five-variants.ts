// Phrasing variants of section 五, generated from the corpus's gold entries: the same problems and
// measures written with other enumerations (一是, （一）, (1), ①, 1., 1、, 首先/其次, one paragraph each,
// only "；", numbering typos), other boundaries between problems and measures (sub-headings,
// 改进措施/改进情况/整改情况, 下一步, "20XX年，我区将…", 针对上述问题, none at all), a block of last year's
// measures reported as done placed first, other synonyms and word orders. The split and the
// categories must survive. The paraphrase table below is this generator's own, written apart from
// the classifier's concept lists.

export interface SourceEntry {
  /** The entry's text without its list marker. */
  body: string
  categories: string[]
}
export interface SourceReport {
  id: string
  year: number
  problems: SourceEntry[]
  improvements: SourceEntry[]
}
export interface Variant {
  id: string
  text: string
  problems: SourceEntry[]
  improvements: SourceEntry[]
  /** Last year's measures reported as done, which must be kept out of both lists. */
  priorDone: number
}

import { asItem, CN, MORE_BOUNDARIES, MORE_ENUMERATIONS, oneSentence, PAIR_FORMS, type Enumeration } from './issue-forms'

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩'

/** A list marker at the start of an entry, in any of the styles reports use (with a 问题： label after it, "1.问题："). */
export const LEADING_MARKER =
  /^\s*(?:[一二三四五六七八九十]{1,2}是|[（(][一二三四五六七八九十\d]{1,2}[）)]|[\d０-９]{1,2}\s*[、.．）)]|[一二三四五六七八九十]{1,2}、|[①-⑩]|首先|其次|再次|此外|另外|最后|第[一二三四五六七八九十]{1,2}(?:点|方面)?|其[一二三四五六七八九十])\s*[，,、：:]?\s*(?:问题\s*[：:]\s*)?/

export function stripMarker(text: string): string {
  return text.replace(LEADING_MARKER, '')
}

const NESTED = /[一二三四五六七八九十]是|[（(][一二三四五六七八九十\d][）)]|[①-⑩]/

const ENUMERATIONS: Record<string, Enumeration> = {
  yishi: { render: (b) => b.map((x, i) => `${CN[i]}是${asItem(x)}`).join('') },
  'yishi-lines': { render: (b) => b.map((x, i) => `${CN[i]}是${asItem(x)}`).join('\n') },
  'paren-cn': { render: (b) => b.map((x, i) => `（${CN[i]}）${asItem(x)}`).join('\n') },
  'paren-num': { render: (b) => b.map((x, i) => `（${i + 1}）${asItem(x)}`).join('') },
  'ascii-paren': { render: (b) => b.map((x, i) => `(${i + 1})${asItem(x)}`).join('\n') },
  circled: { render: (b) => b.map((x, i) => `${CIRCLED[i]}${asItem(x)}`).join('') },
  dot: { render: (b) => b.map((x, i) => `${i + 1}. ${asItem(x)}`).join('\n') },
  dun: { render: (b) => b.map((x, i) => `${i + 1}、${asItem(x)}`).join('\n') },
  ordinal: {
    render: (b) =>
      b.map((x, i) => `${i === 0 ? '首先' : i === b.length - 1 && b.length > 2 ? '最后' : i === 1 ? '其次' : '此外'}，${asItem(x)}`).join(''),
  },
  paragraphs: { render: (b) => b.map(asItem).join('\n'), unnumbered: true },
  semicolons: { render: (b) => b.map((x) => x.replace(/。$/, '')).join('；') + '。', unnumbered: true, prepare: oneSentence },
  'typo-repeat': { render: (b) => b.map((x, i) => `${CN[i === 2 ? 1 : i]}是${asItem(x)}`).join('') },
  'typo-skip': { render: (b) => b.map((x, i) => `${CN[i === 0 ? 0 : i + 1]}是${asItem(x)}`).join('') },
  // Added by j11e for the causes of tests/prose/MISSES.md: 第一，…; 1）…; full-width １．…; and text whose
  // every character is spaced (PDF text layers, crawled pages).
  'di-yi': { render: (b) => b.map((x, i) => `第${CN[i]}，${asItem(x)}`).join('') },
  'half-paren': { render: (b) => b.map((x, i) => `${i + 1}）${asItem(x)}`).join('\n') },
  'fullwidth-dot': { render: (b) => b.map((x, i) => `${String.fromCharCode(0xff10 + i + 1)}．${asItem(x)}`).join('\n') },
  spaced: { render: (b) => b.map((x, i) => `${CN[i]}是${asItem(x)}`).join('').split('').join(' ') },
  // Added by j13d for the fourth holdout's causes (tests/prose/MISSES.md): 其一，…; the first number
  // repeated (一是…一是…二是…); mixed half- and full-width digits on lines that lost their full stop;
  // bullet lines without full stops.
  'qi-yi': { render: (b) => b.map((x, i) => `其${CN[i]}，${asItem(x)}`).join('') },
  'typo-repeat-first': { render: (b) => b.map((x, i) => `${CN[i === 0 ? 0 : i - 1]}是${asItem(x)}`).join('') },
  'mixed-width-no-stop': {
    render: (b) =>
      b.map((x, i) => `${i % 2 ? String.fromCharCode(0xff10 + i + 1) + '．' : `${i + 1}.`}${i < b.length - 1 ? asItem(x).replace(/。$/, '') : asItem(x)}`).join('\n'),
  },
  // (Each bullet on a line of its own, also the first after a heading or lead-in.) zi35: the bullet is •, ● or a
  // middle dot ·, turning with the list's length (each list keeps one).
  bullets: { render: (b) => b.map((x) => `\n${'•●·'[b.length % 3]} ${asItem(x).replace(/。$/, '')}`).join(''), unnumbered: true },
  // Added by s5c (holdout 9): points run together in one line, each closed by a half-width stop ("…不大.2.林木…").
  'half-stop-run': { render: (b) => b.map((x, i) => `${i + 1}.${asItem(x).replace(/。$/, '.')}`).join(''), prepare: oneSentence },
  ...MORE_ENUMERATIONS,
}

const INTROS = [
  (y: number) => `${y}年，我单位政务公开工作取得了一定成效，但对照上级要求，仍存在一些问题和不足：`,
  () => '工作中还存在以下不足：',
  () => '',
  () => '主要表现在：',
  // Added by s5c: a time lead with its comma before the announcement.
  () => '本年度，我单位政务公开工作还存在一些不足：',
  // Added by s533 (holdout 17): a sentence of the year's progress that only says how big the gap is, no point of its own.
  (y: number) => `${y}年，我单位政务公开工作虽然有了较大进步，但离上级要求和群众期待还有不小差距。`,
]

/** Last year's measures reported as done (two entries), put before this year's problems. */
const PRIOR_LIST = '一是栏目维护机制已建立，更新台账已落实。二是业务培训已组织两次。'

function withPriorDone(text: string, year: number): string {
  return (
    `（一）上年度问题整改情况\n针对${year - 1}年度报告中提出的问题，我单位已完成整改：${PRIOR_LIST}\n` +
    text.replace(/^（一）/, '（二）').replace(/\n（二）/, '\n（三）')
  )
}

type Boundary = (p: string, m: string, year: number, intro: string) => string
const BOUNDARIES: Record<string, Boundary> = {
  'headings-lines': (p, m, _y, intro) => `（一）存在的主要问题\n${intro}${intro ? '\n' : ''}${p}\n（二）改进措施\n${m}`,
  'headings-inline': (p, m) => `（一）存在的问题：${p}（二）改进情况：${m}`,
  'zhenggai-heading': (p, m) => `（一）主要问题\n${p}\n（二）整改情况\n${m}`,
  'plan-heading': (p, m) => `一、存在的主要问题\n${p}\n二、下一步工作打算\n${m}`,
  'next-step': (p, m, _y, intro) => `${intro}${p}\n下一步，我们将从以下几个方面加以改进：\n${m}`,
  'year-will': (p, m, y, intro) => `${intro}${p}\n${y + 1}年，我区将采取以下措施：\n${m}`,
  zhendui: (p, m, _y, intro) => `${intro}${p}\n针对上述问题，我局将重点做好以下工作：\n${m}`,
  'gaijin-cuoshi': (p, m, _y, intro) => `${intro}${p}\n改进措施：${m}`,
  none: (p, m, _y, intro) => `${intro}${p}\n${m}`,
  'prior-done': (p, m, y) => withPriorDone(`（一）存在的主要问题\n${p}\n（二）改进措施\n${m}`, y),
  // Last year's passage before this year's problems, as reports also write it: an inline heading,
  // the problems announced by a sentence of their own, or a heading that covers problems and measures.
  'prior-inline': (p, m) => `上年度问题整改情况：${PRIOR_LIST}\n存在的问题：${p}\n改进措施：${m}`,
  'prior-cue': (p, m, y) => `${y - 1}年度报告所列问题整改情况：${PRIOR_LIST}\n但仍存在以下不足：\n${p}\n${y + 1}年，我局将：\n${m}`,
  'prior-combined': (p, m) => `一、上年度问题整改情况\n${PRIOR_LIST}\n二、存在的问题及改进措施\n${p}\n下一步，${m}`,
  // One sentence, no heading: last year's problems reported fixed, then this year's announced.
  'prior-sentence': (p, m, y) => `${y - 1}年度报告中提出的“栏目维护不到位”问题已整改到位。但对照新要求，仍存在以下不足：\n${p}\n下一步，${m}`,
  // A bare lead-in right after the last problem, in the same line or on a line of its own.
  'next-bare': (p, m, _y, intro) => `${intro}${p}下一步，${m}`,
  'next-stage-line': (p, m, _y, intro) => `${intro}${p}\n下一阶段：\n${m}`,
  duici: (p, m, _y, intro) => `${intro}${p}对此，${m}`,
  // Added by j11e: headings written as sentences of their own; 今后， as the lead-in; Markdown's bold headings.
  'about-sentences': (p, m) => `关于本年度存在的问题。${p}\n关于下一步工作打算。${m}`,
  jinhou: (p, m, _y, intro) => `${intro}${p}\n今后，${m}`,
  'md-headings': (p, m) => `**（一）存在的主要问题**\n\n${p}\n\n**（二）改进措施**\n\n${m}`,
  // Added by j13d (fourth holdout): 下步打算; bare 问题：/改进：; a sentence of what the body will do
  // ending in a colon; 努力方向; 接下来，; last year's heading ending 如下：.
  'xiabu-dasuan': (p, m, _y, intro) => `${intro}${p}\n下步打算：${m}`,
  'bare-heads': (p, m) => `问题：${p}\n改进：\n${m}`,
  'will-colon': (p, m, _y, intro) => `${intro}${p}\n本局将认真整改：${m}`,
  'nuli-fangxiang': (p, m) => `存在不足：\n${p}\n努力方向：\n${m}`,
  jiexialai: (p, m, _y, intro) => `${intro}${p}\n接下来，${m}`,
  'prior-ruxia': (p, m, y) => `${y - 1}年度报告提出的问题整改情况如下：${PRIOR_LIST}\n${y}年，我局仍存在以下问题：\n${p}\n改进措施：\n${m}`,
  // Added by s5 (holdout 7's causes): the next year glued to the last problem, its full stop lost at a
  // line break, and the lead-in closed by a full stop; the year in Chinese numerals glued in the line
  // (二O二七 with a Latin O); the problems' next number put before the transition; 一是 right after 将
  // where the lead-in lost its colon; the measures right after a sentence of last year's fixes; last
  // year's fix named in quotes after the measures; the measures announced inside last year's passage.
  'glued-year': (p, m, y, intro) => `${intro}${noStop(p)}\n${y + 1}年，我局将采取以下改进措施。\n${m}`,
  'glued-cn-year': (p, m, y, intro) => `${intro}${noStop(p)}${cnYear(y + 1)}年，街道将：${m}`,
  'numbered-transition': (p, m, y, intro) => `${intro}${p}\n（九）针对以上问题，${y + 1}年我局将着力抓好以下工作：${m}`,
  'will-no-colon': (p, m, _y, intro) => `${intro}${p}针对以上不足，我局将${/^一是/.test(m) ? '' : '：'}${m}`,
  'prior-sentence-next': (p, m, _y, intro) => `${intro}${p}上年度报告中提出的“政策解读滞后”问题，已建立解读同步机制，整改完成。下一步，${m}`,
  'prior-quoted-after': (p, m, _y, intro) => `${intro}${p}\n改进措施：${m}\n上年度提出的问题中，“门户网站部分专栏内容长期空白”已于年中全部整改完毕。`,
  'prior-then-will': (p, m) => `存在的问题：\n${p}\n上年度问题整改情况：${PRIOR_LIST}\n今后，我局将：${m}`,
  // Added by s5b (holdout 8's causes): last year's block headed by its year and 问题的整改情况, before
  // this year's two year-headed blocks; a sentence of last year's fix after the measures, opened by 此外.
  'prior-year-state': (p, m, y) => `（一）${y - 1}年度存在问题的整改情况\n${PRIOR_LIST}\n（二）${y}年度存在的主要问题\n${p}\n（三）${y + 1}年改进措施\n${m}`,
  // The measures as a paragraph of their own in another marker style, no lead-in (首先… then 第一、…).
  'style-change': (p, m, _y, intro) => {
    const renumbered = asDiYi(m)
    return renumbered === null ? `${intro}${p}\n下一步，${m}` : `${intro}${p}\n${renumbered}`
  },
  // The problems after a sentence's opening on the year's progress turned by 但 (…总体平稳，但A；B。), a
  // numbered list after 但仍存在以下不足：.
  'progress-but': (p, m, y) =>
    `${y}年，我局政务公开工作总体平稳，但${/^(?:\s|[（(]|[一二三四五六七八九十]是|[\d０-９]|[①-⑩]|首先|第|其|•)/.test(p) ? '仍存在以下不足：' : ''}${p}\n${y + 1}年，我局将：${m}`,
  // A numbered topic heading on a line of its own over the problems' and measures' inline headings.
  'topic-line': (p, m) => `（一）关于政务公开工作\n存在问题：${p}\n改进措施：${m}`,
  'prior-besides-after': (p, m, y, intro) => `${intro}${p}\n${y + 1}年，我局将：${m}\n此外，上一年度报告中提出的“办事指南更新慢”问题已整改完成。`,
  // Added by s5c (holdout 9's causes): headings closed by a full stop with the list at once (a colon where
  // the list has no marker); a sentence that only says the problems will be fixed before the measures;
  // the body's announcement 将做到： before them.
  'heading-stop': (p, m) => (STOP_LIST.test(p) && STOP_LIST.test(m) ? `存在的主要问题。${p}\n改进措施。${m}` : `存在的主要问题：${p}\n改进措施：${m}`),
  'fix-above': (p, m, _y, intro) => `${intro}${p}\n下一步，我局将围绕以上问题逐项整改。${m}`,
  'will-do-colon': (p, m, _y, intro) => `${intro}${p}\n今后，我局将做到：${m}`,
  ...MORE_BOUNDARIES,
}

/** A list that opens with a marker a heading's full stop may stand before. */
const STOP_LIST = /^(?:一是|首先|第一|其一|[（(][一1１][）)]|[一1１][、.．])/

/**
 * A list whose markers are 一是, （一）, 1. or 1、 (as its first item shows) renumbered 第一、第二、…, each
 * marker of the top level found after the one before; null for any other style (or none).
 */
function asDiYi(list: string): string | null {
  const styles: ((i: number) => string)[] = [(i) => `${CN[i]}是`, (i) => `（${CN[i]}）`, (i) => `${i + 1}. `, (i) => `${i + 1}、`]
  const style = styles.find((f) => list.startsWith(f(0)))
  // (A numbering slip, 一是 twice or 三是 after 一是, is left as printed: null.)
  if (!style || list.split(style(0)).length > 2 || !list.includes(style(1))) return null
  let out = ''
  let rest = list
  for (let i = 0; ; i++) {
    const at = rest.indexOf(style(i))
    if (at < 0) break
    out += `${rest.slice(0, at)}第${CN[i]}、`
    rest = rest.slice(at + style(i).length)
  }
  return out + rest
}

/** The list's last full stop dropped (a line break or a slip took it). */
function noStop(text: string): string {
  return text.replace(/[。；;]\s*$/, '')
}

/** A year in Chinese numerals, with the Latin O real reports type for 〇: 2027 → 二O二七. */
function cnYear(year: number): string {
  return [...String(year)].map((d) => (d === '0' ? 'O' : CN[Number(d) - 1])).join('')
}

const PRIOR_BOUNDARIES = new Set(['prior-done', 'prior-inline', 'prior-cue', 'prior-combined', 'prior-sentence', 'prior-ruxia', 'prior-then-will', 'prior-year-state'])
/** Boundaries with one of last year's fixes in a sentence of its own. */
const PRIOR_ONE = new Set(['prior-sentence', 'prior-sentence-next', 'prior-quoted-after', 'prior-besides-after'])


/** The generator's own rewordings (problem predicates, objects, word order). */
const PARAPHRASES: [RegExp, string][] = [
  [/有待(?:进一步)?(?:提升|提高|加强)/g, '还需进一步加强'],
  [/仍需(?:进一步)?(?:提升|加强)/g, '尚有提升空间'],
  [/不够丰富/g, '较为单一'],
  [/较为单一/g, '不够多样'],
  [/还不够/g, '尚不够'],
  [/政策解读/g, '对政策的解读'],
  [/政务新媒体/g, '政务微信公众号等新媒体'],
  [/依申请公开/g, '依申请公开政府信息'],
  [/队伍建设/g, '人员队伍建设'],
  [/查阅点/g, '政府信息查阅点'],
  [/标准化规范化/g, '标准化、规范化'],
  [/加强/g, '强化'],
  [/进一步/g, '更加'],
  [/意见征集/g, '征集公众意见'],
  [/重点领域/g, '重点领域的'],
  [/深度和广度/g, '广度和深度'],
  [/答复文书/g, '答复书'],
  [/栏目更新/g, '栏目内容更新'],
  [/培训/g, '业务培训'],
  // Added by s5 (holdout 7's wordings of the same findings): concerns answered for all at once, too few
  // hands, the work's importance not seen, figures that do not match between two places.
  [/回应社会关切/g, '集中回应群众关切'],
  [/人手不足/g, '人手紧'],
  [/重视不够/g, '对公开工作的重要性看得不够'],
  [/标准不一/g, '数据对不上'],
  // Added by s5d (holdouts 9 and 10's wordings of the same findings): places counted with their versions
  // differing after a comma, a column said to be empty.
  [/多处发布/g, '在两处刊登，版本不一'],
  [/部分栏目长期未更新/g, '部份栏目长期无内容'],
  // A problem said only as something out of date (the splitter kept it only with 陈旧 before).
  [/内容陈旧/g, '内容已过时'],
  // Added by s533 (holdout 17): a measure that opens on a word holding 拟 (情景模拟), no lead-in's 拟.
  [/^丰富/, '采取情景模拟等方式丰富'],
  // Added by s536 (holdout 20): a measure written without its short title, opening on 积极争取将… (its 将 the 把 form,
  // no lead-in's); upkeep said as 维护 rather than 更新; 主动性 said of a response to concerns (no mindset of its own);
  // disclosure by the time limit (按照规定时限公开).
  [/^[^。，；]{2,12}。(?=积极争取将)/, ''],
  [/长期未更新/g, '长期未维护'],
  [/回应群众关切不够及时/g, '回应群众关切的主动性不强'],
  [/主动及时公开/g, '主动按照规定时限公开'],
]

function paraphrase(body: string): string {
  let out = body
  for (const [re, to] of PARAPHRASES) out = out.replace(re, to)
  return out
}

/** The title sentence's first two clauses swapped ("A，B。…" → "B，A。…"). */
function swapClauses(body: string): string {
  const stop = body.search(/[。！？]/)
  const head = stop < 0 ? body : body.slice(0, stop)
  const rest = stop < 0 ? '' : body.slice(stop)
  const clauses = head.split('，')
  if (clauses.length !== 2) return body
  return `${clauses[1]}，${clauses[0]}${rest}`
}

/** Typing slips real reports print (的/地, 及/即, 做/作, 参差/残差, 制/治): at most one of each per entry. */
const SLIPS: [string, string][] = [['的', '地'], ['及时', '即时'], ['做好', '作好'], ['参差', '残差'], ['制度', '治度'], ['公开', '公升']]

function typos(body: string): string {
  let out = body
  for (const [from, to] of SLIPS) out = out.replace(from, to)
  return out
}

const WORDINGS: Record<string, (b: string) => string> = { same: (b) => b, paraphrase, swap: swapClauses, typos }

export const ENUMERATION_NAMES = Object.keys(ENUMERATIONS)
export const BOUNDARY_NAMES = Object.keys(BOUNDARIES)
export const WORDING_NAMES = Object.keys(WORDINGS)

const hasNested = (src: SourceReport): boolean => [...src.problems, ...src.improvements].some((e) => NESTED.test(e.body))

/**
 * One variant: the report's entries in wording `wName`, enumeration `eName`, boundary `bName`, intro
 * `introAt`. Null where the form cannot hold the report (an unnumbered list of entries with sub-lists).
 */
export function formVariant(src: SourceReport, wName: string, eName: string, bName: string, introAt: number): Variant | null {
  const en = ENUMERATIONS[eName]!
  // An unnumbered list cannot hold an entry with its own sub-list: it would read as the list.
  if (en.unnumbered && hasNested(src)) return null
  const word = WORDINGS[wName]!
  const intro = INTROS[introAt % INTROS.length]!(src.year)
  const prep = en.prepare ?? ((b: string) => b)
  const problems = src.problems.map((e) => ({ body: prep(word(e.body)), categories: e.categories }))
  const improvements = src.improvements.map((e) => ({ body: prep(word(e.body)), categories: e.categories }))
  // Measures written without markers need a boundary that says where they start.
  const boundary = en.unnumbered && bName === 'none' ? 'next-step' : bName
  const text = BOUNDARIES[boundary]!(en.render(problems.map((e) => e.body)), en.render(improvements.map((e) => e.body)), src.year, intro)
  return { id: `${src.id}/${wName}/${eName}/${boundary}`, text, problems, improvements, priorDone: PRIOR_ONE.has(boundary) ? 1 : PRIOR_BOUNDARIES.has(boundary) ? 2 : 0 }
}

/** The pair form with last year's two fixes before it. */
const PRIOR_PAIRS = 'prior-then-pairs'

/** Each problem followed by its own measure, in the forms `pairVariants` writes (null where the counts differ). */
export function pairVariants(src: SourceReport, wName: string): Variant[] {
  if (src.problems.length !== src.improvements.length || src.problems.length < 2 || hasNested(src)) return []
  const word = WORDINGS[wName]!
  const problems = src.problems.map((e) => ({ body: oneSentence(word(e.body)), categories: e.categories }))
  const improvements = src.improvements.map((e) => ({ body: oneSentence(word(e.body)), categories: e.categories }))
  const at = (form: (p: string, m: string, i: number) => string, sep: string): string => problems.map((p, i) => form(p.body, improvements[i]!.body, i)).join(sep)
  const forms: Record<string, string> = {
    // Added by j13d (fourth holdout): each problem followed by its own measure ("一是…。对此，我局将…").
    'own-measure': at((p, m, i) => `${CN[i]}是${p}对此，我局将${m}`, '\n'),
    // Added by s5c (holdout 9): each numbered point holds 问题：… and 措施：… in turn.
    'wenti-cuoshi': at((p, m, i) => `${i + 1}.问题：${p}措施：${m}`, '\n'),
    // Added by s533 (holdout 17): last year's fixes under their own heading, then each numbered problem with 改进措施：.
    // Added by s537 (holdout 21): each numbered problem with its own bare 整改： on its line, or 对策： on the next line.
    'zhenggai-inline': at((p, m, i) => `${i + 1}.${p}整改：${m}`, '\n'),
    'duice-line': at((p, m, i) => `（${CN[i]}）${p}\n对策：${m}`, '\n'),
    // Added by s538 (holdout 22): a topic heading over each pair, 存在问题：/改进措施： on the lines under it; and each
    // problem followed by its measure in a paragraph of its own opened by 下一步，将.
    'topic-label': at((p, m, i) => `（${CN[i]}）第${CN[i]}方面\n存在问题：${p}\n改进措施：${m}`, '\n'),
    'next-step-paragraph': at((p, m, i) => `${CN[i]}是${p}\n下一步，将${m}`, '\n'),
    [PRIOR_PAIRS]: `（一）上年度问题整改情况\n${PRIOR_LIST}\n（二）存在的主要问题及改进措施\n${at((p, m, i) => `${i + 1}.${p}改进措施：${m}`, '\n')}`,
    ...Object.fromEntries(Object.entries(PAIR_FORMS).map(([name, form]) => [name, at(form, '')])),
  }
  return Object.entries(forms).map(([name, text]) => ({ id: `${src.id}/${wName}/${name}/none`, text, problems, improvements, priorDone: name === PRIOR_PAIRS ? 2 : 0 }))
}

/** Words of time a measure may open on, before its verb ("每季度开展…", "按月更新…"). */
const CADENCES = ['每季度', '按月', '同步', '每年']

/**
 * Added by s533: the problems numbered 1、2、…, then the measures numbered again from 1、 in a paragraph of
 * their own, no heading or lead-in between, each measure opening on a word of time rather than its verb.
 */
export function restartVariants(src: SourceReport, wName: string): Variant[] {
  if (src.problems.length < 2 || src.improvements.length < 2 || hasNested(src)) return []
  const word = WORDINGS[wName]!
  const problems = src.problems.map((e) => ({ body: word(e.body), categories: e.categories }))
  const improvements = src.improvements.map((e, i) => ({ body: `${CADENCES[i % CADENCES.length]}${word(e.body)}`, categories: e.categories }))
  const list = (entries: SourceEntry[]): string => entries.map((e, i) => `${i + 1}、${asItem(e.body)}`).join('')
  return [{ id: `${src.id}/${wName}/restart-cadence/none`, text: `${list(problems)}\n${list(improvements)}`, problems, improvements, priorDone: 0 }]
}

/**
 * The suite's variants: every enumeration in every wording would be 30 % more than before session 30 in a
 * test CI runs on every change, so three of each four (enumeration, wording) pairs are written, which
 * three turning with the report; every form still meets every wording across the reports. (The full
 * cross of forms is for sweeps outside Vitest: formVariant.)
 */
export function variantsOf(src: SourceReport, seed = src.id.length): Variant[] {
  const out: Variant[] = []
  let k = 0
  for (const [w, wName] of WORDING_NAMES.entries()) {
    for (const [e, eName] of ENUMERATION_NAMES.entries()) {
      if ((seed + w + e) % 4 === 0) continue
      const v = formVariant(src, wName, eName, BOUNDARY_NAMES[k % BOUNDARY_NAMES.length]!, k)
      if (v === null) continue
      k++
      out.push(v)
    }
    // The pair forms written since session 30 in the report's own wording only.
    out.push(...pairVariants(src, wName).filter((v) => w === 0 || !Object.keys(PAIR_FORMS).some((f) => v.id.includes(`/${f}/`))))
    out.push(...restartVariants(src, wName))
  }
  return out
}
