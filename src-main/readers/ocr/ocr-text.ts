// Tidying what the recogniser reads: full-width forms folded (２ → 2), and in a box that holds only
// digit shapes, the round glyphs the model gives for a printed zero (○, o, ｏ) read as 0 and the
// Cyrillic look-alikes it sometimes gives for digits (З) read as those digits, but then as doubtful:
// a look-alike is a guess. A lone "。" in a cell is a zero only by its place: doubtful too.

export interface OcrReading {
  text: string
  confidence: number
  /** The number rests on a look-alike glyph or on its place alone. */
  guess: boolean
}

const ZERO_SHAPES = /[○〇oOｏＯ]/g
const LOOK_ALIKES: Record<string, string> = { З: '3', з: '3', б: '6', О: '0', о: '0', l: '1', I: '1', '|': '1' }
const DIGIT_SHAPES = /^[0-9○〇oOｏＯЗзбОоlI|]+$/
/** Raised, lowered and circled digits (² ₂ ①): the recogniser chose them for a glyph it saw out of
 *  line or out of shape (a blurred 7 read as ² in a phone photo), never for a table's print. */
const ODD_DIGITS = /[\u00b2\u00b3\u00b9\u2070-\u209f\u2460-\u24ff\u2776-\u2793]/

export function tidyReading(raw: string, confidence: number): OcrReading {
  const text = raw.normalize('NFKC').trim()
  if (ODD_DIGITS.test(raw)) {
    const t = tidyReading(raw.replace(new RegExp(ODD_DIGITS.source, 'g'), (c) => c.normalize('NFKC')), confidence)
    return /^[\d,.]+$/.test(t.text) ? { ...t, guess: true } : t
  }
  if (text === '。' || text === '.') return { text: '0', confidence, guess: true }
  // A digit shape with a speck or a bit of rule read beside it ("o.", "[o]", "\"o"): the shape is
  // the cell's content, but the reading is a guess.
  const bare = text.replace(/[[\]()"'“”.,。:;|!]/g, '')
  if (bare !== text && bare.length === 1 && DIGIT_SHAPES.test(bare) && /[0-9○〇oOｏＯЗзб]/.test(bare)) {
    return { ...tidyReading(bare, confidence), guess: true }
  }
  if (!DIGIT_SHAPES.test(text)) return { text: dropSpecks(text), confidence, guess: false }
  if (/^[0-9]+$/.test(text)) return { text, confidence, guess: false }
  const zeros = text.replace(ZERO_SHAPES, '0')
  const digits = [...zeros].map((c) => LOOK_ALIKES[c] ?? c).join('')
  // Without any real digit or zero shape, letters alone (a lone "I") are no number.
  if (!/[0-9○〇oOｏＯЗзб]/.test(text)) return { text, confidence, guess: false }
  // A zero shape inside a longer number ("1o") or any look-alike is a guess; a lone zero shape is
  // the usual print of 0.
  return { text: digits, confidence, guess: digits !== zeros || (text.length > 1 && zeros !== text) }
}

/** A lone I, l or | between Chinese characters (or where a box of them starts or ends) is a speck
 *  or a bit of rule read as a letter ("三、I"): Chinese text never puts a lone Latin letter there. */
function dropSpecks(text: string): string {
  return text.replace(/(?<=[\u4e00-\u9fff、，。：；（）])[Il|](?=[\u4e00-\u9fff]|$)/g, '').replace(/^[Il|](?=[\u4e00-\u9fff])/, '')
}
