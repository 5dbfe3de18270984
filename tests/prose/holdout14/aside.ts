// Holdout 14 cut in two by a fixed rule, set before it was ever run: every 4th text (index 3, 7, 11, …
// of HOLDOUT14) is set aside and not read while tuning; the others are the tuning part. The figure on
// the texts set aside is reported apart, as the honest measure of whether a change generalises.
import type { Holdout14Case } from './entry'
import { HOLDOUT14 } from './texts'

const isAside = (i: number): boolean => i % 4 === 3

export const HOLDOUT14_TUNE: Holdout14Case[] = HOLDOUT14.filter((_, i) => !isAside(i))
export const HOLDOUT14_ASIDE: Holdout14Case[] = HOLDOUT14.filter((_, i) => isAside(i))
