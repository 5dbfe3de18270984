// Text slides: flags (errors first, one line each), section 五 (recurring and new problems), sources.
import type PptxGenJS from 'pptxgenjs'
import type { FlagLine } from '../../shared/series/flags'
import { SEVERITY_LABELS } from '../../shared/series/flags'
import type { ProblemComparison } from '../../shared/series/problems'
import type { ReportItem } from '../../shared/series/types'
import { addFootnote, addTitledSlide, pages, type Deck } from './pptx-common'
import { COLORS, SLIDE_W } from './pptx-style'

const LINES_PER_SLIDE = 14

function severityColor(s: FlagLine['severity']): string {
  return s === 'error' ? COLORS.error : s === 'warning' ? COLORS.warning : COLORS.info
}

function oneLine(s: string, max = 90): string {
  const t = s.replace(/\s+/g, ' ').trim()
  return t.length > max ? t.slice(0, max - 1) + '…' : t
}

function textBox(deck: Deck, slide: PptxGenJS.Slide, runs: PptxGenJS.TextProps[]): void {
  slide.addText(runs, {
    x: 0.5,
    y: 1.55,
    w: SLIDE_W - 1,
    h: 5.2,
    fontFace: deck.fonts.zh,
    fontSize: 12,
    color: COLORS.text,
    valign: 'top',
    paraSpaceAfter: 4,
  })
}

export function addFlagSlides(deck: Deck, lines: FlagLine[], showAgency: boolean): void {
  const counts = { error: 0, warning: 0, info: 0 }
  for (const l of lines) counts[l.severity]++
  // The same words as each line's tag (【错误】【警告】【提示】): review rv22 found 「提示 1 项」 over a 【警告】.
  const summary = (['error', 'warning', 'info'] as const).map((s) => `${SEVERITY_LABELS[s]} ${counts[s]} 项`).join('　')
  pages(lines, LINES_PER_SLIDE).forEach((page, p, all) => {
    const title = all.length > 1 ? `检查发现的问题（${p + 1}/${all.length}）` : '检查发现的问题'
    const slide = addTitledSlide(deck, title, summary)
    if (page.length === 0) {
      textBox(deck, slide, [{ text: '未发现问题。', options: { color: COLORS.muted } }])
      return
    }
    const runs: PptxGenJS.TextProps[] = []
    for (const l of page) {
      const who = showAgency && l.agency ? `${l.agency} ` : ''
      runs.push({ text: `【${SEVERITY_LABELS[l.severity]}】`, options: { bold: true, color: severityColor(l.severity) } })
      // About 74 full-width characters fit a line at 12 pt; digits and quotes in some fonts are wider: keep each flag to one line.
      runs.push({ text: `${who}${l.year ?? ''} 年　${oneLine(l.message, 56 - who.length)}`, options: { breakLine: true } })
    }
    textBox(deck, slide, runs)
    addFootnote(deck, slide, '按严重程度排列：错误（报告本身有误）在前，其后为警告与提示；每条对应一项检查。')
  })
}

export function addProblemsSlide(deck: Deck, cmp: ProblemComparison | null, subjectZh: string): void {
  const title = '五、存在的主要问题及改进情况'
  const slide = addTitledSlide(deck, title, cmp ? `${subjectZh}　${cmp.year} 年与上年比较` : subjectZh)
  if (!cmp || cmp.current.length === 0) {
    textBox(deck, slide, [{ text: '本年报告未列出可归类的问题。', options: { color: COLORS.muted } }])
    return
  }
  const rows: PptxGenJS.TableCell[][] = [
    ['问题类别', '本年表述（摘要）', '上年提出', '上年计划整改', '判断'].map((t) => ({
      text: t,
      options: { bold: true, fill: { color: COLORS.band }, color: COLORS.title, fontFace: deck.fonts.zh },
    })),
  ]
  for (const c of cmp.current) {
    const verdict = !cmp.hasPreviousYear ? '无上年报告' : c.recurring ? '反复出现' : '新出现'
    rows.push([
      { text: c.labelZh, options: { fontFace: deck.fonts.zh } },
      { text: oneLine(c.texts.join('；'), 40) || '—', options: { fontFace: deck.fonts.zh } },
      { text: cmp.hasPreviousYear ? (c.recurring ? '是' : '否') : '—', options: { fontFace: deck.fonts.zh, align: 'center' } },
      { text: cmp.hasPreviousYear ? (c.plannedLastYear ? '是' : '否') : '—', options: { fontFace: deck.fonts.zh, align: 'center' } },
      {
        text: verdict,
        options: { fontFace: deck.fonts.zh, bold: c.recurring, color: c.recurring ? COLORS.down : COLORS.text, align: 'center' },
      },
    ])
  }
  slide.addTable(rows, {
    x: 0.5,
    y: 1.55,
    w: SLIDE_W - 1,
    colW: [3.0, 5.0, 1.4, 1.6, 1.333],
    fontFace: deck.fonts.zh,
    fontSize: 12,
    rowH: 0.34,
    border: { type: 'solid', pt: 0.5, color: COLORS.rule },
  })
  const gone = cmp.gone.length ? `上年提出、本年不再提及：${cmp.gone.map((g) => g.labelZh).join('、')}。` : ''
  addFootnote(deck, slide, `${gone}类别按问题分类表自动归类，可在看板中人工更正。`)
}

