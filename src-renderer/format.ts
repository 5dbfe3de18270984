// Display formatting: 千分位 grouping for every number, durations in words.
const grouping = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 })

export function formatNumber(n: number | null | undefined): string {
  return n === null || n === undefined || Number.isNaN(n) ? '—' : grouping.format(n)
}

/** Remaining time, rounded: "约 12 秒" / "about 12 s". */
export function formatEta(ms: number | null, lang: string): string {
  if (ms === null) return lang === 'en' ? 'estimating…' : '正在估算…'
  const s = Math.max(1, Math.round(ms / 1000))
  if (lang === 'en') return s < 90 ? `about ${s} s left` : `about ${Math.round(s / 60)} min left`
  return s < 90 ? `约剩 ${s} 秒` : `约剩 ${Math.round(s / 60)} 分钟`
}

/** Electron wraps main-process errors ("Error invoking remote method 'x': Error: msg"): keep the message. */
export function cleanError(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err)
  return text.replace(/^Error invoking remote method '[^']+':\s*/, '').replace(/^(\w*Error|IpcRefusal):\s*/, '')
}
