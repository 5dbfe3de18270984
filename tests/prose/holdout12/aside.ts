// Holdout 12 cut in two by a fixed rule before tuning (session 14): every 4th text (index 3, 7, 11, …
// of HOLDOUT12) is set aside and not read while tuning; the other 60 are the tuning part. The figure
// on the 20 set aside is reported apart, as the honest measure of whether a change generalises.
import type { Holdout12Case } from './entry'
import { HOLDOUT12 } from './texts'

const isAside = (i: number): boolean => i % 4 === 3

export const HOLDOUT12_TUNE: Holdout12Case[] = HOLDOUT12.filter((_, i) => !isAside(i))
export const HOLDOUT12_ASIDE: Holdout12Case[] = HOLDOUT12.filter((_, i) => isAside(i))
