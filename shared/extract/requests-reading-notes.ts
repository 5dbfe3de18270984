// The notes table 三's solver (requests-solve.ts) leaves on rows with several readings. Where those
// rows' placement is then not proven after all (requests-proof.ts), that is the one reason they stay
// unread: a row carried both 「…有 7 种读法，不能唯一确定其中 6 格」 (as if one cell were read) and
// 「…位置不能证明」, two notes with different reasons. The solver's notes then give way.
import type { ExtractionNote } from '../model/extraction'

const readingNotes = new WeakSet<ExtractionNote>()

/** Pushes a solver's note, remembered as one. */
export function pushReadingNote(notes: ExtractionNote[], note: ExtractionNote): void {
  readingNotes.add(note)
  notes.push(note)
}

/** Removes the solver's notes on `keys` (table 三 row keys). */
export function dropReadingNotes(notes: ExtractionNote[], keys: readonly string[]): void {
  const fields = new Set(keys.map((k) => `requests.${k}`))
  for (let i = notes.length - 1; i >= 0; i--) if (readingNotes.has(notes[i]!) && fields.has(notes[i]!.field)) notes.splice(i, 1)
}
