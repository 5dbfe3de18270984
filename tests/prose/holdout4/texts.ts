// Fourth holdout of section 五 texts (helper j11k), written blind: without reading the matcher's word
// lists (shared/taxonomy), the extractor (shared/extract/problem*) or the earlier sets' texts, and with
// every expected entry and category set by hand per ../shared/spec/problem-taxonomy.md before the
// extractor was first run on them. See README.md for what the texts cover and the first-run figures.
import type { Holdout4Case } from './gold'
import { HOLDOUT4_A } from './texts-a'
import { HOLDOUT4_B } from './texts-b'
import { HOLDOUT4_C } from './texts-c'
import { HOLDOUT4_D } from './texts-d'

export const HOLDOUT4: Holdout4Case[] = [...HOLDOUT4_A, ...HOLDOUT4_B, ...HOLDOUT4_C, ...HOLDOUT4_D]
