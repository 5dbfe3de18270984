// Vitest's global setup: the process entries are bundled once for the run (entry-bundles.ts) and
// named in the environment, which the test workers and the processes they start inherit.
import type { TestProject } from 'vitest/node'
import { PREBUILT_ENTRIES_ENV } from '../../src-main/prebuilt-entry'
import { entryBundles } from './entry-bundles'

export default async function setup(project: TestProject): Promise<void> {
  const build = async (): Promise<void> => {
    const dir = await entryBundles()
    if (dir) process.env[PREBUILT_ENTRIES_ENV] = dir
    else delete process.env[PREBUILT_ENTRIES_ENV]
  }
  await build()
  // Watch mode: sources edited between runs are bundled again (a new hash, a new folder).
  project.onTestsRerun(build)
}
