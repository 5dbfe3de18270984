// The 落款 date: the date a report is signed with, at its end (or, where it prints none there, the
// date in brackets right under its title). Split from header.ts, which finds the title, body and year.
import { CN_NUMERAL_CHARS, intValue, parseYear, toHalfWidthDigits } from './numbers-cn'
import { isPageMarkerLine, toSimplifiedForMatching } from './prose-text'
import { latinOAsNumeralZero } from './numeral-o'

/** A year as printed: four digits or four Chinese numerals (二〇二三). */
export const YEAR = `(\\d{4}|[〇零○一二三四五六七八九]{4})`

const CN_OR_D = `(\\d{1,2}|[${CN_NUMERAL_CHARS}]{1,3})`
/** A line that ends with a full date, optionally after the body's name (no punctuation before). */
const DATE_LINE = new RegExp(`^[^，。；：、至]{0,40}?${YEAR}年${CN_OR_D}月${CN_OR_D}日$`)
const ISO_LINE = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/
/** How many non-empty lines from the end may hold the signature. */
const SIGNATURE_ZONE = 10

function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCMonth() !== m - 1) return null
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** A line's last sentence: a crawled page runs the whole body into one line, the signature at its end. */
export const lastSentence = (t: string): string => t.slice(Math.max(...['。', '；', '！', '？'].map((p) => t.lastIndexOf(p))) + 1)

/** A line (its last sentence) holding only a date, or the body's name and a date → ISO date, else null. */
function dateOfLine(raw: string): string | null {
  const t = lastSentence(latinOAsNumeralZero(toSimplifiedForMatching(toHalfWidthDigits(raw.trim())).replace(/\s+/g, '')))
  const m = DATE_LINE.exec(t)
  if (m) {
    const y = parseYear(m[1] ?? '')
    const mo = intValue(m[2] ?? '')
    const d = intValue(m[3] ?? '')
    return y !== null && mo !== null && d !== null ? isoDate(y, mo, d) : null
  }
  const iso = ISO_LINE.exec(t)
  return iso ? isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) : null
}

/** Heading of section 六; a signature followed by attachments (tables) sits somewhere after it. */
const SIX_HEADING = /^\s*(?:[六6][、.．]\s*)?其他需要报告的事项/

export function signatureDate(lines: readonly string[], reportYear: number | null): { date: string; line: number } | null {
  // The report is signed after the year it reports on.
  const plausible = (date: string | null): date is string => date !== null && (reportYear === null || Number(date.slice(0, 4)) >= reportYear)
  let seen = 0
  for (let i = lines.length - 1; i >= 0 && seen < SIGNATURE_ZONE; i--) {
    const raw = (lines[i] ?? '').trim()
    if (raw === '' || isPageMarkerLine(raw)) continue
    seen++
    const date = dateOfLine(raw)
    if (plausible(date)) return { date, line: i }
  }
  let six = -1
  for (let i = lines.length - 1; i >= 0 && six < 0; i--) if (SIX_HEADING.test(lines[i] ?? '')) six = i
  if (six < 0) return null
  for (let i = six + 1; i < lines.length; i++) {
    const date = dateOfLine(lines[i] ?? '')
    if (plausible(date)) return { date, line: i }
  }
  return null
}

/** A date in brackets on a line of its own: 「（2023年1月23日）」 — nothing else (not 「截至…更新」, not 「…印发」). */
const BRACKET_DATE_LINE = new RegExp(`^[（(]${YEAR}年${CN_OR_D}月${CN_OR_D}日[)）]$`)
/** How many lines after the title's first line may hold the rest of the title and then its date. */
const TITLE_DATE_ZONE = 4

/**
 * The document's date printed in brackets right under its title (as many web pages and 政府 documents
 * print it), where no 落款 date is found (review 10 R10-11). Only the first line after the title that
 * is not part of it: a date further down is a period, an update or an annex's date.
 */
export function titleDate(lines: readonly string[], titleLine: number, reportYear: number | null): { date: string; line: number } | null {
  for (let i = titleLine + 1; i < Math.min(lines.length, titleLine + 1 + TITLE_DATE_ZONE); i++) {
    const t = latinOAsNumeralZero(toSimplifiedForMatching(toHalfWidthDigits((lines[i] ?? '').trim())).replace(/\s+/g, ''))
    if (t === '' || isPageMarkerLine(t)) continue
    const m = BRACKET_DATE_LINE.exec(t)
    if (m) {
      const y = parseYear(m[1] ?? '')
      const mo = intValue(m[2] ?? '')
      const d = intValue(m[3] ?? '')
      const date = y !== null && mo !== null && d !== null ? isoDate(y, mo, d) : null
      // The report is dated after the year it reports on (a date inside that year, under the title, is
      // more likely the period's or a notice's than the report's).
      return date !== null && (reportYear === null || Number(date.slice(0, 4)) > reportYear) ? { date, line: i } : null
    }
    // A short line without a full stop may be the title's second line; anything else ends the search.
    if (t.length > 40 || /[。；，]/.test(t)) return null
  }
  return null
}
