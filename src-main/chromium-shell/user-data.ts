// The folder Electron gives the app as app.getPath('userData'), computed without Electron, so the
// Chromium shell opens the very same library and settings as the Electron app.
import { readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'

/** Electron's appData folder per platform (see Electron's app.getPath docs). */
export function appDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  if (platform === 'win32') return env.APPDATA || join(home, 'AppData', 'Roaming')
  if (platform === 'darwin') return join(home, 'Library', 'Application Support')
  return env.XDG_CONFIG_HOME || join(home, '.config')
}

/** Electron names the folder after package.json's productName (else its name). */
export function appName(packageJsonPath: string): string {
  const pkg = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { productName?: string; name: string }
  return pkg.productName || pkg.name
}

export function userDataDir(packageJsonPath: string, platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  return join(appDataDir(platform, env, home), appName(packageJsonPath))
}
