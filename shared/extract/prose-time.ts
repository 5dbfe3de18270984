// Which year a figure in a sentence belongs to. Reports often give last year's figure beside this
// year's ("上年度本局主动公开政府信息7,000条，本年度主动公开政府信息8765条"; "较上年的6,000件"):
// a figure governed by 上年/去年/上一年度 (or by the year before the report's) is never this year's.
// Pure: works on the compact text the metric patterns read.

/**
 * 上年/上年度/上一年/去年/前一年 — but not 上年结转 (this year's carried-over requests) nor
 * "在上年工作基础上" (what this year built on).
 */
const EARLIER = /(?:上一?年度?|去年|前一年)(?!度?结转|度?(?:工作)?的?(?:基础|成果|经验))/g
/**
 * This year's words. 全年 ("the whole year") only where it opens a clause: "上年12345热线全年话务量"
 * is last year's whole year.
 */
const THIS_YEAR = /本年度?|今年|(?:^|(?<=[，；：]))全年|当年|本年内/g
/** A year written in digits: 2021年 / 2021年度. */
const DIGIT_YEAR = /(\d{4})年/g
/** A comparison opens with 较/比/与/同 before 上年 (较上年, 比去年同期, 与上年相比). */
const COMPARISON_BEFORE = /[较比与同]$/
/** 同比/环比: a change on an earlier period follows. */
const COMPARISON = /同比|环比/g

type Marker = { at: number; kind: 'earlier' | 'this' | 'comparison' }

/** Text inside 《…》 names a document ("《2021年政务公开工作要点》"), not the year of a figure. */
function blankTitles(s: string): string {
  return s.replace(/《[^》]*》/g, (m) => ' '.repeat(m.length))
}

function markers(head: string, reportYear: number | null): Marker[] {
  const out: Marker[] = []
  for (const m of head.matchAll(EARLIER)) {
    const before = head.slice(0, m.index)
    out.push({ at: m.index!, kind: COMPARISON_BEFORE.test(before) ? 'comparison' : 'earlier' })
  }
  for (const m of head.matchAll(COMPARISON)) out.push({ at: m.index!, kind: 'comparison' })
  for (const m of head.matchAll(THIS_YEAR)) out.push({ at: m.index!, kind: 'this' })
  if (reportYear !== null) {
    for (const m of head.matchAll(DIGIT_YEAR)) {
      const y = Number(m[1])
      // "2021年至2022年" names a span ending this year; a later year is not a figure's year.
      if (y === reportYear) out.push({ at: m.index!, kind: 'this' })
      else if (y < reportYear && y >= reportYear - 5 && !/^(?:年度?)?(?:至|到|—|-|～|~)/.test(head.slice(m.index! + m[0].length))) {
        out.push({ at: m.index!, kind: 'earlier' })
      }
    }
  }
  return out.sort((a, b) => a.at - b.at)
}

/**
 * True when the figure at `index` of `sentence` is an earlier year's: the last year word before it
 * in the sentence is 上年/去年/上一年度 (or a year before `reportYear`), or a comparison (较上年,
 * 比去年) opens its own clause before it ("较上年增加主动公开政府信息1,200条" is a change).
 */
export function isEarlierYearFigure(sentence: string, index: number, reportYear: number | null = null): boolean {
  const head = blankTitles(sentence.slice(0, index))
  const last = markers(head, reportYear).at(-1)
  if (!last) return false
  if (last.kind === 'earlier') return true
  if (last.kind === 'this') return false
  // A comparison governs only within its clause.
  return !/[，：；]/.test(head.slice(last.at))
}
