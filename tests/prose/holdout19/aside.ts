// Holdout 19 cut in two by a fixed rule, set before it was ever run (holdout 18's rule): every 4th text
// (index 3, 7, 11, … of HOLDOUT19) is set aside and not read while tuning; the others are the tuning part.
// The figure on the texts set aside is reported apart, as the honest measure of whether a change generalises.
import type { Holdout19Case } from './entry'
import { HOLDOUT19 } from './texts'

const isAside = (i: number): boolean => i % 4 === 3

export const HOLDOUT19_TUNE: Holdout19Case[] = HOLDOUT19.filter((_, i) => !isAside(i))
export const HOLDOUT19_ASIDE: Holdout19Case[] = HOLDOUT19.filter((_, i) => isAside(i))
