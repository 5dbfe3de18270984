// The real reading → extraction → checking steps, in one place for the app and the e2e harness.
import { extractReport } from '../../shared/extract/index'
import { checkAll } from './checks'
import { importPaths } from './importer'
import type { Pipeline } from './desk'

export const realPipeline: Pipeline = { importPaths, extract: extractReport, checkAll }
