// Where the team's corpus stands beside the checkout (../shared/corpus); tests skip without it.
// (import.meta.url rather than __dirname, so that tsx scripts importing the test helpers run too.)
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const CORPUS = fileURLToPath(new URL('../../../shared/corpus', import.meta.url))
export const HAS_CORPUS = existsSync(CORPUS)
export const corpusFile = (rel: string): string => resolve(CORPUS, rel)
