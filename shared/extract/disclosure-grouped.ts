// Table 二 in text whose cell bounds are not known (plain pdftotext, crawled pages): a number grouped
// by a space (「2 776」, GB/T 15835) may be one cell or two, and reading it as two shifts every
// cell after it (a table printed value-first then reads each row's number from the next row). The
// table is read both ways — as printed, and with each such group joined — and a cell is kept only
// where the two readings agree; the others are left empty with a note. Table cells (HTML, DOCX,
// tab text) were joined already by flatten (grouped-digits.ts), so this changes nothing there.
import type { ActiveDisclosure } from '../model/report'
import { parseActiveDisclosure, type DisclosureParse } from './active-disclosure'
import { rowName } from './disclosure-row-order'
import { toAsciiDigits } from './numbers-cn'

const DIGIT = '[0-9０-９]'
/** Digits, then groups of exactly three each after one space: a possible space-grouped number. */
const GROUP_CHAIN = new RegExp(`(${DIGIT}+)((?:[ \\u00a0\\u2009\\u202f]${DIGIT}{3})+)(?![0-9０-９])`, 'g')

/**
 * The text with every possible space-grouped number closed up, same length (the spaces move after
 * the number, so positions around it stay): 「2 776件」 → 「2776 件」. The digits before the first
 * space may end another cell run together with it (crawled text): that reading is then one more
 * the two differ in.
 */
export function joinSpacedGroups(text: string): string {
  return text.replace(GROUP_CHAIN, (_m, head: string, groups: string) => {
    const digits = groups.replace(/[ \u00a0\u2009\u202f]/g, '')
    return `${head}${digits}${' '.repeat(groups.length - digits.length)}`
  })
}

type Rows = Record<string, Record<string, number | null> | undefined>

/**
 * A number of four digits or more standing alone between spaces (「行政许可 1063 减 167 181101」), no
 * year: the report does not group digits by spaces, so a space between digits parts two cells
 * (「83 83 398」 is three cells, not 83 and 83398). Run-together text (a crawled page) has no number
 * between spaces and is read both ways.
 */
function printsUngrouped(text: string): boolean {
  // Not itself beside a possible group (「1153115167 794」 in run-together text is no such number).
  for (const m of text.matchAll(/(?<=^|[ \t\u3000])(?<![0-9０-９][ \u00a0\u2009\u202f])[0-9０-９]{4,}(?=[ \t\u3000]|$)(?![ \u00a0\u2009\u202f][0-9０-９]{3}(?![0-9０-９]))/gm)) {
    if (/^[ \t\u3000]*年/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue // a year
    return true
  }
  return false
}

/** Table 二 read as printed and with the spaced groups joined; cells the readings differ on are empty. */
export function parseActiveDisclosureGrouped(printed: string, pageStarts: number[] = []): DisclosureParse {
  // Full-width digits made ASCII once (one character for one: spans stay valid), so every reading below sees ０-９ as 0-9.
  const text = toAsciiDigits(printed)
  const asPrinted = parseActiveDisclosure(text, pageStarts)
  const joined = joinSpacedGroups(text)
  if (joined === text || printsUngrouped(text)) return asPrinted
  const other = parseActiveDisclosure(joined, pageStarts)
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
