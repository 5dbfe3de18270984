// The 主动公开 count of the year (report-model.md `activeDisclosureItems`) and its change on last year
// (`activeDisclosureItemsChange`, docs/model-beyond-spec.md), as the prose states them. Counts of a
// sub-category, a channel, last year, a running total or a wider whole (全县各部门…) are not the year's.
import type { ExtractionNote } from '../model/extraction'
import { NUMBER_SOURCE } from './numbers-cn'
import { isEarlierYearFigure } from './prose-time'
import { periodQualifierBefore, periodNote } from './prose-period-qualifier'
import { approxWordAfter } from './prose-approx-after'
import { placeSubjectNotBody } from './prose-place-subject'
import { bodyItselfBefore, shareFigure, shareReading, wholeShareNote, type ShareTerms } from './own-share'
import { N, approxNote, best, clauseBefore, countValue, isNegated, isSubCount, isTableRowFigure, tableRowNote, unreadCountNote, type Candidate, type Sentence } from './metrics-sentences'

/** 主动公开/发布 … 政府信息 N 条 (the filler may name the publisher, not a sub-category). */
const ACTIVE_WITH_ZHUDONG = new RegExp(
  `主动(?:公开|发布|公布)了?([^，。；、：]{0,12}?)(?:政府信息|政务信息|信息)(?:数量|总数|总量|条数)?(?:共计|合计|总计|共|为|达)?${N}(?:条|件|篇)`,
  'g',
)
/** The same, not global: a test whether a sentence has such a count (no lastIndex to reset). */
const HAS_ACTIVE_WITH_ZHUDONG = new RegExp(ACTIVE_WITH_ZHUDONG.source)
/** 公开/公布/发布 (各类) 政府信息 N 条 — without 主动 the words 政府信息/政务信息 are required. */
const ACTIVE_PLAIN = new RegExp(
  `(?:公开|公布|发布)了?(?:各类|各项)?(?:政府信息|政务信息)(?:共计|合计|总计|共|达)?${N}(?:条|件|篇)`,
  'g',
)
/** 累计主动公开政府信息 N 条，其中本年新增 M 条: the year's new items (M) named as a part of a running total. */
const ACTIVE_NEW_OF_CUMULATIVE = new RegExp(`累计主动(?:公开|发布)[^。；]{0,20}?(?:条|件|篇)，其中((?:本年度?|今年|当年|\\d{4}年度?)?)新增(?:公开)?(?:政府信息|信息)?${N}(?:条|件|篇)`, 'g')
/** 主动公开政府信息约0.88万条 / 近9000条 / 超过8000条: an approximate count, no exact number stated. */
const ACTIVE_APPROX = new RegExp(`主动(?:公开|发布|公布)了?[^，。；、：\\d]{0,12}?(?:政府信息|政务信息|信息)(?:数量|总数|总量|条数)?(?:共计|合计|共|为|达)?(约|近|将近|接近|超过|逾|大约|多于)${N}(?:条|件|篇)`, 'g')
/** A publishing channel named before a count: 通过政府网站 / 依托“某某发布”微信公众号 / 在政府信息公开专栏. */
const CHANNEL_WORDS = '(?:网站|网|公报|专栏|平台|新媒体|公众号|微信|微博|抖音|视频号|客户端|头条号|报刊|报纸|电视|广播)'
const CHANNEL_BEFORE = new RegExp(`(?:通过|依托|利用|借助|在|经)[^，。；]{0,16}?${CHANNEL_WORDS}`)
/** A count of one channel in a sentence (通过政务新媒体发布信息3765条), to see whether several channels are listed. */
const CHANNEL_COUNT = new RegExp(`(?:通过|依托|利用|借助|在|经)[^，。；\\d]{0,16}?${CHANNEL_WORDS}[^，。；\\d]{0,16}?${N}(?:条|件|篇)`, 'g')
/** A comparison with last year, as the change on it is introduced (同比 / 较上年 / 比上年 / 与上年相比). */
const VS_LAST = '(?:同比|较上年度?|比上年度?|较去年|比去年|与上年度?相比，?|与去年相比，?)(?:同期)?'
const MORE_OR_LESS = '(增加|增长|上升|提高|减少|下降|降低)'
/**
 * 主动公开政府信息同比增加1,765条，达到8,765条 / 比上年增加1765条，共计8765条: the change on last
 * year first (in items, or in percent), then the year's total. Groups: 1 filler, 2 direction,
 * 3–5 the change in items, 6 the change in percent, 7 the word before the total, 8–10 the total.
 */
