// The numbered lists of section 五: every marker style reports use (一是, （一）, (1), 1. 1、, 一、, ①,
// 首先/其次/此外), the top-level list among nested ones, the numbering slips real reports print (a
// number repeated or skipped), and a second list of measures that starts again at 1.
import { intValue, toHalfWidthDigits } from './numbers-cn'
import { LOOSE_MARKER, looseMarkerNumber } from './loose-list-markers'
import { PROBLEM_PREDICATE } from './problem-predicate'

/** Between two paragraphs (a line that ends a sentence, then another line): kept for unnumbered lists. */
export const PARAGRAPH = '\u0002'

interface Marker {
  pos: number
  /** Where the item's own words start (after the marker). */
  end: number
  n: number
}
interface Style {
  re: RegExp
  /** Characters allowed right before a marker. */
  before: RegExp
  /** Accept a list of a single item in this style. */
  single: boolean
  /** Markers that may also follow a comma (a comma printed where a semicolon belongs). */
  afterComma?: RegExp
  /** The marker's number (default: the first group read as a number); NEXT = whatever comes next. */
  num?: (m: RegExpExecArray) => number
}

/** 此外/另外/最后 continue a 首先/其次 list, whatever its count. */
const NEXT = -1
// 再者 as a third point (首先…其次…再者…), whatever its count, like 此外.
/**
 * 同时 opening a sentence after a 首先/其次 or 一方面/另一方面 list, as its last marker, is its last point
 * ("首先，…。其次，…。同时，…。"); before another marker of the list it only goes on with the point before.
 */
const LAST_ONLY = -2
const ORDINAL_WORDS: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 再者: NEXT, 此外: NEXT, 另外: NEXT, 最后: NEXT, 同时: LAST_ONLY }
/** 一方面…另一方面 (a pair); 比如/例如…又如/再如 (examples listed as the points themselves). */
const PAIR_WORDS: Record<string, number> = { 一方面: 1, 另一方面: 2, 比如: 1, 例如: 1, 又如: NEXT, 再如: NEXT, 同时: LAST_ONLY }

