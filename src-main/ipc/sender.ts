// Who may call: only frames showing the app's own page (the bundled index.html over file://, or
// the dev server in development). Anything else — a navigated-away frame, an iframe, about:blank —
// is refused.
import { isFileInFolder } from '../main/file-url'

export interface TrustedOrigins {
  /** file:// URL of the bundled renderer folder, ending in '/'. */
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
  if (trusted.devServerUrl) {
    const dev = new URL(trusted.devServerUrl)
    return url.origin === dev.origin
  }
  return false
}
