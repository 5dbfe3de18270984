// Prose figures whose digits are set apart by spaces (「申请1 1 5件」「同比增长 2 4.64%」「 1 2 3 45政务服务
//热线」: a file that places each character on its own, as some OFD and PDF producers do, or digits
// grouped by spaces): the sentence's figure is not read — which digits make one number is not
// printed — and the metric left empty says so, instead of going empty without a word.
import type { Metrics } from '../model/report'
import type { ExtractionNote } from '../model/extraction'

/** Words that name each metric's sentence (the template's wording, not any one report's). */
const RANK = /指数|排名|位列|名次/
const HOTLINE = /热线|12345|来电/
const CUES: [keyof Metrics, RegExp, string][] = [
  ['activeDisclosureItems', /主动公开/, '主动公开信息数量'],
  ['requestsReceived', /公开申请|收到.{0,6}申请/, '政府信息公开申请数量'],
  ['indexRank', RANK, '政务公开指数排名'],
  ['indexRankOf', RANK, '参评单位数'],
  ['hotlineCalls', HOTLINE, '12345 热线受理量'],
  ['hotlineCallsYoYPercent', HOTLINE, '12345 热线受理量同比'],
  ['messagesReceived', /留言/, '留言数量'],
]
/** Digits (with a decimal point or per cent) apart by single spaces: 「1 1 5」「2 4.64%」. */
const SPACED = /[\d０-９][\d０-９.．]*(?:[ \u00a0\u2009\u202f][\d０-９][\d０-９.．]*)+[%％]?/g

/** A row's ordinal (一、 （一） 1.) and label, with a sub-row's own (「（六）其他处理 1.申请人…」), then five or more numbers to the end and nothing else: a
 *  table row's label and cells. Prose ending in spaced digits (「主动公开政府信息 3 1 2 6 5」) is no row. The tail of the
 *  row above's wrapped label may stand before the ordinal (「信息公开申请（六）其2.申请人…」: review rv18 min4). A cell may
 *  be a dash or 无 (「一、本年新收… 40 6 1 — 2 1 50」: review rv19c n1). */
const TABLE_ROW = /^[\s\u3000]*(?:[\u4e00-\u9fff、“”]{1,12}(?=[（(]|\d{1,2}[.．、]|[一二三四五六七八九十]{1,2}、))?(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[)）]|\d{1,2}[.．、])[^\d０-９]*?(?:\d{1,2}[.．、][^\d０-９]*?)?(?:(?:[\d０-９][\d０-９,.．]*|[-—–－/／无])[\s\u3000]+){4,}(?:[\d０-９][\d０-９,.．]*|[-—–－/／无])[\s\u3000]*$/

/** Notes for the metrics left empty whose sentence prints its digits apart by spaces. */
export function spacedDigitNotes(text: string, metrics: Metrics, notes: ExtractionNote[]): void {
  // A table row copied as text (a label, then its cells between tabs or wide gaps) is no sentence:
  // its numbers stand apart because they are cells (review rv17 F5).
  const sentences = (text.match(/[^。！？!?；\n]+/g) ?? []).filter((s) => !TABLE_ROW.test(s))
  for (const [key, cue, name] of CUES) {
    if (metrics[key] !== null || notes.some((n) => n.field === `metrics.${key}`)) continue
    for (const s of sentences) {
      if (!cue.test(s)) continue
      const spaced = [...s.matchAll(SPACED)].map((m) => m[0]).filter((x) => /\d[ \u00a0\u2009\u202f]\d/.test(x.replace(/[０-９]/g, '0')))
      if (spaced.length === 0) continue
      notes.push({ field: `metrics.${key}`, message: `正文中${spaced.map((x) => `「${x}」`).join('')}的数字之间有空格（逐字排版或以空格分节），哪几位是一个数无法确定，${name}未读取。（原句：${s.trim().slice(0, 120)}）` })
      break
    }
  }
}
