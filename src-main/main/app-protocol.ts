// The renderer is served from app://desk/ (not file://): one origin, standard and secure, whose
// handler answers only files inside the renderer folder (src-main/main/app-files.ts), every answer
// with the CSP as a header. file:// then has no use in the app (the fuse removes its extra privileges).
import { protocol, type Session } from 'electron'
import { ELECTRON_APP_BASE, readAppFile } from './app-files'

const SCHEME = new URL(ELECTRON_APP_BASE).protocol.replace(':', '')

/** Before app ready: the scheme behaves like https (origin, secure context, fetch). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

export function serveApp(session: Session, rendererDir: string): void {
  session.protocol.handle(SCHEME, async (request) => {
    const r = await readAppFile(request.url, ELECTRON_APP_BASE, rendererDir)
    return new Response(new Uint8Array(r.body), { status: r.status, headers: r.headers })
  })
}
