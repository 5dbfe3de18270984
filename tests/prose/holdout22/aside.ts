// Holdout 22 cut in two by a fixed rule, set before it was ever run (holdout 18–21's rule): every 4th
// text (index 3, 7, 11, … of HOLDOUT22) is set aside and not read while tuning; the others are the tuning part.
// The figure on the texts set aside is reported apart, as the honest measure of whether a change generalises.
import type { Holdout22Case } from './entry'
import { HOLDOUT22 } from './texts'

// Only among the 60 blind texts: the tuning texts written after the blind run (texts-extra.ts) are never set aside.
const isAside = (i: number): boolean => i < 60 && i % 4 === 3

export const HOLDOUT22_TUNE: Holdout22Case[] = HOLDOUT22.filter((_, i) => !isAside(i))
export const HOLDOUT22_ASIDE: Holdout22Case[] = HOLDOUT22.filter((_, i) => isAside(i))
