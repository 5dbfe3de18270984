// Look of the briefing slides: 16:9 (13.33 × 7.5 in), fonts, colours. Colours are always 6-hex
// strings and there are more of them than any chart has series (too few colours makes pptxgenjs
// pick a random one for line markers).

export const SLIDE_W = 13.333
export const SLIDE_H = 7.5

export interface DeckFonts {
  /** East Asian font, e.g. 微软雅黑. */
  zh: string
  /** Latin font paired with it. */
  latin: string
}

export const DEFAULT_FONTS: DeckFonts = { zh: '微软雅黑', latin: 'Microsoft YaHei' }

export const COLORS = {
  title: '1F3864',
  text: '222222',
  muted: '666666',
  rule: 'C9D3E3',
  band: 'EEF3FA',
  up: '2E7D32',
  down: 'C62828',
  neutral: '555555',
  error: 'C62828',
  warning: 'B26A00',
  info: '1565C0',
} as const

/** Series colours (stacked outcomes need six; eight leaves room). */
export const CHART_COLORS = ['2F5597', 'ED7D31', '7F7F7F', 'FFC000', '5B9BD5', '70AD47', '9E480E', '264478'] as const

/** Colours for n series, cycling the palette; always 6-hex. */
export function chartColors(n: number): string[] {
  const out: string[] = []
  for (let i = 0; i < Math.max(n, 1); i++) out.push(CHART_COLORS[i % CHART_COLORS.length]!)
  return out
}

/** 千分位 grouping; decimals kept as given (up to 2). "—" for a gap. */
export function fmtNumber(v: number | null | undefined): string {
  if (v === null || v === undefined) return '—'
  return v.toLocaleString('zh-CN', { maximumFractionDigits: 2 })
}

export function fmtSigned(v: number | null | undefined): string {
  if (v === null || v === undefined) return '—'
  return (v > 0 ? '+' : '') + fmtNumber(v)
}

export function fmtPercent(v: number | null | undefined): string {
  if (v === null || v === undefined) return '—'
  return (v > 0 ? '+' : '') + v.toLocaleString('zh-CN', { maximumFractionDigits: 2 }) + '%'
}

/** "2026年11月26日". */
export function fmtDateZh(d: Date): string {
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`
}
