// Several whole titles in the header zone (review rv19 #1): a portal page copied with Ctrl+A or printed
// to PDF lists other bodies' reports of other years (相关链接) above the report's own title. A title is
// the report's only if it agrees with the rest of the text: the year the text reports on (统计期限, the
// opening of 一) and the body that signs it (落款). A list of titles is a list of links.
import { parseAgency } from '../identity/body'

export interface WholeTitle {
  agency: string
  year: number | null
  line: number
}

export interface TitleEvidence {
  /** The year the text itself reports on, or null. */
  year: number | null
  /** The body of the 落款, or null. */
  signed: string | null
  /** The year of a 落款 dated January–June, or null: a report is signed early in the year after the one it reports on. */
  signedYear?: number | null
}

/** A body's name reduced for comparison: the narrowest place and the body proper. */
function nameParts(agency: string): { place: string | null; body: string } | null {
  const p = parseAgency(agency)
  if (!p) return null
  const place = p.places.at(-1) ?? null
  // 「县水务局」: a place word without its name says nothing about which place.
  const body = (p.body === '' && place ? '人民政府' : p.body).replace(/^(?:省|市|县|区|州|镇|乡)(?=.)/, '')
  return { place, body }
}

/**
 * True when two names may be the same body: the same narrowest place where both name one, and the
 * same body proper — or one the other's 办公室 (a government's report signed by its office is the
 * government's; a bureau's 办公室 signs for the bureau).
 */
export function bodiesAgree(a: string, b: string): boolean {
  const pa = nameParts(a)
  const pb = nameParts(b)
  if (!pa || !pb) return false
  if (pa.place && pb.place && pa.place !== pb.place) return false
  const office = (x: string, y: string) => x === `${y}办公室` || x === `${y}办公厅` || x === `${y}办`
  return pa.body === pb.body || office(pa.body, pb.body) || office(pb.body, pa.body)
}

/** One body and year, also where one name carries words in front of the other (「现将某局…」 in the preamble). */
function sameTitle(a: WholeTitle, b: WholeTitle): boolean {
  if (a.year !== b.year) return false
  return a.agency.endsWith(b.agency) || b.agency.endsWith(a.agency) || bodiesAgree(a.agency, b.agency)
}

/**
 * The report's own title among the whole titles of the header zone (in order), or null when they
 * disagree and the text does not tell which is its own (the caller then reads the body and year from
 * the text). One title, or titles that all name the same body and year: the first.
 */
export function chooseTitle(titles: readonly WholeTitle[], ev: TitleEvidence): WholeTitle | null {
  const first = titles[0]
  if (!first) return null
  if (titles.every((t) => sameTitle(t, first))) return first
  // Where the text names no year of its own, the 落款's date stands for it (signed the year after).
  const year = ev.year ?? (ev.signedYear != null ? ev.signedYear - 1 : null)
  const score = (t: WholeTitle): number =>
    (year !== null && t.year === year ? 1 : 0) + (ev.signed !== null && bodiesAgree(t.agency, ev.signed) ? 1 : 0)
  const best = Math.max(...titles.map(score))
  // No evidence at all: as before, the first title.
  if (best === 0) return first
  const top = titles.filter((t) => score(t) === best)
  return top.every((t) => sameTitle(t, top[0]!)) ? top[0]! : null
}