const ACTIVE_CHANGE_THEN_TOTAL = new RegExp(
  `主动(?:公开|发布|公布)了?([^，。；、：\\d]{0,12}?)(?:政府信息|政务信息|信息)(?:数量|总数|总量|条数)?${VS_LAST}${MORE_OR_LESS}了?(?:${N}(?:条|件|篇)|(${NUMBER_SOURCE})(?:%|％))，(?:总数|总量|数量|全年)?(累计达到|累计达|累计|达到|达|共计|合计|总计|共|为)${N}(?:条|件|篇)`,
  'g',
)
/** Right after the year's count: "，同比增加1,765条" (the change on last year, in items). */
const CHANGE_AFTER = new RegExp(`^，${VS_LAST}${MORE_OR_LESS}了?${N}(?:条|件|篇)(?=[。；，]|$)`)
/** The signed change in items, or null when it cannot be last year's (an increase above the total). */
function itemsChange(direction: string, raw: string | undefined, unit: string | undefined, approx: string | undefined, total: number): number | null {
  const v = countValue(raw, unit, approx)
  if (v === null) return null
  const less = /减少|下降|降低/.test(direction)
  return !less && v > total ? null : less ? -v : v
}

/** Filler words that make the count a sub-category of the year's total. */
const ACTIVE_SUBCATEGORY = /重点|领域|政策|文件|解读|动态|人事|财政|预决算|专栏|公告|通知|规划|项目|民生|回应|图解|视频|新媒体|公众号|微信|微博|历史|存量|累计/

/** Whether a 主动公开 count at `index` (its match `filler` and `end`) is not the year's total. */
function notYearsTotal(s: string, index: number, end: number, filler: string, year: number | null): boolean {
  if (ACTIVE_SUBCATEGORY.test(filler)) return true
  if (isNegated(s, index) || isSubCount(s, index)) return true
  // Last year's figure beside this year's ("上年度本局主动公开政府信息7,000条，本年度…").
  if (isEarlierYearFigure(s, end, year)) return true
  const before = clauseBefore(s, index)
  // A count for one channel (the new-media accounts) is not the year's total.
  if (/新媒体|公众号|微信|微博|抖音|视频号|客户端/.test(before + filler)) return true
  // A running total over years (累计…, 截至年底…), a part of the year or an average is not the year's figure,
  // even when alone (prose-period-qualifier.ts).
  return periodQualifierBefore(s, index, year) !== null
}

/**
 * Whether the count at `index` is one channel's among several the sentence lists (「通过政府网站主动公开…
 * 5000条，通过政务新媒体发布信息3765条」): one channel's count is not the year's total (review-s7 k04).
 * A channel named alone is the count as the report gives it. `period` is the sentence up to its 。
 * (sentences are cut at ； too, and the channels may be listed across one).
 */
function oneChannelAmongSeveral(s: string, period: string, index: number, filler: string): boolean {
  if (!CHANNEL_BEFORE.test(clauseBefore(s, index) + filler)) return false
  let channels = 0
  for (const m of period.matchAll(CHANNEL_COUNT)) if (!isSubCount(period, m.index)) channels++
  return channels >= 2
}

/** Each sentence with the ones it is joined to by ；: the whole sentence up to its 。. */
function periods(sentences: Sentence[]): string[] {
  const out: string[] = []
  let from = 0
  for (let i = 0; i < sentences.length; i++) {
    if (/；$/.test(sentences[i]!.compact) && i + 1 < sentences.length) continue
    const whole = sentences.slice(from, i + 1).map((x) => x.compact).join('')
    for (let k = from; k <= i; k++) out.push(whole)
    from = i + 1
  }
  return out
}

/** Parts right after a total that name 主动公开 among them, as a part's own label: 「，其中主动公开4119条」
 *  「（其中依申请公开415条，主动公开…」 — not a category 「其他应主动公开政府信息…」, nor words after the parts. */
const ACTIVE_AMONG_PARTS = /^[，,（]?其中(?:[^。；）]*?[，、,])?主动(?:公开|发布|公布)/
/** The 主动公开 part among them: 「其中主动公开4119条」「，主动公开政府信息5046条」. */
const ACTIVE_PART = new RegExp(`(?:其中|[，、,])主动(?:公开|发布|公布)了?(?:各类)?(?:政府信息|政务信息|信息)?(?:数量)?(?:共计|共|为|达)?${N}(?:条|件|篇)`)