export function addSourcesSlide(deck: Deck, items: readonly ReportItem[], note = ''): void {
  const slide = addTitledSlide(deck, '资料来源', `共 ${items.length} 份年报`)
  const rows: PptxGenJS.TableCell[][] = [
    ['年度', '机关', '文件', '导入时间', '人工更正'].map((t) => ({
      text: t,
      options: { bold: true, fill: { color: COLORS.band }, color: COLORS.title, fontFace: deck.fonts.zh },
    })),
  ]
  const sorted = [...items].sort((a, b) => (a.extraction.report.year ?? 0) - (b.extraction.report.year ?? 0))
  for (const it of sorted.slice(0, 13)) {
    const corr = it.corrections ?? []
    const corrText = corr.length
      ? corr.map((c) => `${c.field}${c.after !== undefined ? ` → ${String(c.after)}` : ''}`).join('；')
      : '无'
    rows.push(
      [
        String(it.extraction.report.year ?? '—'),
        it.extraction.report.agency ?? '（未识别）',
        it.fileName ?? it.id,
        it.importedAt ? it.importedAt.replace('T', ' ').slice(0, 16) : '—',
        oneLine(corrText, 60),
      ].map((t) => ({ text: t, options: { fontFace: deck.fonts.zh } })),
    )
  }
  slide.addTable(rows, {
    x: 0.5,
    y: 1.55,
    w: SLIDE_W - 1,
    colW: [0.9, 2.8, 3.9, 1.9, 2.833],
    fontFace: deck.fonts.zh,
    fontSize: 10,
    rowH: 0.32,
    border: { type: 'solid', pt: 0.5, color: COLORS.rule },
  })
  const more = items.length > 13 ? `另有 ${items.length - 13} 份未列出（见导出的 Excel）。` : ''
  addFootnote(deck, slide, `${more}数字均取自年报原文；经人工更正的字段已列明。${note}`)
}

/** Section 五 for several bodies of one year: one row per body. */
export function addProblemsBodiesSlide(deck: Deck, rows: { agency: string; cmp: ProblemComparison | null }[], year: number): void {
  const slide = addTitledSlide(deck, '五、存在的主要问题及改进情况', `${year} 年各机关，与各自上年比较`)
  const table: PptxGenJS.TableCell[][] = [
    ['机关', '本年问题类别', '其中反复出现'].map((t) => ({
      text: t,
      options: { bold: true, fill: { color: COLORS.band }, color: COLORS.title, fontFace: deck.fonts.zh },
    })),
  ]
  for (const r of rows.slice(0, 12)) {
    const cur = r.cmp?.current ?? []
    const rec = r.cmp?.hasPreviousYear ? cur.filter((c) => c.recurring).map((c) => c.labelZh).join('、') || '无' : '无上年报告'
    table.push(
      [r.agency, cur.map((c) => c.labelZh).join('、') || '未列出', rec].map((t) => ({ text: t, options: { fontFace: deck.fonts.zh } })),
    )
  }
  slide.addTable(table, {
    x: 0.5,
    y: 1.55,
    w: SLIDE_W - 1,
    colW: [2.8, 5.4, 4.133],
    fontFace: deck.fonts.zh,
    fontSize: 11,
    border: { type: 'solid', pt: 0.5, color: COLORS.rule },
  })
  addFootnote(deck, slide, '类别按问题分类表自动归类；“反复出现”指上年报告也提出了同类问题。')
}