const CN_ORD = '([一二三四五六七八九十]{1,3})'
const STYLES: Style[] = [
  // 二时 for 二是: a slip of the pinyin keyboard (shi), read from the second item on (一时 is a word).
  // 将 may stand right before it where the lead-in lost its colon ("针对这些问题，我镇将一是…，二是…").
  {
    // OCR's slips too: 走 read for 是 (from the second item on: 一走 may be words), a space between the
    // numeral and 是 ("三 是"), and the letter o read for the 。 before it.
    // 足 read for 是 as well ("二足…"; 十足, 三足鼎立 are words), and a dash read for 一 ("—是…", one dash only).
    // 昰 (a variant form of 是 OCR and old fonts print) stands for 是; an ASCII hyphen for the dash ("-是").
    re: /([一二三四五六七八九十]{1,3})[ \u3000]?[是昰]|(?<![—－\-\w])[—－\-](?![—－\-])[ \u3000]?[是昰]|([二三四五六七八九十]{1,3})(?:时(?![间期候刻段节])|走(?![访进出向过近路廊])|(?<!十)足(?![够球迹以鼎]))/g,
    // 有 too: the list run into its lead with no colon ("存在的不足主要有一是…，二是…").
    before: /^$|[。；;：:，,！？!?\s、）)将有o]$/,
    single: true,
    num: (m) => (m[1] ?? m[2] ? (intValue(m[1] ?? m[2] ?? '') ?? 0) : 1),
  },
  { re: new RegExp(`[（(]${CN_ORD}[）)]`, 'g'), before: /^$|[。；;：:！？!?\s]$/, single: true },
  // 一要…二要… (measures said as duties: "今后，我们一要加强…；二要…").
  // The body may stand right before it ("分局一要…；二要…"): the list needs two items anyway.
  { re: new RegExp(`${CN_ORD}要(?!求)`, 'g'), before: /^$|[。；;：:，,！？!?\s]$|\p{Script=Han}$/u, single: false },
  { re: /[（(](\d{1,2})[）)]/g, before: /^$|[。；;：:！？!?\s]$/, single: false },
  // 1）2）: a closing bracket only.
  { re: /(\d{1,2})[）)](?!\d)/g, before: /^$|[。；;：:！？!?\s]$/, single: false },
  // 1. 2. (a digit may follow only as a year: "3.2024年受理…", or as a hotline or telephone number of five
  // digits or more, no decimal that long: "4.12329热线…"); full-width ２． as typed in Chinese text.
  {
    re: /([\d０-９]{1,2})[、.．](?:(?![\d０-９])|(?=\d{4}年)|(?=\d{5,}(?![\d.．%])))/g,
    before: /^$|[。；;：:！？!?\s]$/,
    single: false,
    num: (m) => Number(toHalfWidthDigits(m[1] ?? '')),
  },
  { re: new RegExp(`${CN_ORD}、`, 'g'), before: /^$|[。；;：:！？!?\s]$/, single: false },
  { re: /[①-⑩]/g, before: /^$|[。；;：:！？!?\s]$/, single: false, num: (m) => m[0].charCodeAt(0) - 0x2460 + 1 },
  // 问题一：…问题二：…, 措施1：…, 整改一：…: the points named by their kind and number.
  { re: /(?:问题|措施|举措|整改)([一二三四五六七八九十]{1,3}|\d{1,2})[：:]/g, before: /^$|[。；;：:！？!?\s]$/, single: false },
  // 其一，…其二，… (after a comma too: "还存在不足，其一，…").
  { re: new RegExp(`其${CN_ORD}[，,、：:]`, 'g'), before: /^$|[。；;：:，,！？!?\s]$/, single: false },
  // 第一，第二，… (第一时间, 第二十条 are no markers: a comma or colon must follow).
  { re: new RegExp(`第${CN_ORD}[，,、：:]`, 'g'), before: /^$|[。；;：:！？!?\s]$/, single: false },
  {
    // 首先是/其次是/再次是/最后是 too, 是 run on to the point's words ("首先是公开栏…"), and 第三是 among them.
    // 第三，/第四， among them too ("首先，…其次，…第三，…最后，…"): 第一/第二 are their own style's.
    re: /(首先|其次|再次|再者|此外|另外|最后|(?<=[。；;]\s*)同时)(?:[，,：:]|(?<=首先|其次|再次|最后)是(?=\p{Script=Han}|[“"]))|第([一二三四五六七八九十])是(?=\p{Script=Han}|[“"])|第([三四五六七八九十])[，,：:]/gu,
    before: /^$|[。；;：:！？!?\s]$/,
    // "…；此外，A，另外，B": the words that only continue a list started by 首先 (a list of them needs its 首先).
    afterComma: /^(?:此外|另外|再次|再者|最后)/,
    single: false,
    num: (m) => (m[2] ?? m[3] ? (intValue(m[2] ?? m[3] ?? '') ?? 0) : (ORDINAL_WORDS[m[1] ?? ''] ?? 0)),
  },
  // "我乡一方面将完善…；另一方面将保持…": the pair is a list wherever it stands (never a single item).
  {
    // Its words may follow at once ("一方面统一答复模板，另一方面加强培训"); 这一方面 is no marker.
    re: /(?<![这那每某此])(另一方面|一方面)(?:[，,：:]|(?=\p{Script=Han}))|(?<=[。；;]\s*)(同时)[，,]/gu,
    before: /^$|[。；;：:，,！？!?\s]$|\p{Script=Han}$/u,
    single: false,
    num: (m) => PAIR_WORDS[m[1] ?? m[2] ?? ''] ?? 0,
  },
  // "…存在一些短板，比如…；又如…；再如…": each example is a point.
  { re: /(比如|例如|又如|再如)/g, before: /^$|[。；;：:，,！？!?\s]$/, single: false, num: (m) => PAIR_WORDS[m[1] ?? ''] ?? 0 },
  // Loose markers (OCR's "l.…", "2,…"; "1 …"): at a line's start only; last, so a clean list of the same start wins.
  { re: LOOSE_MARKER, before: /^$|\n$/, single: false, num: looseMarkerNumber },
]

