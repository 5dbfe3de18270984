// Number formatting for every view: 千分位 grouping (zh-CN), signed changes, percentages.
const grouping = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 })
const signed = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2, signDisplay: 'exceptZero' })
const percent = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1, signDisplay: 'exceptZero' })

const missing = (n: number | null | undefined): n is null | undefined => n === null || n === undefined || Number.isNaN(n)

// Every negative number is written with the minus sign (U+2212), as the changes are: never "-10"
// beside "−600" in one table.
const minus = (text: string): string => text.replace('-', '−')

/** 12,345 / −10 ; "—" for a value not stated. */
export function fmtNumber(n: number | null | undefined): string {
  return missing(n) ? '—' : minus(grouping.format(n))
}

/** +1,234 / −56 / 0 ; "—" when unknown. */
export function fmtChange(n: number | null | undefined): string {
  return missing(n) ? '—' : minus(signed.format(n))
}

/** A change in percent (already ×100): +12.5% ; "—" when unknown. */
export function fmtPercentChange(p: number | null | undefined): string {
  return missing(p) ? '—' : `${minus(percent.format(p))}%`
}

/** A share (0..1) as a percentage: 0.42 → 42%. */
export function fmtShare(s: number | null | undefined): string {
  return missing(s) ? '—' : `${Math.round(s * 1000) / 10}%`
}

/** Which way a change reads: better / worse / neutral, given which way is better for the figure. */
export function changeTone(change: number | null, betterWhen: 'higher' | 'lower' | 'neutral'): 'up' | 'down' | 'flat' | 'none' {
  if (change === null) return 'none'
  if (change === 0 || betterWhen === 'neutral') return change === 0 ? 'flat' : change > 0 ? 'up' : 'down'
  const good = betterWhen === 'higher' ? change > 0 : change < 0
  return good ? 'up' : 'down'
}

/** Parse what a user typed into a number cell: "1,234" / "１２３" / "" (blank → null); undefined when not a number. */
export function parseCellInput(text: string): number | null | undefined {
  const t = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[,，\s]/g, '').replace(/^[−－]/, '-')
  if (t === '' || t === '—' || t === '-') return null
  if (!/^-?\d+(\.\d+)?$/.test(t)) return undefined
  return Number(t)
}
