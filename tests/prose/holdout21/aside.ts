// Holdout 21 cut in two by a fixed rule, set before it was ever run (holdout 18–20's rule): every 4th
// text (index 3, 7, 11, … of HOLDOUT21) is set aside and not read while tuning; the others are the tuning part.
// The figure on the texts set aside is reported apart, as the honest measure of whether a change generalises.
import type { Holdout21Case } from './entry'
import { HOLDOUT21 } from './texts'

const isAside = (i: number): boolean => i % 4 === 3

export const HOLDOUT21_TUNE: Holdout21Case[] = HOLDOUT21.filter((_, i) => !isAside(i))
export const HOLDOUT21_ASIDE: Holdout21Case[] = HOLDOUT21.filter((_, i) => isAside(i))
