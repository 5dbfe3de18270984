// Picture files found in one folder, sorted into the pages of one report: names that differ only in
// a page number ("第1页.png … 第6页.png", "scan001.jpg …", "报告-p2.tif") form a page set, read as
// ONE report with its pages in number order. Pictures that belong to no set are "lone" pictures,
// judged one by one (expand.ts). Pure: names in, sets out.

export const PICTURE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.tif', '.tiff'] as const

export interface PageSet {
  /** File names in page order. */
  names: string[]
  /** Page numbers missing between the first and the last (a page not scanned or lost). */
  missing: number[]
  /** What the names share before the number, cleaned ("扫描件", "" when only "第"/"page"). */
  stem: string
}

interface Numbered {
  name: string
  key: string
  n: number
  stem: string
}

/** The last run of digits of a name (without its extension), and what surrounds it. */
function numbered(name: string): Numbered | null {
  const dot = name.lastIndexOf('.')
  const base = dot > 0 ? name.slice(0, dot) : name
  const m = /^(.*?)(\d+)(\D*)$/.exec(base)
  if (!m) return null
  const [, before = '', digits = '', after = ''] = m
  const n = Number(digits)
  // A page number: small, or zero-padded the way scanners count ("0001"). "2021年报" is a year.
  const padded = digits.length > 1 && digits.startsWith('0')
  if (!padded && n > 999) return null
  const stem = before.replace(/(?:第|页|[pP]age|[pP]|[-_\s.（(]|scan|Scan|SCAN|img|IMG)+$/u, '').trim()
  return { name, key: `${before.toLowerCase()}\u0000${after.toLowerCase()}`, n, stem }
}

/** At most this share of the pages between the first and the last may be missing for a set. */
const MAX_MISSING_SHARE = 0.25

export function pageSets(names: readonly string[]): { sets: PageSet[]; lone: string[] } {
  const groups = new Map<string, Numbered[]>()
  const lone: string[] = []
  for (const name of names) {
    const x = numbered(name)
    if (!x) {
      lone.push(name)
      continue
    }
    const g = groups.get(x.key) ?? []
    g.push(x)
    groups.set(x.key, g)
  }
  const sets: PageSet[] = []
  for (const g of groups.values()) {
    g.sort((a, b) => a.n - b.n)
    const distinct = new Set(g.map((x) => x.n)).size === g.length
    const span = g[g.length - 1]!.n - g[0]!.n + 1
    const missing: number[] = []
    for (let n = g[0]!.n, k = 0; n <= g[g.length - 1]!.n; n++) {
      if (g[k]?.n === n) k++
      else missing.push(n)
    }
    if (g.length < 2 || !distinct || missing.length > Math.max(1, Math.floor(span * MAX_MISSING_SHARE))) {
      lone.push(...g.map((x) => x.name))
      continue
    }
    sets.push({ names: g.map((x) => x.name), missing, stem: g[0]!.stem })
  }
  return { sets, lone: lone.sort((a, b) => a.localeCompare(b, 'zh-CN')) }
}
