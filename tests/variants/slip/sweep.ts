// Random run-together tables 三 and 四, clean or with one slip (the report's own arithmetic error),
// read back by the extractor; counts cells read right, read wrong and left unread. Deterministic by seed.
//   npx tsx tests/variants/slip/sweep.ts [--table 4|3] [--count 4000] [--seed 777] [--show]
import { parseRequestsTable } from '../../../shared/extract/requests-table'
import { parseReviewTable } from '../../../shared/extract/review-table'
import { requestRowsOf } from '../../../shared/model/template-labels'
import { seeded } from '../generator/rng'
import { drawRequests, drawReview, printRequests, printReview, type ZeroStyle } from './draw'

export interface Tally {
  tables: number
  cells: number
  right: number
  wrong: number
  examples: string[]
}

const empty = (): Tally => ({ tables: 0, cells: 0, right: 0, wrong: 0, examples: [] })

/** A cell read (not null) is right when it is the printed number; a blank the crawler dropped is 0. */
function score(t: Tally, truth: number[], got: (number | null)[], text: string): void {
  t.tables++
  t.cells += truth.length
  let bad = false
  truth.forEach((v, i) => {
    const g = got[i]
    if (g === null || g === undefined) return
    if (g === v) t.right++
    else {
      t.wrong++
      bad = true
    }
  })
  if (bad && t.examples.length < 8) t.examples.push(`${text.replace(/[^\d|]/g, '')}\n    truth ${truth.join(' ')}\n    read  ${got.map((v) => v ?? '·').join(' ')}`)
}

export function sweepReview(seed: number, count: number, slip: boolean, style: ZeroStyle): Tally {
  const rand = seeded(seed)
  const t = empty()
  for (let n = 0; n < count; n++) {
    const cells = drawReview(rand, slip)
    const got = parseReviewTable(printReview(cells, style)).table
    const read = [got.review, got.litigationDirect, got.litigationAfterReview].flatMap((r) => r ?? Array<null>(5).fill(null))
    score(t, cells, read, cells.map((v) => (v === 0 && style === 'blanks' ? '' : String(v))).join('|'))
  }
  return t
}

export function sweepRequests(seed: number, count: number, slip: boolean, style: ZeroStyle): Tally {
  const rand = seeded(seed)
  const t = empty()
  const keys = requestRowsOf('2021')
  for (let n = 0; n < count; n++) {
    const rows = drawRequests(rand, slip)
    const got = parseRequestsTable(printRequests(rows, style)).rows
    const truth = keys.flatMap((k) => (rows[k] ?? []) as number[])
    const read = keys.flatMap((k) => got[k] ?? Array<null>(7).fill(null))
    score(t, truth, read, keys.map((k) => (rows[k] ?? []).map((v) => (v === 0 && style === 'blanks' ? '' : String(v))).join('|')).join(' / '))
  }
  return t
}

const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(2) : '0.00')

if (process.argv[1]?.endsWith('sweep.ts')) {
  const args = process.argv.slice(2)
  const opt = (name: string, d: string): string => {
    const i = args.indexOf(`--${name}`)
    return i >= 0 ? args[i + 1]! : d
  }
  const tables = opt('table', '4,3').split(',')
  const count = Number(opt('count', '4000'))
  const seed = Number(opt('seed', '777'))
  for (const table of tables) {
    for (const slip of [false, true]) {
      for (const style of ['zeros', 'blanks'] as const) {
        const t = table === '4' ? sweepReview(seed, count, slip, style) : sweepRequests(seed, count, slip, style)
        const read = t.right + t.wrong
        console.log(`table ${table === '4' ? '四' : '三'} ${slip ? 'one slip' : 'clean   '} ${style}: ${t.tables} tables, ${t.cells} cells, read ${read} (${pct(read, t.cells)} %), right ${t.right}, wrong ${t.wrong}`)
        if (args.includes('--show')) for (const e of t.examples) console.log(`  ${e}`)
      }
    }
  }
}
