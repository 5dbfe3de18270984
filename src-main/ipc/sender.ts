// Who may call: only frames showing the app's own page (served from app://desk/ in Electron,
// https://desk.invalid/ in the Chromium shell, file:// in older set-ups, or the dev server in
// development). Anything else — a navigated-away frame, an iframe, about:blank —
// is refused.
import { isAppUrl } from '../main/app-files'
import { isFileInFolder } from '../main/file-url'

export interface TrustedOrigins {
  /** Base URL of the app's own files, ending in '/': app://desk/, https://desk.invalid/, or a file:// folder. */
  rendererDirUrl: string
  /** Dev server origin (electron-vite dev), e.g. http://localhost:5173; null in production. */
  devServerUrl: string | null
}

export function isTrustedSender(frameUrl: string | undefined | null, trusted: TrustedOrigins): boolean {
  if (!frameUrl) return false
  let url: URL
  try {
    url = new URL(frameUrl)
  } catch {
    return false
  }
  if (url.protocol === 'file:') return isFileInFolder(url, trusted.rendererDirUrl)
  if (!trusted.rendererDirUrl.startsWith('file:') && isAppUrl(url, trusted.rendererDirUrl)) return true
  if (trusted.devServerUrl) {
    const dev = new URL(trusted.devServerUrl)
    return url.origin === dev.origin
  }
  return false
}
