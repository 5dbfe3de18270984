// Holdout 20 cut in two by a fixed rule, set before it was ever run (holdout 18's and 19's rule): every 4th
// text (index 3, 7, 11, … of HOLDOUT20) is set aside and not read while tuning; the others are the tuning part.
// The figure on the texts set aside is reported apart, as the honest measure of whether a change generalises.
import type { Holdout20Case } from './entry'
import { HOLDOUT20 } from './texts'

const isAside = (i: number): boolean => i % 4 === 3

export const HOLDOUT20_TUNE: Holdout20Case[] = HOLDOUT20.filter((_, i) => !isAside(i))
export const HOLDOUT20_ASIDE: Holdout20Case[] = HOLDOUT20.filter((_, i) => isAside(i))
