// Tidying what the recogniser reads: full-width forms folded (２ → 2), and in a box that holds only
// digit shapes, the round glyphs the model gives for a printed zero (○, o, ｏ) read as 0 and the
// Cyrillic look-alikes it sometimes gives for digits (З) read as those digits, but then as doubtful:
// a look-alike is a guess. A lone "。" in a cell is a zero only by its place: doubtful too.

export interface OcrReading {
  text: string
  confidence: number
}

const ZERO_SHAPES = /[○〇oOｏＯ]/g
const LOOK_ALIKES: Record<string, string> = { З: '3', з: '3', б: '6', О: '0', о: '0', l: '1', I: '1', '|': '1' }
const DIGIT_SHAPES = /^[0-9○〇oOｏＯЗзбОоlI|]+$/
/** The confidence given to a reading that rests on a guess (below the doubt threshold). */
export const GUESS_CONFIDENCE = 0.5

export function tidyReading(raw: string, confidence: number): OcrReading {
  const text = raw.normalize('NFKC').trim()
  if (text === '。' || text === '.') return { text: '0', confidence: Math.min(confidence, GUESS_CONFIDENCE) }
  if (!DIGIT_SHAPES.test(text) || /^[0-9]+$/.test(text)) return { text, confidence }
  const zeros = text.replace(ZERO_SHAPES, '0')
  const digits = [...zeros].map((c) => LOOK_ALIKES[c] ?? c).join('')
  // Without any real digit or zero shape, letters alone (a lone "I") are no number.
  if (!/[0-9○〇oOｏＯЗзб]/.test(text)) return { text, confidence }
  return { text: digits, confidence: digits === zeros ? confidence : Math.min(confidence, GUESS_CONFIDENCE) }
}
