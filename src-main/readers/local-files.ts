// A file a saved web page names (a picture, a frame's page): only a local file under the page's
// own folder is opened, never the web, and never one larger than the caller's bound.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, resolve, sep } from 'node:path'

/** The bytes of `src` as the page at `pagePath` names it (data: URLs of pictures included), or null
 *  when it is on the web, outside the page's folder, missing, not a file, or over `maxBytes`. */
export function localFileBytes(src: string, pagePath: string, maxBytes: number): Uint8Array | null {
  const data = /^data:image\/[\w+.-]+;base64,(.*)$/is.exec(src.trim())
  if (data) return new Uint8Array(Buffer.from(data[1]!.replace(/\s+/g, ''), 'base64'))
  if (/^[a-z][\w+.-]*:|^\/\//i.test(src.trim())) return null // on the web: never fetched
  let rel: string
  try {
    rel = decodeURIComponent(src.trim().split(/[?#]/)[0]!)
  } catch {
    return null
  }
  const folder = dirname(pagePath)
  const file = resolve(folder, rel)
  if (!file.startsWith(folder + sep) || !existsSync(file)) return null
  try {
    const st = statSync(file)
    return st.isFile() && st.size <= maxBytes ? new Uint8Array(readFileSync(file)) : null
  } catch {
    return null
  }
}
