// The app's own files, served under one origin instead of file://: `app://desk/` in Electron
// (protocol.handle, src-main/main/app-protocol.ts) and `https://desk.invalid/` in the Chromium shell
// (request interception, src-main/chromium-shell/attach.ts). One rule for both: a URL of that
// origin maps to a file inside the renderer folder or to nothing, and every answer carries the CSP
// as a header too (a header can say frame-ancestors; a <meta> cannot).
import { readFile } from 'node:fs/promises'
import { extname, join } from 'node:path'

export const ELECTRON_APP_BASE = 'app://desk/'
/** `.invalid` never resolves (RFC 2606): even a request that escaped interception goes nowhere. */
export const CHROMIUM_APP_BASE = 'https://desk.invalid/'

/** The policy of src-renderer/index.html's <meta>, plus what only a header can carry. */
export const APP_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; worker-src 'self' blob:; frame-ancestors 'none'"

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.wasm': 'application/wasm',
}

/** Same scheme and host as the app's base URL (URL.origin is "null" for custom schemes, so compare parts). */
export function isAppUrl(url: URL, baseUrl: string): boolean {
  const base = new URL(baseUrl)
  return url.protocol === base.protocol && url.host === base.host && url.username === '' && url.password === ''
}

/**
 * The file under `rendererDir` a request URL names, or null: another origin, a malformed escape,
 * or a `..` segment (also one that only appears after decoding, such as `%2E%2E%2F` or `%5C`).
 */
export function appFilePath(rawUrl: string, baseUrl: string, rendererDir: string): string | null {
  let url: URL
  try {
    url = new URL(rawUrl)
  } catch {
    return null
  }
  if (!isAppUrl(url, baseUrl)) return null
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  const parts = path.split(/[\\/]/).filter((p) => p !== '')
  if (parts.some((p) => p === '..' || p === '.' || p.includes('\0') || /^[a-z]:$/i.test(p))) return null
  return join(rendererDir, ...(parts.length ? parts : ['index.html']))
}

export interface AppFileResponse {
  status: number
  headers: Record<string, string>
  body: Buffer
}

/** The answer to one request for the app's files (404 for anything else; never a directory listing). */
export async function readAppFile(rawUrl: string, baseUrl: string, rendererDir: string): Promise<AppFileResponse> {
  const headers: Record<string, string> = { 'content-security-policy': APP_CSP, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' }
  const path = appFilePath(rawUrl, baseUrl, rendererDir)
  if (path) {
    try {
      const body = await readFile(path)
      return { status: 200, headers: { ...headers, 'content-type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream' }, body }
    } catch {
      // fall through: missing file or a directory
    }
  }
  return { status: 404, headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' }, body: Buffer.from('not found') }
}
