// 同类机关对比 slides: per kind of body, each body's headline figures with ▲/▼ against the
// quartiles of its peers, and the quartiles themselves (the same numbers as the compare view's
// table: shared/series/peers.ts).
import type PptxGenJS from 'pptxgenjs'
import { HEADLINE_FIELDS } from '../../shared/series/headline'
import { MIN_PEERS, PEER_FIELD_KEYS, PEER_KIND_LABELS, peerBenchmarks, type PeerPosition } from '../../shared/series/peers'
import type { ReportItem } from '../../shared/series/types'
import { addFootnote, addTitledSlide, pages, type Deck } from './pptx-common'
import { COLORS, SLIDE_W, fmtNumber } from './pptx-style'

const MARK: Record<PeerPosition, string> = { high: ' ▲', low: ' ▼', middle: '', none: '' }
type Cell = PptxGenJS.TableCell

export function addPeerSlides(deck: Deck, items: readonly ReportItem[], year: number): void {
  const fields = HEADLINE_FIELDS.filter((f) => PEER_FIELD_KEYS.includes(f.key))
  const text = (t: string, bold = false, color: string = COLORS.text): Cell => ({ text: t, options: { fontFace: deck.fonts.zh, color, bold } })
  const num = (t: string, color: string = COLORS.text): Cell => ({ text: t, options: { fontFace: deck.fonts.zh, color, align: 'right' } })
  for (const g of peerBenchmarks(items, year, fields)) {
    // A kind with one body has no peers to stand against.
    if (g.rows.length < 2) continue
    const kind = PEER_KIND_LABELS[g.kind].zh
    pages(g.rows, 9).forEach((rows, p, all) => {
      const table: Cell[][] = [[text('机关', true, COLORS.title), ...g.fields.map((f) => text(`${f.labelZh}（${f.unitZh}）`, true, COLORS.title))]]
      for (const r of rows) table.push([text(r.agency ?? '（未识别）'), ...r.cells.map((c) => num(`${fmtNumber(c.value)}${MARK[c.position]}`))])
      for (const [k, label] of [['q1', '下四分位'], ['median', '中位数'], ['q3', '上四分位']] as const) {
        table.push([text(label, false, COLORS.muted), ...g.stats.map((s) => num(s ? fmtNumber(s[k]) : '—', COLORS.muted))])
      }
      const title = all.length > 1 ? `同类机关对比：${kind}（${p + 1}/${all.length}）` : `同类机关对比：${kind}`
      const slide = addTitledSlide(deck, title, `${year} 年，${g.rows.length} 个${kind}`)
      const labelW = 2.6
      const restW = (SLIDE_W - 1 - labelW) / Math.max(g.fields.length, 1)
      slide.addTable(table, {
        x: 0.5,
        y: 1.55,
        w: SLIDE_W - 1,
        colW: [labelW, ...Array<number>(g.fields.length).fill(restW)],
        fontFace: deck.fonts.zh,
        fontSize: 10,
        rowH: 0.34,
        border: { type: 'solid', pt: 0.5, color: COLORS.rule },
        valign: 'middle',
      })
      addFootnote(deck, slide, `▲ 高于同类上四分位，▼ 低于下四分位；载明该项的同类机关少于 ${MIN_PEERS} 个时不计算（“—”）。数据来源：各机关 ${year} 年年度报告。`)
    })
  }
}