/** A wider whole than the reporting body: 「全县各部门共主动公开…」 (a department's report quoting its county). */
const WIDER_WHOLE = /全(?:县|市|区|省|州|旗|盟)(?:范围内)?(?:各级|各部门|各单位|各乡镇|各街道|各地|政府部门|各级各部门)/
/** The body's own part of that whole: 「其中本局主动公开8765条」. */
const OWN_PART = new RegExp(`其中(?:本|我)(?:局|委|办|中心|单位|部门|院|厅|署|所|站|队|馆|会|镇|乡|街道)(?:本级)?[^，。；]{0,8}?(?:主动)?(?:公开|发布|公布)[^，。；\d]{0,10}?${N}(?:条|件|篇)`)

/** A share's words and a 主动公开 count, for the reading of a whole with a share (own-share.ts):
 *  「（本级）主动公开政府信息（4321条）」. */
const SHARE_TERMS: ShareTerms = {
  verb: '(?:主动)?(?:公开|发布|公布)?了?(?:各类)?(?:政府信息|政务信息|信息)?',
  units: '条|件|篇',
  count: [ACTIVE_WITH_ZHUDONG.source, ACTIVE_PLAIN.source],
}

/** Where the verb of a 主动公开 count starts: its match's start, after a 主动 before it (the plain pattern
 *  matches from 公开), or inside the filler when a heading's 主动公开 is glued before the count's own verb
 *  (「主动公开情况县本级主动公开政府信息…」). */
function verbStart(s: string, index: number, filler: string): number {
  if (/公开|发布|公布/.test(filler)) {
    const fillerEnd = s.indexOf(filler, index) + filler.length
    const inner = /(?:主动)?(?:公开|发布|公布)了?(?:各类)?$/.exec(s.slice(0, fillerEnd))
    if (inner) return fillerEnd - inner[0].length
  }
  return /主动$/.test(s.slice(0, index)) ? index - 2 : index
}

/** The count ending at `end` as quoted in a note (the same for 主动公开… and 公开… matched at one figure). */
function figureOf(s: string, end: number, value: number | null): string {
  return value === null ? s.slice(Math.max(0, end - 12), end) : `${value.toLocaleString('en-US')}${s[end - 1] ?? ''}`
}

