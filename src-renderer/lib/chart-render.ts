// Chart.js set-up for the trend charts: the config built from a ChartModel, point labels drawn
// above points, a white background (so exported pictures are not transparent), and a 2× PNG.
import { Chart, registerables, type ChartConfiguration, type Plugin } from 'chart.js'
import type { ChartDatasetModel, ChartModel } from './chart-model'
import { fmtNumber } from './numbers'

let registered = false
function register(): void {
  if (registered) return
  Chart.register(...registerables, whiteBackground, pointLabelsPlugin)
  registered = true
}

const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif"

const whiteBackground: Plugin = {
  id: 'deskWhiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart
    ctx.save()
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, width, height)
    ctx.restore()
  },
}

const pointLabelsPlugin: Plugin = {
  id: 'deskPointLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart
    chart.data.datasets.forEach((ds, di) => {
      const labels = (ds as unknown as { pointLabels?: (string | null)[] }).pointLabels
      if (!labels || !chart.isDatasetVisible(di)) return
      const meta = chart.getDatasetMeta(di)
      ctx.save()
      ctx.font = `12px ${FONT}`
      ctx.fillStyle = '#1f2933'
      ctx.textAlign = 'center'
      ctx.textBaseline = 'bottom'
      const { left, right } = chart.chartArea
      meta.data.forEach((el, i) => {
        const text = labels[i]
        if (!text || ds.data[i] === null) return
        const { x, y } = el.getProps(['x', 'y'], true) as { x: number; y: number }
        // Keep the label inside the plot: align to the edge it would cross.
        const w = ctx.measureText(text).width
        ctx.textAlign = x - w / 2 < left ? 'left' : x + w / 2 > right ? 'right' : 'center'
        const tx = ctx.textAlign === 'left' ? Math.max(x - 6, left) : ctx.textAlign === 'right' ? Math.min(x + 6, right) : x
        ctx.fillText(text, tx, y - 8)
      })
      ctx.restore()
    })
  },
}

/**
 * Colours of a dataset: a point or bar read from the prose (d.fromProse) is drawn hollow — white
 * inside, its colour as the outline — and a line is dashed where it meets such a point.
 */
export function proseStyle(d: ChartDatasetModel, line: boolean): Record<string, unknown> {
  const border = d.highlight ? '#7a1a12' : d.color
  const width = d.highlight ? 2 : line ? 2.5 : 0
  const hollow = d.fromProse
  if (!hollow) return { backgroundColor: d.color, borderColor: border, borderWidth: width }
  if (line) {
    return {
      backgroundColor: d.color,
      borderColor: border,
      borderWidth: width,
      pointBackgroundColor: hollow.map((h) => (h ? '#ffffff' : d.color)),
      pointBorderColor: d.color,
      pointBorderWidth: hollow.map((h) => (h ? 2.5 : 1)),
      segment: { borderDash: (ctx: { p0DataIndex: number; p1DataIndex: number }) => (hollow[ctx.p0DataIndex] || hollow[ctx.p1DataIndex] ? [6, 4] : undefined) },
    }
  }
  return {
    backgroundColor: hollow.map((h) => (h ? '#ffffff' : d.color)),
    borderColor: hollow.map((h) => (h ? d.color : border)),
    borderWidth: hollow.map((h) => (h ? 2 : width)),
  }
}

export function chartConfig(model: ChartModel, onPick: (year: number) => void): ChartConfiguration {
  const line = model.type === 'line'
  return {
    type: model.type,
    data: {
      labels: model.labels,
      datasets: model.datasets.map((d) => ({
        label: d.label,
        data: d.data,
        ...proseStyle(d, line),
        pointRadius: line ? 5 : undefined,
        pointHoverRadius: line ? 7 : undefined,
        spanGaps: false,
        ...(d.stack ? { stack: d.stack } : {}),
        ...(d.pointLabels ? { pointLabels: d.pointLabels } : {}),
      })) as never,
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      layout: { padding: { top: model.datasets.some((d) => d.pointLabels) ? 22 : 6, right: 12 } },
      interaction: { mode: 'index', intersect: false },
      onClick: (_e, elements) => {
        const first = elements[0]
        const year = first ? model.years[first.index] : undefined
        if (year !== undefined) onPick(year)
      },
      plugins: {
        legend: { position: 'bottom', labels: { font: { family: FONT, size: 13 }, boxWidth: 14 } },
        tooltip: {
          titleFont: { family: FONT, size: 14 },
          bodyFont: { family: FONT, size: 13 },
          footerFont: { family: FONT, size: 12, weight: 'normal' },
          callbacks: {
            label: (ctx) => {
              const v = ctx.raw as number | null
              const prose = model.datasets[ctx.datasetIndex]?.fromProse?.[ctx.dataIndex] === true
              return `${ctx.dataset.label ?? ''}：${v === null ? '未载明' : `${fmtNumber(v)} ${model.unit}`}${prose ? `（${model.proseTag}）` : ''}`
            },
            footer: (items) => model.notes[items[0]?.dataIndex ?? -1] ?? [],
          },
        },
      },
      scales: {
        x: { stacked: model.stacked, ticks: { font: { family: FONT, size: 13 } }, grid: { display: false } },
        y: {
          stacked: model.stacked,
          reverse: model.reverseY,
          beginAtZero: !model.reverseY,
          // Room above the highest point for its label, and below a rank's lowest point.
          grace: model.reverseY ? '12%' : model.datasets.some((d) => d.pointLabels) ? '8%' : 0,
          ticks: { font: { family: FONT, size: 12 }, callback: (v) => fmtNumber(Number(v)), ...(model.reverseY ? { precision: 0 } : {}) },
          title: { display: true, text: model.unit, font: { family: FONT, size: 12 } },
        },
      },
    },
  }
}

/** A chart on the canvas, or null where the canvas has no 2D context (tests' DOM). */
export function createChart(canvas: HTMLCanvasElement, model: ChartModel, onPick: (year: number) => void): Chart | null {
  register()
  let ctx: CanvasRenderingContext2D | null = null
  try {
    ctx = canvas.getContext('2d')
  } catch {
    ctx = null
  }
  if (!ctx) return null
  return new Chart(ctx, chartConfig(model, onPick))
}

/** The chart as a PNG data URL at twice the device pixel ratio 1 (sharp on a projector and in slides). */
export function chartPng2x(chart: Chart): string {
  const before = chart.options.devicePixelRatio
  chart.options.devicePixelRatio = 2
  chart.resize()
  chart.update('none')
  const url = chart.toBase64Image('image/png', 1)
  chart.options.devicePixelRatio = before
  chart.resize()
  chart.update('none')
  return url
}
