// One rule for "is this file:// URL one of the app's own files", used by the IPC sender check
// (ipc/sender.ts) and the network filter (network-filter.ts).

/**
 * Is `url` a file inside the folder `folderUrl` (a file:// URL ending in '/')? Paths are compared
 * decoded (Chromium and Node may percent-encode differently), so a `..` segment that only appears
 * after decoding (`%2E%2E%2F`, or `%5C` on Windows) is refused, as is another host (a network share).
 */
export function isFileInFolder(url: URL, folderUrl: string): boolean {
  const base = new URL(folderUrl)
  if (url.protocol !== 'file:' || base.protocol !== 'file:' || url.host !== base.host) return false
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return false // malformed percent-encoding
  }
  return !path.split(/[\\/]/).includes('..') && path.startsWith(decodeURIComponent(base.pathname))
}
