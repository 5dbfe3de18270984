// A page saved "complete, in one file" carries its photos inline (data: URLs). Its bounds are about
// markup and text, so 40 MB of inline photos do not make it "not a report", while 40 MB of markup
// still does; the photos stay available, by their place in the page, to the OCR of table pictures.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { INLINE_PREFIX, inlinePictureBytes, setInlinePicturesAside } from '../../src-main/readers/html-inline-pictures'
import { readFile } from '../../src-main/readers/index'
import { localPictures } from '../../src-main/readers/ocr/html-pictures'
// @ts-expect-error plain .mjs helper shared with the fixture script
import { ROUND_TRIP_ROWS, rowNumbers, roundTripHtml } from '../fixtures/readers/roundtrip-html.mjs'

const tmp = mkdtempSync(join(tmpdir(), 'inline-pictures-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s)
const text = (b: Uint8Array): string => new TextDecoder().decode(b)

/** The round-trip report with `photos` inline pictures of `size` random bytes each before its table. */
function pageWithPhotos(photos: number, size: number, wrap = false): string {
  const b64 = randomBytes(size).toString('base64')
  const body = wrap ? b64.replace(/(.{76})/g, '$1\r\n') : b64
  const imgs = Array.from({ length: photos }, (_, i) => `<p><img src="data:image/jpeg;base64,${body}" alt="现场照片${i}"></p>`).join('')
  return roundTripHtml().replace('<table', `${imgs}<table`)
}

describe('inline pictures set aside', () => {
  it('replaces large data: pictures by desk-inline:N and gives their bytes back; icons stay in the page', () => {
    const photo = randomBytes(20_000)
    const icon = 'data:image/png;base64,iVBORw0KGgo='
    const page = `<p>图<img src="DATA:IMAGE/JPEG;base64,${photo.toString('base64').replace(/(.{76})/g, '$1\n')}">后<img src="${icon}"></p>`
    const { page: left, inline } = setInlinePicturesAside(bytes(page))
    expect(text(left)).toBe(`<p>图<img src="${INLINE_PREFIX}0">后<img src="${icon}"></p>`)
    expect(inline).toHaveLength(1)
    expect(Buffer.from(inlinePictureBytes(`${INLINE_PREFIX}0`, inline, 1 << 20)!)).toEqual(photo)
    // The OCR's picture source finds it by the same URL; a larger picture than its bound is not decoded.
    expect(Buffer.from(localPictures(join(tmp, 'p.html'), inline)(`${INLINE_PREFIX}0`)!)).toEqual(photo)
    expect(inlinePictureBytes(`${INLINE_PREFIX}0`, inline, 10_000)).toBeNull()
    expect(inlinePictureBytes(`${INLINE_PREFIX}1`, inline, 1 << 20)).toBeNull()
  })

  it('a page without inline pictures comes back as the same bytes', () => {
    const page = bytes(roundTripHtml())
    expect(setInlinePicturesAside(page).page).toBe(page)
  })

  it('a report page with 42 MB of inline photos is read, its table as without them', { timeout: 120_000 }, async () => {
    const plain = await readFile(writeTo('plain.html', roundTripHtml()))
    const heavy = await readFile(writeTo('photos.html', pageWithPhotos(3, 10 * 1024 * 1024, true)))
    if (!plain.ok || !heavy.ok) throw new Error(`${!plain.ok ? plain.error.message : ''}${!heavy.ok ? heavy.error.message : ''}`)
    const cells = (d: typeof plain): string[] => (d.ok ? d.document.blocks.filter((b) => b.kind === 'table').flatMap((b) => (b.kind === 'table' ? b.rows.flat().map((c) => c.text) : [])) : [])
    expect(cells(heavy)).toEqual(cells(plain))
    expect(cells(heavy)).toContain(String(rowNumbers(ROUND_TRIP_ROWS)[2]))
  })

  it('a page with more than 40 MB of markup is still refused as not a report', { timeout: 120_000 }, async () => {
    const rows = '<tr><td>1</td><td>2</td><td>3</td></tr>\n'.repeat(Math.ceil((41 * 1024 * 1024) / 40))
    const r = await readFile(writeTo('huge.html', roundTripHtml().replace('</body>', `<table>${rows}</table></body>`)))
    expect(!r.ok && r.error.code).toBe('TOO_LARGE')
    expect(!r.ok && r.error.message).toMatch(/网页过大/)
  })
})

function writeTo(name: string, data: string): string {
  const p = join(tmp, name)
  writeFileSync(p, data)
  return p
}
