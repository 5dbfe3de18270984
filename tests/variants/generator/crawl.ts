// Rule family: what a crawler does to blank cells. A report whose tables leave their zero cells
// blank, crawled into text whose digits run together, loses those cells altogether: nothing is
// printed where they stood, so their neighbours' digits join ("12", "", "3" → "123") and no mark
// shows that a cell was there. Such a blank stays "not stated" (null) in the expected model.
import { chance, type Rand } from './rng'

/** Whether this variant's zero cells are blank and dropped by the crawler (run-together text only). */
export function drawDroppedBlanks(rand: Rand, format: string): boolean {
  return format === 'crawled-run' && chance(rand, 0.3)
}

export function crawlRuleTags(droppedBlanks: boolean | undefined): string[] {
  return droppedBlanks ? ['crawl:blank-dropped'] : []
}
