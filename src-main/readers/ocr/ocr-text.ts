// Tidying what the recogniser reads: full-width forms folded (２ → 2), and in a box that holds only
// digit shapes the round glyphs the model gives for a printed zero (○, o, ｏ, 。) read as 0. A lone
// "。" is a zero only by its place, so its confidence is lowered and the cell stays doubtful.

export interface OcrReading {
  text: string
  confidence: number
}

const ZERO_SHAPES = /[○〇oOｏＯ]/g
const DIGITS_AND_ZERO_SHAPES = /^[0-9○〇oOｏＯ]+$/

export function tidyReading(raw: string, confidence: number): OcrReading {
  const text = raw.normalize('NFKC').trim()
  if (text === '。' || text === '.') return { text: '0', confidence: Math.min(confidence, 0.5) }
  if (DIGITS_AND_ZERO_SHAPES.test(text) && /[○〇oOｏＯ]/.test(text)) {
    // A zero shape inside a longer number ("1o") is a guess; alone it is the usual print of 0.
    return { text: text.replace(ZERO_SHAPES, '0'), confidence: text.length === 1 ? confidence : Math.min(confidence, 0.5) }
  }
  return { text, confidence }
}
