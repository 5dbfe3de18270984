// The layout-variant suite inside `npm run eval`: every corpus gold model rendered in many layouts
// and formats (tests/variants), read back through the app's reading route; cells right / wrong /
// unread per rule. Wrong must stay 0.
import { runVariants, type VariantResult } from '../../tests/variants/suite'
import { READER_FORMATS } from '../../tests/variants/generator/formats'

export interface VariantTally {
  variants: number
  right: number
  wrong: number
  unread: number
  /** Unread cells without a note. */
  silent: number
}

const empty = (): VariantTally => ({ variants: 0, right: 0, wrong: 0, unread: 0, silent: 0 })

function add(t: VariantTally, r: VariantResult): void {
  t.variants++
  t.right += r.score.right
  t.wrong += r.score.wrong
  t.unread += r.score.unread
  t.silent += r.score.silent
}

export const readPct = (t: VariantTally): number => {
  const all = t.right + t.wrong + t.unread
  return all ? Math.floor((1000 * t.right) / all) / 10 : 100
}

/** Runs the suite and prints it; returns the overall tally. */
/** The format whose cells lose their borders ("640020470"): the issue holds it to its own, lower target. */
export const RUN_TOGETHER_TAG = 'format:crawled-run'

/** Variants of each reader format (OFD ruled and unruled, .doc, .odt, Writer PDF, .mhtml): a few of
 *  each, LibreOffice and Chromium being slow. Their tallies stand apart from the total, whose floor
 *  was set before them; their wrong cells count with the rest. */
export const READER_FORMAT_VARIANTS = 3

export interface VariantFigures {
  /** Every variant of the text, HTML, DOCX and PDF formats. */
  total: VariantTally
  /** Per reader format ('ofd-ruled' …), beside the total. */
  readerFormats: Map<string, VariantTally>
  /** Every variant but crawled text whose digits run together. */
  separated: VariantTally
  runTogether: VariantTally
}

export async function evaluateVariants(corpusDir: string, opts: { quiet: boolean; perFormat?: number; pdfs?: number }): Promise<VariantFigures> {
  const results = await runVariants(corpusDir, { perFormat: opts.perFormat ?? 2, pdfs: opts.pdfs ?? 8, readerFormats: READER_FORMAT_VARIANTS })
  const total = empty()
  const readerFormats = new Map<string, VariantTally>()
  const separated = empty()
  const runTogether = empty()
  const byTag = new Map<string, VariantTally>()
  for (const r of results) {
    const format = r.variant.choices.format
    if ((READER_FORMATS as readonly string[]).includes(format)) {
      const t = readerFormats.get(format) ?? empty()
      add(t, r)
      readerFormats.set(format, t)
    } else {
      add(total, r)
      add(r.variant.tags.includes(RUN_TOGETHER_TAG) ? runTogether : separated, r)
    }
    for (const tag of r.variant.tags) {
      const t = byTag.get(tag) ?? empty()
      add(t, r)
      byTag.set(tag, t)
    }
    if (!opts.quiet && (r.score.wrong || r.score.silent || r.error)) {
      console.log(`✗ variant ${r.variant.id}: ${r.error ?? ''} [${r.variant.tags.join(' ')}]`)
      for (const m of r.score.misses.filter((x) => !x.startsWith('缺 ')).slice(0, 8)) console.log(`    ${m}`)
    }
  }
  console.log('\n== 版式变体 (layout variants, per rule) ==')
  for (const [tag, t] of [...byTag].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`${tag.padEnd(34)} 变体 ${String(t.variants).padStart(4)}  读出 ${readPct(t).toFixed(1)}%  对 ${t.right}  错 ${t.wrong}  未读 ${t.unread}（无说明 ${t.silent}）`)
  }
  console.log(`variants           变体 ${total.variants}  格 ${total.right + total.wrong + total.unread}  读出 ${readPct(total).toFixed(1)}%  对 ${total.right}  错 ${total.wrong}  未读 ${total.unread}（无说明 ${total.silent}）`)
  console.log(`variants (digits apart)        读出 ${readPct(separated).toFixed(1)}%  错 ${separated.wrong}；(digits run together) 读出 ${readPct(runTogether).toFixed(1)}%  错 ${runTogether.wrong}`)
  for (const [f, t] of readerFormats) console.log(`variants ${f.padEnd(12)} 变体 ${String(t.variants).padStart(3)}  格 ${t.right + t.wrong + t.unread}  读出 ${readPct(t).toFixed(1)}%  对 ${t.right}  错 ${t.wrong}  未读 ${t.unread}（无说明 ${t.silent}）`)
  return { total, readerFormats, separated, runTogether }
}