function markersOf(text: string, style: Style): Marker[] {
  const out: Marker[] = []
  style.re.lastIndex = 0
  for (let m = style.re.exec(text); m; m = style.re.exec(text)) {
    const prev = text.slice(Math.max(0, m.index - 1), m.index).replace(PARAGRAPH, '\n')
    const comma = style.afterComma !== undefined && /[，,]/.test(prev) && style.afterComma.test(m[0])
    if (!style.before.test(prev) && !comma) continue
    out.push({ pos: m.index, end: m.index + m[0].length, n: style.num ? style.num(m) : (intValue(m[1] ?? '') ?? 0) })
  }
  return out
}

/**
 * The top-level list: 1, 2, 3 … in order. A restart at 1 after the list began opens a sub-list,
 * which keeps its own count; a marker that both could continue is given to the top level.
 * A sub-list that the top level's next number closes while it holds only its 1 was no sub-list: a
 * number repeated ("一是…；一是…；二是…"), kept as an item of the top level; so was one that the number
 * after the next closes ("一是…；一是…；三是…").
 */
function chainOf(markers: Marker[]): Marker[] {
  const first = markers.findIndex((m) => m.n === 1)
  if (first < 0) return []
  const chain: Marker[] = [markers[first] as Marker]
  let nested = 0 // last number of the open sub-list, 0 = none
  let opened: Marker | null = null // the sub-list's first marker
  for (const [i, m] of markers.slice(first + 1).entries()) {
    if (m.n === LAST_ONLY && first + 1 + i !== markers.length - 1) continue
    const last = (chain[chain.length - 1] as Marker).n
    const expected = last + 1
    // "首先，…。另外，…。其次，…": an 另外/此外 before the list's own next word (其次) goes on with the point before.
    if (m.n === NEXT && markers.slice(first + 2 + i).some((x) => x.n === expected)) continue
    if (m.n === expected || m.n === NEXT || m.n === LAST_ONLY) {
      if (nested === 1 && opened) chain.push(opened)
      chain.push({ ...m, n: expected })
      nested = 0
      opened = null
    } else if (nested === 1 && opened && m.n === expected + 1) {
      // "一是…；一是…；三是…": the repeated 1 held only itself when the number after the next came, so it
      // was the top level's 2 misprinted, not a sub-list (the slip and the skip are one slip).
      chain.push(opened, m)
      nested = 0
      opened = null
    } else if (m.n === 1) {
      nested = 1
      opened = m
    } else if (nested > 0 && m.n === nested + 1) nested = m.n
    // The numbering typos of real reports, outside a sub-list: a number repeated or one skipped.
    else if (nested === 0 && (m.n === last || m.n === expected + 1)) chain.push(m)
  }
  // Likewise at the end ("一是…；一是…。"): a sub-list of one item is no list.
  if (nested === 1 && opened) chain.push(opened)
  return chain
}

/** What a planned measure's title starts with (after its marker): a verb of doing (更新 only after
 *  及时/定期/动态: a problem may start "更新要求与…"); 争取, and 申请 after 积极/主动, as in "积极争取将…经费纳入
 *  预算" (real), whose 将 is the 把 form, no body's will (session 36). */
export const MEASURE_START =
  /^(?:[，,、\s]*)(?:并|同时)?(?:要|将|我们将)?(?:继续|持续|进一步|着力|切实|不断|全面|积极|认真|大力|努力|坚持|及时){0,2}(?:贯彻|加强|强化|完善|推进|推动|提升|提高|丰富|加大|深化|建立|健全|规范|扩大|优化|探索|拓宽|拓展|落实|做好|抓好|创新|注重|严格|加快|发挥|开设|开展|建设|统一|整合|明确|压实|夯实|用好|聚焦|围绕|丰富|畅通|增强|制定|推出|推行|实行|实施|组织|开通|设立|增设|制作|编制|修订|设置|邀请|利用|运用|采用|引入|督促|召开|举办|梳理|整合|清理|配齐|配强|充实|细化|参加|厘清|理顺|配备|启动|联合|会同|依托|借助|补齐|增加|打通|对接|稳定(?!性)|(?<=及时|定期|动态)更新|争取|(?<=积极|主动)申请)/

