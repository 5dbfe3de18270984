// Title slide: the body (or bodies), the years, the date the deck was made.
import type { Deck } from './pptx-common'
import { COLORS, SLIDE_W, fmtDateZh } from './pptx-style'

export interface TitleSlideInput {
  /** e.g. "某某市人民政府" or "5 个机关". */
  subjectZh: string
  /** e.g. "2019–2024 年". */
  yearsZh: string
  madeAt: Date
}

export function addTitleSlide(deck: Deck, t: TitleSlideInput): void {
  const slide = deck.pptx.addSlide()
  slide.background = { color: 'FFFFFF' }
  slide.addShape(deck.pptx.ShapeType.rect, { x: 0, y: 0, w: SLIDE_W, h: 0.35, fill: { color: COLORS.title }, line: { color: COLORS.title } })
  slide.addText(t.subjectZh, {
    x: 0.8,
    y: 1.9,
    w: SLIDE_W - 1.6,
    h: 1.1,
    fontFace: deck.fonts.zh,
    fontSize: 38,
    bold: true,
    color: COLORS.title,
    objectName: 'title',
  })
  slide.addText(`${t.yearsZh}政府信息公开工作年度报告 简报`, {
    x: 0.8,
    y: 3.05,
    w: SLIDE_W - 1.6,
    h: 0.8,
    fontFace: deck.fonts.zh,
    fontSize: 24,
    color: COLORS.text,
  })
  slide.addText(`制作日期：${fmtDateZh(t.madeAt)}　　由“政务公开年报看板”根据年报原文提取生成，数字以原文为准`, {
    x: 0.8,
    y: 5.9,
    w: SLIDE_W - 1.6,
    h: 0.5,
    fontFace: deck.fonts.zh,
    fontSize: 13,
    color: COLORS.muted,
  })
}
