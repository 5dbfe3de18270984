// A change between two values, in the unit that means something — one definition for the
// dashboard tiles, the compare view, the slides and the workbook:
//  rank   places: "上升 4 位" when the number fell (fewer is better), never a percentage;
//  rate   a percentage or a share: the change in percentage points ("+1.5 个百分点"), no percentage;
//  count  absolute and percent change ("+12（+25%）"); from or to zero: no percentage;
//  places a stated number of places (e.g. a rank change the report states): absolute only.
// Anything from or to null (not stated): no change at all.
import type { BetterWhen, Change, ChangeCell, ChangeKind, ChangeDirection } from './types'
import { diffOrNull, percentChange } from './arith'

/** Kind of a field by its key (HEADLINE_FIELDS keys and compare-row keys such as `metrics.indexRank`). */
export function changeKindOf(key: string): ChangeKind {
  const k = key.replace(/^metrics\./, '')
  if (k === 'indexRank') return 'rank'
  if (k === 'indexRankChange') return 'places'
  if (/Percent$|Share$|Rate$/.test(k)) return 'rate'
  return 'count'
}

/** Which way is better for a field when the caller does not say (ranks: lower). */
export function betterWhenOf(key: string): BetterWhen {
  return changeKindOf(key) === 'rank' ? 'lower' : 'neutral'
}

const round = (n: number, places: number): number => {
  const f = 10 ** places
  return Math.round(n * f) / f
}
const num = (n: number, places = 2): string => round(n, places).toLocaleString('zh-CN', { maximumFractionDigits: places })
const signed = (n: number, places = 2): string => (n > 0 ? `+${num(n, places)}` : n < 0 ? `−${num(-n, places)}` : '0')

function directionOf(delta: number | null, betterWhen: BetterWhen): ChangeDirection {
  if (delta === null) return 'none'
  if (delta === 0) return 'same'
  if (betterWhen === 'neutral') return 'neutral'
  return (betterWhen === 'higher') === delta > 0 ? 'better' : 'worse'
}

/** The change from `from` to `to` of a figure of this kind. */
export function describeChange(from: number | null, to: number | null, kind: ChangeKind, betterWhen?: BetterWhen): Change {
  const better = betterWhen ?? (kind === 'rank' ? 'lower' : 'neutral')
  const delta = diffOrNull(from, to)
  // A change to zero is a fall to nothing, not "−100 %"; from zero it cannot be measured (percentChange).
  const percent = kind === 'count' && to !== 0 ? percentChange(from, to) : null
  const base = { kind, from, to, delta, percent, direction: directionOf(delta, better) }
  const [deltaZh, deltaEn] = deltaTexts(kind, delta)
  const percentText = percent === null ? '—' : `${signed(percent, 1)}%`
  return {
    ...base,
    deltaZh,
    deltaEn,
    percentText,
    textZh: percent === null ? deltaZh : `${deltaZh}（${percentText}）`,
    textEn: percent === null ? deltaEn : `${deltaEn} (${percentText})`,
  }
}

function deltaTexts(kind: ChangeKind, delta: number | null): [string, string] {
  if (delta === null) return ['—', '—']
  switch (kind) {
    case 'rank': {
      if (delta === 0) return ['名次不变', 'unchanged']
      const n = num(Math.abs(delta), 0)
      const s = Math.abs(delta) === 1 ? '' : 's'
      return delta < 0 ? [`上升 ${n} 位`, `up ${n} place${s}`] : [`下降 ${n} 位`, `down ${n} place${s}`]
    }
    case 'rate':
      return [`${signed(delta, 2)} 个百分点`, `${signed(delta, 2)} pp`]
    case 'places':
      return [`${signed(delta, 0)} 位`, `${signed(delta, 0)} places`]
    case 'count':
      return [signed(delta), signed(delta)]
  }
}

/** The change of a field identified by its key (kind and better-when taken from the key unless given). */
export function changeOfField(key: string, from: number | null, to: number | null, betterWhen?: BetterWhen): Change {
  return describeChange(from, to, changeKindOf(key), betterWhen ?? betterWhenOf(key))
}

/** A comparison table's cell: the change of a field, with delta/percent also as change/changePercent. */
export function changeCell(key: string, from: number | null, to: number | null): ChangeCell {
  const c = changeOfField(key, from, to)
  return { ...c, change: c.delta, changePercent: c.percent }
}
