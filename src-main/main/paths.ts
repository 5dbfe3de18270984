// Where the built app's parts are, in development and when packaged.
import { app } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export interface AppPaths {
  rendererDir: string
  rendererIndex: string
  rendererDirUrl: string
  preload: string
  samplesDir: string
  dataDir: string
}

export function appPaths(mainDir: string): AppPaths {
  // mainDir = out/main (bundled main). Renderer and preload are its siblings.
  const out = join(mainDir, '..')
  const rendererDir = join(out, 'renderer')
  const samplesDir = app.isPackaged ? join(process.resourcesPath, 'samples') : join(app.getAppPath(), 'resources', 'samples')
  return {
    rendererDir,
    rendererIndex: join(rendererDir, 'index.html'),
    rendererDirUrl: pathToFileURL(rendererDir + '/').href,
    preload: join(out, 'preload', 'index.cjs'),
    samplesDir,
    // DESK_DATA_DIR lets `npm start` and tests use a throw-away library.
    dataDir: process.env.DESK_DATA_DIR || join(app.getPath('userData'), 'library'),
  }
}
