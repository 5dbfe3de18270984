// The rules every count read from prose follows (主动公开, requests, 12345 calls, messages; hostile review
// hr38 F2–F4), in one place: a count of a part of the year, an average or a running total
// (prose-period-qualifier.ts), an estimate marked after its unit (prose-approx-after.ts), and a place's
// figure in a report of a body that is not that place's government (prose-place-subject.ts) are not the
// body's year's figure. Pure: compact text.
import { periodQualifierBefore, periodNote } from './prose-period-qualifier'
import { approxWordAfter } from './prose-approx-after'
import { placeSubjectNotBody, placeNote } from './prose-place-subject'
import { approxNote } from './metrics-sentences'

/**
 * Why the count whose verb (or number) stands at `verb` in the sentence `s` and which ends at `end` (its
 * unit included) is not the body's figure for the year, as a note naming `what` it counts, or null.
 * `figure` is the count's words as quoted in the note, `printed` the sentence as printed.
 */
export function countNotTheYears(what: string, s: string, verb: number, end: number, year: number | null, agency: string | null, figure: string, printed: string): string | null {
  const period = periodQualifierBefore(s, verb, year)
  if (period) return periodNote(what, figure, period, printed)
  const approx = approxWordAfter(s, end)
  if (approx) return approxNote(what, `${figure}${approx}`, printed)
  const place = placeSubjectNotBody(s, verb, agency)
  return place ? placeNote(what, figure, place, agency, printed) : null
}
