// Every hand-written section 五 text of the hostile set, for the test and for `npm run eval`.
import { DEBRIS } from './debris'
import { HOLDOUT } from './holdout'
import { LAYOUTS } from './layouts'
import { ORDERS } from './orders'
import type { HostileCase } from './cases'

export const HOSTILE_CASES: HostileCase[] = [...ORDERS, ...LAYOUTS, ...DEBRIS, ...HOLDOUT]
