// Holdout 18 cut in two by a fixed rule, set before it was ever run: every 4th text (index 3, 7, 11, …
// of HOLDOUT18) is set aside and not read while tuning; the others are the tuning part. The figure on
// the texts set aside is reported apart, as the honest measure of whether a change generalises.
import type { Holdout18Case } from './entry'
import { HOLDOUT18 } from './texts'

const isAside = (i: number): boolean => i % 4 === 3

export const HOLDOUT18_TUNE: Holdout18Case[] = HOLDOUT18.filter((_, i) => !isAside(i))
export const HOLDOUT18_ASIDE: Holdout18Case[] = HOLDOUT18.filter((_, i) => isAside(i))
