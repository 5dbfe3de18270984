// Which OCR readings are too unsure to be a number in the report. A reading that rests on a
// look-alike glyph (З for 3, a lone 。 for 0) is doubtful. Other digits are judged by the
// recogniser's confidence; zeros are not, since it spreads a printed 0 over several round glyphs
// and scores each low even when all of them mean 0 (the table checks still see every zero).
// A doubtful number is left out of the document (its cell stays empty, never guessed) and listed.

/** A number with a digit other than 0 read with less confidence than this is doubtful. */
export const DOUBT_BELOW = 0.35

/** A cell read as a lone dash or stroke: in a scan that may be a thin 1 read badly, and the
 *  extractor would take a dash for 0, so it is never trusted as a number. */
const LONE_STROKE = /^[-—–－‐‒―ー|｜lI]$/

export function isDoubtful(text: string, confidence: number, guess: boolean): boolean {
  if (LONE_STROKE.test(text.trim())) return true
  // A count printed with its unit ("52件") is judged as its number: the unit does not vouch for it.
  text = text.replace(/(?<=\d)\s*[件个项条次]$/, '')
  if (!/^[\d,.，]+$/.test(text)) return false
  return guess || (/[1-9]/.test(text) && confidence < DOUBT_BELOW)
}

/** A lone dash in a box much wider than tall: a stroke lying flat, found by its shape (cell-reread
 *  reads a cell's dash from its ink); a thin 1 read as a dash stands in a tall box. */
export function flatDash(text: string, box: { w: number; h: number }): boolean {
  return /^[-—–－]$/.test(text.trim()) && box.w >= 2.5 * box.h
}
