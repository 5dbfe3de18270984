// Display text of the library view and the shell: durations in words, bridge errors without
// Electron's wrapping. Numbers are formatted by lib/numbers.ts (fmtNumber).

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
