// The Electron fuses of the packaged app: read back from the packaging configuration
// (electron-builder.yml, which flips them with @electron/fuses), each name checked against
// @electron/fuses' own list; and from a packaged binary when one has been built (release/).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { FuseV1Options, FuseState, getCurrentFuseWire } from '@electron/fuses'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const config = load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as { electronFuses?: Record<string, boolean>; productName: string }

/** The hardened value of each fuse that matters for security. */
const REQUIRED: Partial<Record<keyof typeof FuseV1Options, boolean>> = {
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  GrantFileProtocolExtraPrivileges: false,
}

const pascal = (key: string) => key[0]!.toUpperCase() + key.slice(1)

describe('Electron fuses', () => {
  it('the packaging configuration sets every security fuse to its hardened value', () => {
    const fuses = config.electronFuses
    expect(fuses, 'electronFuses in electron-builder.yml').toBeDefined()
    // Every key is a real fuse (a typo would be ignored by the packager, leaving the default).
    for (const key of Object.keys(fuses!)) expect(Object.keys(FuseV1Options), key).toContain(pascal(key))
    for (const [name, value] of Object.entries(REQUIRED)) {
      const key = name[0]!.toLowerCase() + name.slice(1)
      expect(fuses![key], key).toBe(value)
    }
  })

  // Only where `npx electron-builder --dir` has run (needs the Electron download).
  const unpacked = existsSync(join(ROOT, 'release')) ? readdirSync(join(ROOT, 'release')).filter((d) => d.endsWith('-unpacked')) : []
  it.skipIf(unpacked.length === 0)('a packaged binary carries them', async () => {
    for (const dir of unpacked) {
      const exe = readdirSync(join(ROOT, 'release', dir)).find((f) => f === config.productName || f === `${config.productName}.exe` || f === 'disclosure-report-desk')
      expect(exe, `executable in release/${dir}`).toBeDefined()
      const wire = await getCurrentFuseWire(join(ROOT, 'release', dir, exe!))
      for (const [name, value] of Object.entries(REQUIRED)) {
        expect(wire[FuseV1Options[name as keyof typeof FuseV1Options]], name).toBe(value ? FuseState.ENABLE : FuseState.DISABLE)
      }
    }
  })
})
