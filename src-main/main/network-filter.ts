// The app never touches the network: every request that is not one of the app's own files
// (app://desk/, or file:// inside the renderer folder), or the dev server / devtools in development, is cancelled.
import { isAppUrl } from './app-files'
import { isFileInFolder } from './file-url'

export interface NetworkPolicy {
  /** Base URL of the app's files ending in '/': app://desk/ (its handler checks the path), or a file:// folder. */
  appDirUrl: string
  /** Dev server origin in development; null in production. */
  devServerUrl: string | null
  /** Allow devtools:// (development only). */
  allowDevtools: boolean
}

export function isAllowedRequest(rawUrl: string, policy: NetworkPolicy): boolean {
  let url: URL
  try {
    url = new URL(rawUrl)
  } catch {
    return false
  }
  switch (url.protocol) {
    case 'file:':
      return isFileInFolder(url, policy.appDirUrl)
    case 'app:':
      return isAppUrl(url, policy.appDirUrl)
    // In-memory content, never the network.
    case 'data:':
    case 'blob:':
      return true
    case 'devtools:':
      return policy.allowDevtools
    case 'http:':
    case 'https:':
    case 'ws:':
      if (!policy.devServerUrl) return false
      return url.host === new URL(policy.devServerUrl).host && ['localhost', '127.0.0.1'].includes(url.hostname)
    default:
      return false
  }
}

/** The part of Electron's Session this needs. */
export interface SessionLike {
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void
  }
}

export function installNetworkFilter(session: SessionLike, policy: NetworkPolicy, log: (msg: string) => void = console.warn): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, policy)
    if (!allowed) log(`[network] blocked ${details.url}`)
    callback({ cancel: !allowed })
  })
}
