// A portal page saved with 「网页，全部」 keeps its report in an <iframe> (or a <frameset>) whose
// page sits in the "_files" folder beside it (review-s8 §5: refused as 「不像…年度报告」 / 「没有可读取的文字」).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readFile } from '../../src-main/readers/index'
import { frameSources } from '../../src-main/readers/html-frames'

const REPORT =
  '<html><head><meta charset="utf-8"></head><body><h1>某县某局2022年政府信息公开工作年度报告</h1><p>一、总体情况</p>' +
  '<p>本年度主动公开政府信息8765条。</p><p>二、主动公开政府信息情况</p></body></html>'
const shell = (frames: string) => `<html><head><meta charset="utf-8"><title>某县某局2022年政府信息公开工作年度报告</title></head><body><div>首页 &gt; 年度报告</div>${frames}</body></html>`

function page(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'frames-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  return dir
}

const texts = (r: Awaited<ReturnType<typeof readFile>>) => (r.ok ? r.document.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('|') : '')

describe('a web page saved with its frames', () => {
  it('reads the framed page beside it after the page itself, and says so', async () => {
    const dir = page({ 'a.html': shell("<iframe src='a_files/content.html' width='100%'></iframe>"), 'a_files/content.html': REPORT })
    const read = await readFile(join(dir, 'a.html'), { ocr: false })
    expect(read.ok).toBe(true)
    expect(texts(read)).toContain('本年度主动公开政府信息8765条。')
    if (read.ok) expect(read.document.notes?.join('')).toContain('已一并读取框架中的网页：a_files/content.html')
  })

  it('reads the frames of a <frameset> in order where none holds a report heading', async () => {
    const dir = page({
      'b.html': "<html><head><meta charset='utf-8'><title>年报</title></head><frameset rows='80,*'><frame src='b_files/top.html'><frame src=\"b_files/main.html\"></frameset></html>",
      'b_files/top.html': '<html><body><p>某县人民政府门户网站</p></body></html>',
      'b_files/main.html': REPORT.replace('<p>一、总体情况</p>', '').replace('<p>二、主动公开政府信息情况</p>', ''),
    })
    const read = await readFile(join(dir, 'b.html'), { ocr: false, requireReport: false })
    expect(texts(read)).toMatch(/某县人民政府门户网站.*本年度主动公开政府信息8765条/)
  })

  it('leaves aside the frames without the report (related links naming last year), and says so', async () => {
    const related = '<html><head><meta charset="utf-8"></head><body><p>相关阅读</p><ul><li><a href="#">某县某局2021年政府信息公开工作年度报告</a></li></ul><p>2021年主动公开政府信息2874条。</p></body></html>'
    const dir = page({ 'd.html': shell("<iframe src='d_files/related.html'></iframe><iframe src='d_files/content.html'></iframe>"), 'd_files/related.html': related, 'd_files/content.html': REPORT })
    const read = await readFile(join(dir, 'd.html'), { ocr: false })
    expect(read.ok).toBe(true)
    expect(texts(read)).toContain('本年度主动公开政府信息8765条。')
    expect(texts(read)).not.toContain('2021年')
    if (read.ok) expect(read.document.notes?.join('')).toContain('未读取：d_files/related.html')
  })

  it('never opens a frame on the web or outside the page folder; a page of missing frames says which file to import', async () => {
    const outside = page({ 'secret.html': REPORT })
    const dir = page({ 'c.html': shell(`<iframe src="https://example.gov.cn/r.html"></iframe><iframe src="../${outside.split('/').pop()}/secret.html"></iframe><iframe src="c_files/gone.html"></iframe>`) })
    const read = await readFile(join(dir, 'c.html'), { ocr: false })
    expect(read.ok).toBe(false)
    if (!read.ok) {
      expect(read.error.message).toContain('是含框架的网页')
      expect(read.error.message).toContain('c_files/gone.html')
    }
  })

  it('a web archive (.mht) of a frameset: the framed pages are its own parts, absolute or relative src (review rv21)', async () => {
    const part = (location: string, html: string): string =>
      `------=_NextPart_X\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\nContent-Location: ${location}\r\n\r\n${Buffer.from(html).toString('base64')}\r\n`
    const archive = (top: string): string =>
      'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_X"; type="text/html"\r\n\r\n' +
      part('http://www.x.gov.cn/index.html', `<html><head><meta charset="utf-8"><title>年报</title></head><frameset rows="80,*"><frame src="${top}"><frame src="art/report.html"></frameset></html>`) +
      part('http://www.x.gov.cn/top.html', '<html><body><p>首页 | 政府信息公开</p></body></html>') +
      part('http://www.x.gov.cn/art/report.html', REPORT) +
      '------=_NextPart_X--\r\n'
    const dir = page({ 'e.mht': archive('http://www.x.gov.cn/top.html') })
    const read = await readFile(join(dir, 'e.mht'), { ocr: false })
    expect(read.ok).toBe(true)
    expect(texts(read)).toContain('本年度主动公开政府信息8765条。')
    expect(texts(read)).not.toContain('首页 | 政府信息公开')
    if (read.ok) expect(read.document.notes?.join('')).toContain('已一并读取框架中的网页：art/report.html')
  })

  it('finds frame sources in any quoting and skips about:blank', () => {
    expect(frameSources(`<iframe src=about:blank></iframe><IFRAME SRC=x.html><frame name="m" src='y z.html'>`)).toEqual(['x.html', 'y z.html'])
    // &amp; is the address's &, and a page framed twice is read once (review rv21b).
    expect(frameSources(`<frame src="show.jsp?id=1&amp;t=2"><iframe src="show.jsp?id=1&amp;t=2">`)).toEqual(['show.jsp?id=1&t=2'])
  })
})
