// CTC greedy decoding of the recogniser's output: the best class per time step, repeats collapsed,
// blanks (class 0) dropped. Confidence is the mean probability of the kept steps, and the lowest
// one is kept too, since one doubtful digit is what matters in a table cell.

export interface Decoded {
  text: string
  /** Mean probability of the kept characters (1 for an empty reading). */
  confidence: number
  /** Lowest probability among the kept characters (1 for an empty reading). */
  minConfidence: number
  /** Time step of each character, for placing characters within the crop. */
  steps: number[]
}

/** `probs`: steps × classes, row-major, for one crop. `sameAs` (optional): for each class, the class
 *  it means the same as (２ and 2, ○ and 0): a character's probability is that of its whole group,
 *  since the model spreads a printed zero over several round glyphs. */
export function ctcDecode(probs: Float32Array, steps: number, classes: number, alphabet: string[], stepLimit = steps, sameAs?: Int32Array): Decoded {
  let text = ''
  let sum = 0, min = 1, kept = 0, prev = -1
  const at: number[] = []
  for (let t = 0; t < Math.min(steps, stepLimit); t++) {
    let best = 0, bestP = -1
    const row = t * classes
    for (let c = 0; c < classes; c++) {
      const p = probs[row + c]!
      if (p > bestP) (bestP = p), (best = c)
    }
    if (best !== 0 && best !== prev) {
      text += alphabet[best] ?? ''
      if (sameAs && sameAs[best] !== best) {
        let group = 0
        for (let c = 0; c < classes; c++) if (sameAs[c] === sameAs[best]) group += probs[row + c]!
        bestP = group
      }
      sum += bestP
      min = Math.min(min, bestP)
      kept++
      at.push(t)
    }
    prev = best
  }
  return { text, confidence: kept ? sum / kept : 1, minConfidence: kept ? min : 1, steps: at }
}

/** Classes grouped by meaning for digits: full-width digits with their ASCII forms, the round
 *  glyphs a printed zero is read as (○ 〇 o O ｏ Ｏ) with 0. Other classes stand alone. */
export function digitGroups(alphabet: string[]): Int32Array {
  const index = new Map(alphabet.map((ch, i) => [ch, i]))
  const out = new Int32Array(alphabet.length)
  alphabet.forEach((ch, i) => {
    const folded = /^[○〇oOｏＯ]$/.test(ch) ? '0' : ch.normalize('NFKC')
    out[i] = /^\d$/.test(folded) ? (index.get(folded) ?? i) : i
  })
  return out
}
