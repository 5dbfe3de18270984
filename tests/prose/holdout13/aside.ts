// Holdout 13 cut in two by a fixed rule before tuning (session 15, s5v): every 4th text (index 3, 7, 11, …
// of HOLDOUT13) is set aside and not read while tuning; the other 57 are the tuning part. The figure
// on the 19 set aside is reported apart, as the honest measure of whether a change generalises.
import type { Holdout13Case } from './entry'
import { HOLDOUT13 } from './texts'

const isAside = (i: number): boolean => i % 4 === 3

export const HOLDOUT13_TUNE: Holdout13Case[] = HOLDOUT13.filter((_, i) => !isAside(i))
export const HOLDOUT13_ASIDE: Holdout13Case[] = HOLDOUT13.filter((_, i) => isAside(i))
