// Generator rules for a whole's count named with a share of it, in the shapes the hostile review ps38 found
// read as the body's own figure (shared/extract/own-share.ts reads them): the share in a sentence of its
// own (「全市主动公开政府信息98765条。本级主动公开4321条。」) or after 「；」, the share first (「本级主动公开
// 4321条，全市主动公开政府信息98765条。」), the share as a percentage (「…98765条，本级占4.4%。」) and a part of
// other bodies (「…，其中区县主动公开94444条。」「…，市直部门主动公开4321条。」). The gold: the share where it
// names the body itself and the whole is wider than the body (a department's or a town's report quoting
// its county's or city's whole); else null, with a note naming both figures.
import { pick, type Rand } from '../variants/generator/rng'

export type ShareMetric = 'active' | 'requests' | 'messages'
export interface ShareHelpers {
  count: (n: number, rand: Rand) => string
  int: (rand: Rand, lo: number, hi: number) => number
}

/** The words of each metric: the whole's verb and noun before its number, the share's, and the units. */
const WORDS: Record<ShareMetric, { whole: string[]; share: string[]; units: string[] }> = {
  active: { whole: ['主动公开政府信息', '共主动公开政府信息', '主动公开各类政府信息', '主动发布政府信息'], share: ['主动公开', '主动公开政府信息', '公开'], units: ['条', '件'] },
  requests: { whole: ['共收到政府信息公开申请', '共受理政府信息公开申请', '收到政府信息公开申请'], share: ['收到', '受理', '收到政府信息公开申请', ''], units: ['件'] },
  messages: { whole: ['政府网站共收到网民留言', '领导信箱共收到留言', '政民互动平台收到网民留言'], share: ['收到', '收到留言', ''], units: ['条', '件'] },
}

/** The body itself, or a government's level or office (never read as the body's figure). */
const SHARE_WORDS = ['本级', '市本级', '县本级', '市政府本级', '县政府办公室', '市政府办公室', '本机关', '本局', '本单位']
/** Other bodies of the place: a whole holding their parts is not the body's own. */
const OTHER_PARTS = ['区县', '各区县', '市直部门', '县直单位', '各乡镇', '乡镇（街道）', '下属单位', '市直各部门']

const FORMS = ['share-own-sentence', 'share-after-semicolon', 'share-first', 'share-percent', 'other-part'] as const

export function wholeShareSentence(rand: Rand, agency: string, metric: ShareMetric, h: ShareHelpers): { text: string; gold: number | null; rule: string; note: boolean } {
  const w = WORDS[metric]
  const N = h.int(rand, 20, 5000)
  const whole = N + h.int(rand, 10, 90000)
  const unit = pick(rand, w.units)
  const place = pick(rand, ['全县', '全市', '全区'])
  const words = pick(rand, SHARE_WORDS)
  const level = /本级|办公室/.test(words)
  // The place is the body's own where the report is that place's government's (「全县…」 in 某县人民政府's).
  const placeOwn = agency.endsWith(`${place.slice(1)}人民政府`)
  const wholeText = `${place}${pick(rand, w.whole)}${h.count(whole, rand)}${unit}`
  const shareText = `${words}${pick(rand, w.share)}${h.count(N, rand)}${unit}`
  // Requests and messages: a body's share is never read (their readers give neither where a share is named,
  // save requests of a wider whole); 主动公开 and requests read the body's share of a wider whole.
  const shareGold = !level && !placeOwn && metric !== 'messages' ? N : null
  const form = pick(rand, FORMS)
  const rule = `${metric}:whole-${form}`
  switch (form) {
    case 'share-own-sentence':
      return { text: `${wholeText}。${shareText}。`, gold: shareGold, rule, note: shareGold === null }
    case 'share-after-semicolon':
      return { text: `${wholeText}；${shareText}。`, gold: shareGold, rule, note: shareGold === null }
    case 'share-first':
      return { text: `${shareText}，${wholeText}。`, gold: shareGold, rule, note: shareGold === null }
    case 'share-percent':
      return { text: `${wholeText}，${words}${pick(rand, ['占', '占比', '约占'])}${h.int(rand, 1, 60)}.${h.int(rand, 0, 9)}${pick(rand, ['%', '％'])}。`, gold: null, rule, note: true }
    case 'other-part':
      return { text: `${wholeText}，${pick(rand, ['其中', ''])}${pick(rand, OTHER_PARTS)}${pick(rand, w.share)}${h.count(N, rand)}${unit}。`, gold: null, rule, note: true }
  }
}
