// Table 二 in text whose cell bounds are not known (plain pdftotext, crawled pages): a number grouped
// by a space (「2 776」, GB/T 15835) may be one cell or two, and reading it as two shifts every
// cell after it (a table printed value-first then reads each row's number from the next row). The
// table is read both ways — as printed, and with each such group joined — and a cell is kept only
// where the two readings agree; the others are left empty with a note. Table cells (HTML, DOCX,
// tab text) were joined already by flatten (grouped-digits.ts), so this changes nothing there.
import type { ActiveDisclosure } from '../model/report'
import { parseActiveDisclosure, type DisclosureParse } from './active-disclosure'
import { rowName } from './disclosure-row-order'

const DIGIT = '[0-9０-９]'
/** A digit, one space, then exactly three digits: a possible group boundary. */
const GROUP_GAP = new RegExp(`(${DIGIT})[ \\u00a0\\u2009\\u202f](${DIGIT}{3})(?![0-9０-９])`, 'g')

/**
 * The text with every possible group boundary closed up, same length (the space moves after the
 * number, so positions around it stay): 「2 776件」 → 「2776 件」. Also the digit before the space may
 * end another cell run together with it (crawled text): that reading is then one more the two differ in.
 */
export function joinSpacedGroups(text: string): string {
  let out = text
  for (let i = 0; i < 4; i++) {
    const next = out.replace(GROUP_GAP, (_m, a: string, b: string) => `${a}${b} `)
    if (next === out) break
    out = next
  }
  return out
}

type Rows = Record<string, Record<string, number | null> | undefined>

/** Table 二 read as printed and with the spaced groups joined; cells the readings differ on are empty. */
export function parseActiveDisclosureGrouped(text: string): DisclosureParse {
  const asPrinted = parseActiveDisclosure(text)
  const joined = joinSpacedGroups(text)
  if (joined === text) return asPrinted
  const other = parseActiveDisclosure(joined)
  const a = asPrinted.table as Rows
  const b = other.table as Rows
  const groups = [...text.matchAll(new RegExp(`${DIGIT}{1,3}(?:[ \\u00a0\\u2009\\u202f]${DIGIT}{3})+(?![0-9０-９])`, 'g'))].map((m) => m[0]).slice(0, 3)
  const table: Rows = {}
  const notes = [...asPrinted.notes]
  for (const key of Object.keys(a)) {
    const row = a[key]
    if (!row) {
      table[key] = row
      continue
    }
    const differ = Object.keys(row).filter((f) => row[f] !== null && row[f] !== (b[key]?.[f] ?? null))
    table[key] = Object.fromEntries(Object.entries(row).map(([f, v]) => [f, differ.includes(f) ? null : v]))
    if (differ.length) {
      notes.push({
        field: `activeDisclosure.${key}`,
        message: `表二中有以空格分节的数（${groups.map((g) => `「${g}」`).join('')}），是一个数还是两格无法判定；「${rowName(key)}」行按两种读法结果不同的 ${differ.length} 格未读取。`,
      })
    }
  }
  return { ...asPrinted, table: table as ActiveDisclosure, notes }
}
