import { describe, expect, it } from 'vitest'
import { mhtmlParts } from '../../src-main/readers/mhtml'

const archive = [
  'MIME-Version: 1.0',
  'Content-Type: multipart/related; boundary="B"',
  '',
  '--B',
  'Content-Type: text/html; charset="utf-8"',
  'Content-Location: http://x.gov.cn/a.html',
  '',
  '<p>table</p>',
  '--B',
  'Content-Type: image/png',
  'Content-Transfer-Encoding: base64',
  'Content-Location: http://x.gov.cn/t3.png',
  'Content-ID: <pic1@x>',
  '',
  Buffer.from('first').toString('base64'),
  '--B',
  'Content-Type: image/png',
  'Content-Location: http://x.gov.cn/t3.png',
  '',
  'second',
  '--B--',
].join('\r\n')

describe('an .mht archive’s parts, looked up by the page’s src', () => {
  const partFor = mhtmlParts(new Uint8Array(Buffer.from(archive, 'latin1')))
  const text = (b: Uint8Array | null): string | null => (b ? Buffer.from(b).toString('latin1') : null)

  it('finds a part by its Content-Location and by cid:, decoded, the first of a name winning', () => {
    expect(text(partFor('http://x.gov.cn/t3.png'))).toBe('first')
    expect(text(partFor(' cid:pic1@x '))).toBe('first')
    expect(text(partFor('http://x.gov.cn/a.html'))?.trim()).toBe('<p>table</p>')
  })

  it('gives null for a name the archive does not hold', () => {
    expect(partFor('http://x.gov.cn/none.png')).toBeNull()
    expect(partFor('cid:none')).toBeNull()
  })
})