/** The year's 主动公开 count; `agency` is the report's body (null when unknown). */
export function activeDisclosure(sentences: Sentence[], year: number | null, notes: ExtractionNote[], agency: string | null = null): Candidate | undefined {
  const cands: Candidate[] = []
  /** Why figures the prose states were not read as the year's: said only when no count is read. */
  const unread: string[] = []
  const whole = periods(sentences)
  /** Table rows already noted (sentence:end of the figure). */
  const rowsNoted = new Set<string>()
  for (const [i, { compact: s, printed }] of sentences.entries()) {
    const period = whole[i] ?? s
    /** The whole wider than the body named as the subject of the count at `index`, or null. The subject
     *  stands right before the verb: before 主动 (公开政府信息… is also matched after it), or inside the
     *  filler when a heading's 主动公开 is glued before (「主动公开情况全市共主动公开…」). */
    const widerOf = (index: number, filler: string): string | null => {
      const upTo = /公开|发布|公布/.test(filler) ? s.indexOf(filler, index) + filler.length : index
      const head = s.slice(0, upTo).replace(/主动(?:公开|发布|公布)?了?$|(?:公开|发布|公布)了?$/, '')
      return placeSubjectNotBody(head, head.length, agency)
    }
    /** Whether the count at `index` is the year's total; when not, a running total or one channel's count is noted. */
    const refused = (index: number, end: number, filler: string, value: number | null): boolean => {
      // 「主动公开政府信息 4800条 5200条」: a table row of two years, not a sentence (review rv20b W13).
      if (isTableRowFigure(s, end)) {
        // Said once for the row (主动公开政府信息… and 公开政府信息… end at the same figure).
        if (!rowsNoted.has(`${i}:${end}`)) unread.push(tableRowNote('主动公开数量', s, index, end))
        rowsNoted.add(`${i}:${end}`)
        return true
      }
      const shown = value === null ? '' : ` ${value.toLocaleString('en-US')} 条`
      if (oneChannelAmongSeveral(s, period, index, filler)) {
        unread.push(`正文分渠道列出主动公开数量，未给出全年合计；单一渠道的数量${shown}不是本机关全年主动公开总数，未读取。（原句：${printed}）`)
        return true
      }
      // 「全县共主动公开政府信息78810条」 in a department's report: the county's count, not the body's (rv20b W11).
      const wider = widerOf(index, filler)
      if (wider) {
        unread.push(`正文所述主动公开数量${shown}是“${wider}”的合计，不是本机关（${agency}）的数量，未读取。（原句：${printed}）`)
        return true
      }
      // 「50000条左右」: an estimate, no exact number (hr38 F3).
      const approx = approxWordAfter(s, end)
      if (approx && !isNegated(s, index) && !isSubCount(s, index)) {
        unread.push(approxNote('主动公开数量', `${figureOf(s, end, value)}${approx}`, printed))
        return true
      }
      if (!notYearsTotal(s, index, end, filler, year)) return false
      const qualifier = periodQualifierBefore(s, index, year)
      if (qualifier && !isNegated(s, index) && !isSubCount(s, index)) unread.push(periodNote('主动公开数量', figureOf(s, end, value), qualifier, printed))
      return true
    }
    // A department's report quoting its county's total and then its own part: the part is the body's.
    const wider = WIDER_WHOLE.test(s) && HAS_ACTIVE_WITH_ZHUDONG.test(s)
    const own = wider ? OWN_PART.exec(s) : null
    if (wider) {
      const value = own ? countValue(own[1], own[2], own[3]) : null
      if (value !== null) cands.push({ value, sentence: printed, penalty: -1 })
      else notes.push({ field: 'metrics.activeDisclosureItems', message: `正文所述主动公开数量是全县（市、区）各部门的合计，不是本机关的数量，未读取。（原句：${printed}）` })
      continue
    }
    ACTIVE_CHANGE_THEN_TOTAL.lastIndex = 0
    for (let m = ACTIVE_CHANGE_THEN_TOTAL.exec(s); m; m = ACTIVE_CHANGE_THEN_TOTAL.exec(s)) {
      const total = countValue(m[8], m[9], m[10])
      if (refused(m.index, m.index + m[0].length, m[1] ?? '', total)) continue
      if (total === null) {
        const rounded = unreadCountNote('主动公开数量', m[8], m[9], m[10], printed)
        if (rounded) unread.push(rounded)
        continue
      }
      const items = countValue(m[3], m[4], m[5])
      if (/累计/.test(m[7] ?? '')) {
        // "比上年增加1765条，累计达8765条": 累计 may be the running total of all years, not the year's.
        notes.push({ field: 'metrics.activeDisclosureItems', message: `正文所述主动公开政府信息“${m[7]} ${total.toLocaleString('en-US')} 条”可能是历年累计数，未作为本年数量读取。（原句：${printed}）` })
        continue
      }
      const change = m[3] !== undefined ? itemsChange(m[2] ?? '', m[3], m[4], m[5], total) : null
      if (items !== null && change === null) {
        notes.push({ field: 'metrics.activeDisclosureItemsChange', message: `正文称主动公开政府信息比上年增加 ${items.toLocaleString('en-US')} 条，多于本年总数 ${total.toLocaleString('en-US')} 条，增减未读取。（原句：${printed}）` })
      }
      cands.push({ value: total, change, sentence: printed, penalty: 0, ...(m[10] ? { approx: true } : {}) })
    }
    for (const re of [ACTIVE_WITH_ZHUDONG, ACTIVE_PLAIN]) {
      re.lastIndex = 0
      for (let m = re.exec(s); m; m = re.exec(s)) {
        const withFiller = re === ACTIVE_WITH_ZHUDONG
        const filler = withFiller ? (m[1] ?? '') : ''
        const end = m.index + m[0].length
        const [numRaw, unit, approx] = withFiller ? [m[2], m[3], m[4]] : [m[1], m[2], m[3]]
        const value = countValue(numRaw, unit, approx)
        // 「全年公开政府信息4534条，其中主动公开4119条，依申请公开415条」: a total of all the information
        // disclosed, with 主动公开 as one of its parts: the part is the count (rv20b W4).
        // 「主动公开情况本年度公开政府信息…，其中主动公开…」: a heading's 主动 glued before a total with a verb
        // of its own; the plain pattern reads that total's parts (below), not this match.
        if (withFiller && /公开|发布|公布/.test(filler) && ACTIVE_AMONG_PARTS.test(s.slice(end))) continue
        if (!withFiller && !/主动$/.test(s.slice(0, m.index)) && ACTIVE_AMONG_PARTS.test(s.slice(end))) {
          if (refused(m.index, end, '', value)) continue
          const part = ACTIVE_PART.exec(s.slice(end))
          const partValue = part && !part[3] ? countValue(part[1], part[2], part[3]) : null
          if (partValue !== null) cands.push({ value: partValue, sentence: printed, penalty: 0 })
          else unread.push(`正文所述“${m[0]}”是公开的全部政府信息（主动公开只是其中一部分），不是主动公开数量；同句未给出主动公开的确切数字，未读取。（原句：${printed}）`)
          continue
        }
        // 「全市主动公开政府信息98765条，本级主动公开4321条」, the share in a sentence of its own, first, as a
        // percentage, or a part of other bodies (「其中区县…」): a whole holding a part (hr37 G2, ps38). The
        // share's own count is judged with its whole; the whole gives the share only where the share names
        // the body itself and the whole is wider than the body (「全市…，本局…」 in a department's report).
        const verbAt = verbStart(s, m.index, filler)
        const ws = shareReading((sentences[i - 1]?.compact ?? '') + s.slice(0, verbAt), s.slice(end) + (sentences[i + 1]?.compact ?? ''), SHARE_TERMS)
        if (ws?.role === 'share') continue
        if (ws && !isTableRowFigure(s, end)) {
          if (notYearsTotal(s, m.index, end, filler, year)) continue
          const figure = shareFigure(ws.share, { wider: widerOf(m.index, filler) !== null, bodyItself: bodyItselfBefore(s.slice(0, verbAt)) })
          if (typeof figure === 'number') {
            cands.push({ value: figure, sentence: printed, penalty: 0 })
            continue
          }
          if (figure === null) {
            // Said once: 「公开政府信息…」 inside 「主动公开政府信息…」 is the same count.
            if (withFiller || !/主动$/.test(s.slice(0, m.index))) unread.push(wholeShareNote('主动公开数量', m[0], ws, '条', printed))
            continue
          }
        }
        if (refused(m.index, end, filler, value)) continue
        if (value === null) {
          const rounded = unreadCountNote('主动公开数量', numRaw, unit, approx, printed)
          if (rounded) unread.push(rounded)
          continue
        }
        // "…8,765条，同比增加1,765条": the change on last year right after the count.
        const after = CHANGE_AFTER.exec(s.slice(end))
        const change = after ? itemsChange(after[1] ?? '', after[2], after[3], after[4], value) : null
        cands.push({ value, change, sentence: printed, penalty: 0, ...(approx ? { approx: true } : {}) })
      }
    }
    ACTIVE_NEW_OF_CUMULATIVE.lastIndex = 0
    for (let m = ACTIVE_NEW_OF_CUMULATIVE.exec(s); m; m = ACTIVE_NEW_OF_CUMULATIVE.exec(s)) {
      const value = countValue(m[2], m[3], m[4])
      if (value === null || isNegated(s, m.index)) continue
      // The new part is the year's only where its year is the report's (其中2022年新增 / 本年新增).
      const named = /^(\d{4})/.exec(m[1] ?? '')
      const ofThisYear = named ? year !== null && Number(named[1]) === year : m[1] !== ''
      if (ofThisYear) cands.push({ value, sentence: printed, penalty: 0, ...(m[4] ? { approx: true } : {}) })
      else {
        const when = named ? `${named[1]} 年` : '未说明年度'
        unread.push(`正文所述累计主动公开数量中“新增 ${value.toLocaleString('en-US')} 条”${named ? `是 ${when}的` : when}，不能确定是本年数量，未读取。（原句：${printed}）`)
      }
    }
  }
  const pick = best(cands)
  if (!pick) {
    for (const { compact: s, printed } of sentences) {
      for (const m of s.matchAll(ACTIVE_APPROX)) {
        if (!isNegated(s, m.index) && !isSubCount(s, m.index)) unread.push(`正文所述主动公开数量是约数（“${m[1]}${m[2]}${m[3] ?? ''}…”），没有确切数字，未读取。（原句：${printed}）`)
      }
    }
  }
  if (!pick) for (const message of new Set(unread)) notes.push({ field: 'metrics.activeDisclosureItems', message })
  // 「8700余条」: the report gives a lower bound; the digits are kept as printed (report-model.md), and said so.
  if (pick?.approx) notes.push({ field: 'metrics.activeDisclosureItems', message: `正文所述主动公开数量是约数（“${pick.value.toLocaleString('en-US')} 余/多条”），按印出的数字记录，实际数量多于此数。（原句：${pick.sentence}）` })
  return pick
}
