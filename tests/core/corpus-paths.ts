// Where the team's corpus stands beside the checkout (../shared/corpus); tests skip without it.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

export const CORPUS = resolve(__dirname, '../../../shared/corpus')
export const HAS_CORPUS = existsSync(CORPUS)
export const corpusFile = (rel: string): string => resolve(CORPUS, rel)
