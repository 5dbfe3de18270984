// Key figures: KPI tiles, each with last year's value and the change (coloured by which way is better).
import type { KpiTile } from '../../shared/series/types'
import { PROSE_MARK, PROSE_SOURCE_ZH } from '../../shared/series/prose-marks'
import { addFootnote, addTitledSlide, type Deck } from './pptx-common'
import { COLORS, SLIDE_W, fmtNumber } from './pptx-style'

function changeColor(t: KpiTile): string {
  const d = t.changeView.direction
  return d === 'better' ? COLORS.up : d === 'worse' ? COLORS.down : COLORS.neutral
}

function valueText(t: KpiTile): string {
  if (t.display) return t.display
  return t.value === null ? '未载明' : `${fmtNumber(t.value)} ${t.unitZh}`
}

/** The tile's label; a value read from the prose says so (「据正文」). */
export function tileLabel(t: KpiTile): string {
  return t.fromProse !== undefined ? `${t.labelZh}（${PROSE_MARK.zh}）` : t.labelZh
}

/** The tile's line under the value: last year's figure and the change (none when this year's is not stated). */
export function changeText(t: KpiTile): string {
  if (t.previous === null) return `${t.previousYear} 年：无数据`
  // The words of the one change definition (shared/series/change.ts): places, percentage points, counts.
  const c = t.changeView
  if (c.kind === 'rank') return c.delta === null ? `上年第 ${t.previous} 名` : `上年第 ${t.previous} 名，${c.textZh}`
  return c.delta === null ? `上年 ${fmtNumber(t.previous)}` : `上年 ${fmtNumber(t.previous)}，${c.textZh}`
}

export function addKpiSlide(deck: Deck, tiles: KpiTile[], subjectZh: string): void {
  const year = tiles[0]?.year
  const slide = addTitledSlide(deck, '关键数据', `${subjectZh}　${year ?? ''} 年，与上年比较`)
  const cols = 3
  const gap = 0.25
  const w = (SLIDE_W - 1 - gap * (cols - 1)) / cols
  const h = 1.55
  // A figure stated in neither year (e.g. a department's 12345 calls) gets no tile.
  const shown = tiles.filter((t) => t.value !== null || t.previous !== null)
  shown.slice(0, 9).forEach((t, i) => {
    const x = 0.5 + (i % cols) * (w + gap)
    const y = 1.6 + Math.floor(i / cols) * (h + gap)
    slide.addShape(deck.pptx.ShapeType.rect, { x, y, w, h, fill: { color: COLORS.band }, line: { color: COLORS.rule } })
    slide.addText(tileLabel(t), { x: x + 0.15, y: y + 0.08, w: w - 0.3, h: 0.4, fontFace: deck.fonts.zh, fontSize: 13, color: COLORS.muted })
    slide.addText(valueText(t), {
      x: x + 0.15,
      y: y + 0.45,
      w: w - 0.3,
      h: 0.6,
      fontFace: deck.fonts.zh,
      fontSize: 26,
      bold: true,
      color: COLORS.title,
    })
    slide.addText(changeText(t), {
      x: x + 0.15,
      y: y + 1.05,
      w: w - 0.3,
      h: 0.4,
      fontFace: deck.fonts.zh,
      fontSize: 12,
      color: changeColor(t),
    })
  })
  const prose = shown.slice(0, 9).some((t) => t.fromProse !== undefined)
  addFootnote(
    deck,
    slide,
    `绿色为向好、红色为需关注（排名、复议诉讼数越小越好）；上年无报告或未载明时不计算变化，基数为 0 时不计算百分比。${prose ? `标“${PROSE_MARK.zh}”者${PROSE_SOURCE_ZH}，未经表格核对。` : ''}`,
  )
}