/**
 * Problems and measures listed one after the other with no heading or transition between them
 * (一是…二是… 一是加强…二是完善…): where the list starts again at 1 with a measure while it began
 * with a problem, the measures begin. Null when there is no such restart.
 */
export function measuresRestart(text: string): number | null {
  for (const style of STYLES) {
    const markers = markersOf(text, style)
    const first = markers.findIndex((m) => m.n === 1)
    if (first < 0 || markers.length < 2) continue
    const itemAt = (m: Marker): string => text.slice(m.end, m.end + 30)
    if (MEASURE_START.test(itemAt(markers[first]!))) continue
    const saysFault = (m: Marker): boolean => PROBLEM_PREDICATE.test(firstSentence(text.slice(m.end)))
    const problemFirst = saysFault(markers[first]!)
    for (const [i, m] of markers.slice(first + 1).entries()) {
      if (m.n !== 1) continue
      if (MEASURE_START.test(itemAt(m))) return m.pos
      // A verb the list above does not know ("1、坚持…", "1、每月公开…"): the restart still opens the measures
      // where it opens a paragraph of a list of its own (a 2 after it), the list began with a fault said, and
      // its first point says none (a sub-list under a problem goes on in that problem's paragraph).
      const ownList = markers.slice(first + 2 + i).some((x) => x.n === 2)
      if (problemFirst && ownList && paragraphStart(text, m.pos) && !saysFault(m)) return m.pos
    }
  }
  return styleChange(text)
}

/** An item's words up to its first full stop or semicolon. */
const firstSentence = (item: string): string => item.slice(0, item.search(/[。；;！？]|$/))

const paragraphStart = (text: string, at: number): boolean => at === 0 || /[\n\u0002]/.test(text.slice(at - 1, at))

/**
 * The measures as a paragraph of their own in another marker style ("首先…；其次…；最后…。" then, on a
 * new line, "第一、厘清…；第二、…"): a list that begins with a problem (one item may be numbered
 * alone, "1、…"), then a paragraph that opens a list of two or more items of another style at 1 with a
 * measure.
 */
function styleChange(text: string): number | null {
  const itemAt = (m: Marker): string => text.slice(m.end, m.end + 30)
  const lists = STYLES.map((style) => chainOf(markersOf(text, style))).filter((c) => c.length >= 1)
  for (const later of lists) {
    if (later.length < 2) continue
    const one = later[0]!
    if (!paragraphStart(text, one.pos) || !MEASURE_START.test(itemAt(one))) continue
    const before = lists.some((c) => c !== later && c[0]!.pos < one.pos && c[c.length - 1]!.pos < one.pos && !MEASURE_START.test(itemAt(c[0]!)))
    if (before) return one.pos
  }
  return null
}

/**
 * "一是…；二是…。此外，…": a point added after a list of another style, opening its own sentence,
 * is the list's next item.
 */
const BESIDES = /(?<=[。；;！？!?\n\u0002])\s*(?:此外|另外)[，,]/g

function besidesAfter(text: string, from: number): Marker[] {
  BESIDES.lastIndex = from
  const out: Marker[] = []
  for (let m = BESIDES.exec(text); m; m = BESIDES.exec(text)) out.push({ pos: m.index, end: m.index + m[0].length, n: NEXT })
  return out
}

export function numberedItems(text: string): string[] | null {
  let bestChain: Marker[] = []
  let bestStart = Infinity
  for (const style of STYLES) {
    const chain = chainOf(markersOf(text, style))
    if (chain.length === 0 || (chain.length < 2 && !style.single)) continue
    const start = (chain[0] as Marker).pos
    if (start < bestStart) {
      bestStart = start
      bestChain = chain
    }
  }
  if (bestChain.length === 0) return null
  const chain = [...bestChain, ...besidesAfter(text, bestChain[bestChain.length - 1]!.end)]
  return chain.map((m, i) => text.slice(m.pos, chain[i + 1]?.pos ?? text.length).trim())
}
