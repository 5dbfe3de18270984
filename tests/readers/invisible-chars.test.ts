// Zero-width and soft-hyphen characters inside numbers and labels (1\u200b4, 自\u00ad然人) are taken
// out of every reader's document (shared/text/invisible-chars.ts, applied in readers/index.ts).
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SourceDocument } from '../../shared/model/document'
import { documentWithoutInvisibleChars, withoutInvisibleChars } from '../../shared/text/invisible-chars'
import { readFile } from '../../src-main/readers/index'

const ZW = ['\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad', '\u2060']

describe('invisible characters', () => {
  it('are taken out of text, each of them', () => {
    for (const z of ZW) expect(withoutInvisibleChars(`自${z}然人 1${z}4`)).toBe('自然人 14')
    expect(withoutInvisibleChars('一、总体情况 14')).toBe('一、总体情况 14')
  })

  it('are taken out of paragraphs and cells, an emptied paragraph dropped, with a note', () => {
    const doc: SourceDocument = {
      fileName: 'x.docx',
      format: 'docx',
      blocks: [
        { kind: 'paragraph', text: '\u200b', loc: { block: 0 } },
        { kind: 'table', rows: [[{ text: '自\u00ad然人' }, { text: '1\u200b4' }]], loc: { block: 1 } },
      ],
    }
    const out = documentWithoutInvisibleChars(doc)
    expect(out.blocks).toEqual([{ kind: 'table', rows: [[{ text: '自然人' }, { text: '14' }]], loc: { block: 0 } }])
    expect(out.notes?.join('')).toContain('3 个不可见字符')
    const clean: SourceDocument = { fileName: 'y.txt', format: 'text', blocks: [{ kind: 'paragraph', text: '14', loc: { block: 0 } }] }
    expect(documentWithoutInvisibleChars(clean)).toBe(clean)
  })

  it('are gone from a web page read from a file: the table cell reads as its number', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zw-'))
    const path = join(dir, 'p.html')
    writeFileSync(path, '<html><head><meta charset="utf-8"></head><body><p>某县某局2022年政府信息公开工作年度报告</p><p>一、总体情况</p><table><tr><td>自&#8203;然人</td><td>1&#x200B;4</td><td>5&shy;0</td></tr></table></body></html>')
    const read = await readFile(path, { ocr: false, requireReport: false })
    expect(read.ok).toBe(true)
    if (!read.ok) return
    const table = read.document.blocks.find((b) => b.kind === 'table')
    expect(table?.kind === 'table' && table.rows[0]!.map((c) => c.text)).toEqual(['自然人', '14', '50'])
  })
})
