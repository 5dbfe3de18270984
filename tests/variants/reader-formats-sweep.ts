// The reader formats (formats.ts READER_FORMATS: OFD ruled and unruled, .doc, .odt, Writer PDF,
// .mhtml) over more seeds than the eval samples: per format, cells right / wrong / unread, and every
// wrong cell and unread note bucketed. A scratch tool (slow: LibreOffice and Chromium), never in Vitest.
//   npx tsx tests/variants/reader-formats-sweep.ts [--n 6] [--from 0] [--formats doc,odt] [--show]
import { loadModels } from './generator/model'
import { readerFormatVariants, readVariants } from './suite'
import { prepareOffice } from './render/index'

const args = process.argv.slice(2)
const opt = (name: string): string | undefined => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined)
const n = Number(opt('n') ?? 6)
const from = Number(opt('from') ?? 0)
const only = opt('formats')?.split(',')
const show = args.includes('--show')

async function main(): Promise<void> {
  const variants = readerFormatVariants(loadModels('../shared/corpus'), n, from).filter((v) => !only || only.includes(v.choices.format))
  const byFormat = new Map<string, { v: number; right: number; wrong: number; unread: number; ms: number }>()
  const buckets = new Map<string, number>()
  await prepareOffice(variants)
  for (const v of variants) {
    const t0 = Date.now()
    const [r] = await readVariants([v])
    const f = v.choices.format
    const t = byFormat.get(f) ?? { v: 0, right: 0, wrong: 0, unread: 0, ms: 0 }
    t.v++
    t.right += r!.score.right
    t.wrong += r!.score.wrong
    t.unread += r!.score.unread
    t.ms += Date.now() - t0
    byFormat.set(f, t)
    if (r!.score.wrong || r!.error || show) console.log(`${r!.score.wrong ? '✗' : '·'} ${v.id} 对 ${r!.score.right} 错 ${r!.score.wrong} 未读 ${r!.score.unread} ${r!.error ?? ''} [${v.tags.join(' ')}]`)
    for (const m of r!.score.misses) {
      if (r!.score.wrong && !m.startsWith('缺 ')) console.log(`    ${m}`)
      const key = `${f} ${m.startsWith('缺') ? 'unread' : 'WRONG'} ${m.replace(/^缺(\(无说明\))? /, '').replace(/: 应为.*/, '').replace(/[\d.]+/g, 'N').slice(0, 90)}`
      buckets.set(key, (buckets.get(key) ?? 0) + 1)
    }
  }
  for (const [f, t] of byFormat) console.log(`${f.padEnd(12)} 变体 ${t.v}  对 ${t.right}  错 ${t.wrong}  未读 ${t.unread}  ${(t.ms / t.v / 1000).toFixed(1)} s/变体`)
  for (const [k, c] of [...buckets].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(`${String(c).padStart(4)} ${k}`)
}

void main()
