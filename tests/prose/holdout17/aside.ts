// Holdout 17 cut in two by a fixed rule, set before it was ever run: every 4th text (index 3, 7, 11, …
// of HOLDOUT17) is set aside and not read while tuning; the others are the tuning part. The figure on
// the texts set aside is reported apart, as the honest measure of whether a change generalises.
import type { Holdout17Case } from './entry'
import { HOLDOUT17 } from './texts'

const isAside = (i: number): boolean => i % 4 === 3

export const HOLDOUT17_TUNE: Holdout17Case[] = HOLDOUT17.filter((_, i) => !isAside(i))
export const HOLDOUT17_ASIDE: Holdout17Case[] = HOLDOUT17.filter((_, i) => isAside(i))
