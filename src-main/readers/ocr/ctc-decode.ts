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

/** `probs`: steps × classes, row-major, for one crop. */
export function ctcDecode(probs: Float32Array, steps: number, classes: number, alphabet: string[], stepLimit = steps): Decoded {
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
      sum += bestP
      min = Math.min(min, bestP)
      kept++
      at.push(t)
    }
    prev = best
  }
  return { text, confidence: kept ? sum / kept : 1, minConfidence: kept ? min : 1, steps: at }
}
