// Twentieth holdout: 60 section 五 texts of invented bodies (区县政府办公室, towns and streets, county and
// city bureaus, public enterprises, colleges and hospitals), written and answered by hand, blind (README.md),
// before the extractor was ever run on them. Order matters: aside.ts sets every 4th text aside.
import type { Holdout20Case } from './entry'
import { BUREAUS_A } from './texts-bureaus-a'
import { BUREAUS_B } from './texts-bureaus-b'
import { BUREAUS_C } from './texts-bureaus-c'
import { OFFICES } from './texts-offices'
import { UNITS } from './texts-units'

export const HOLDOUT20: Holdout20Case[] = [...OFFICES, ...BUREAUS_A, ...BUREAUS_B, ...BUREAUS_C, ...UNITS]
