// A web page saved as a single file (.mhtml, "web archive"), as Chromium and IE save it: a
// multipart/related message whose first part is the page, quoted-printable or base64, then a
// stylesheet part. The way is drawn by the variant's seed.
import { seeded } from '../generator/rng'

/** Quoted-printable as Chromium writes it: lines of at most 76 characters, soft breaks `=`. */
function quotedPrintable(bytes: Uint8Array): string {
  const lines: string[] = []
  let line = ''
  const push = (tok: string): void => {
    if (line.length + tok.length > 75) {
      lines.push(`${line}=`)
      line = ''
    }
    line += tok
  }
  for (const b of bytes) {
    if (b === 0x0a) {
      lines.push(line)
      line = ''
    } else if (b === 0x0d) continue
    else if ((b >= 33 && b <= 126 && b !== 61) || b === 32) push(String.fromCharCode(b))
    else push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`)
  }
  lines.push(line)
  return lines.join('\r\n')
}

const base64Lines = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64').replace(/.{76}/g, '$&\r\n')

export function renderMhtml(html: string, seed: number): Uint8Array {
  const rand = seeded(seed * 4409 + 3)
  const qp = rand() < 0.6
  const boundary = `----MultipartBoundary--${Math.floor(rand() * 1e9).toString(36)}----`
  const page = new TextEncoder().encode(html)
  const url = 'http://www.example.gov.cn/zwgk/ndbg/index.html'
  const msg = [
    'From: <Saved by Blink>',
    'Snapshot-Content-Location: ' + url,
    'Subject: =?utf-8?Q?report?=',
    'MIME-Version: 1.0',
    `Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${boundary}"`,
    '',
    '',
    `--${boundary}`,
    'Content-Type: text/html',
    'Content-ID: <frame-0@mhtml.blink>',
    `Content-Transfer-Encoding: ${qp ? 'quoted-printable' : 'base64'}`,
    `Content-Location: ${url}`,
    '',
    qp ? quotedPrintable(page) : base64Lines(page),
    '',
    `--${boundary}`,
    'Content-Type: text/css',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: cid:css-0@mhtml.blink',
    '',
    'td { border: 1px solid #000; }',
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n')
  return new TextEncoder().encode(msg)
}
