// Text copied out of a PDF whose font maps ideographs to radicals (⼀ for 一, ⾏ for 行, ⺠ for 民) keeps
// them in the Word draft, web page or text file it is pasted into: 「⾏政许可」 was no label there and its
// row was not read (review rv28: 32 cells unread in 3 HTML files). Every reader's document has them folded.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readFile } from '../../src-main/readers/index'
import { foldRadicals } from '../../shared/text/radicals'

const dir = mkdtempSync(join(tmpdir(), 'radicals-'))
const texts = async (name: string, content: string): Promise<string[]> => {
  const path = join(dir, name)
  writeFileSync(path, content)
  const r = await readFile(path, { ocr: false, requireReport: false })
  if (!r.ok) throw new Error(r.error.message)
  return r.document.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((row) => row.map((c) => c.text).join('|')).join('/')))
}

describe('radicals in place of ideographs', () => {
  it('fold to the characters they stand for', () => {
    expect(foldRadicals('⼀、总体情况 ⾏政许可 区⻓信箱 便⺠热线')).toBe('一、总体情况 行政许可 区长信箱 便民热线')
  })

  it('are folded in a web page\'s cells and a text file\'s lines', async () => {
    expect(await texts('p.html', '<html><body><p>⼆、主动公开政府信息情况</p><table><tr><td>⾏政许可</td><td>2293</td></tr></table></body></html>')).toEqual(['二、主动公开政府信息情况', '行政许可|2293'])
    expect((await texts('p.txt', '⼆、主动公开政府信息情况\n⾏政许可 2293\n')).join('\n')).toContain('行政许可 2293')
  })
})
