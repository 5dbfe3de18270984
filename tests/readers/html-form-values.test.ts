// A table saved from a web form: its numbers are the values of <input> boxes and the chosen <option>
// of a <select> (html-form-values.ts). The page shows them, so they are the cells' text.
import { describe, expect, it } from 'vitest'
import type { TableBlock } from '../../shared/model/document'
import { htmlToDocument } from '../../src-main/readers/html'

const page = (body: string): string => `<html><head><meta charset="utf-8"></head><body><p>收到和处理申请情况</p>${body}</body></html>`
const firstTable = (html: string): string[][] => {
  const t = htmlToDocument(html, 'x.html').blocks.find((b): b is TableBlock => b.kind === 'table')
  return t ? t.rows.map((r) => r.map((c) => c.text)) : []
}

describe('form fields in table cells', () => {
  it('reads an input box value and the chosen option as the cell text', () => {
    const rows = firstTable(
      page(
        '<table><tr><td>自然人</td><td><input type="text" value="40" readonly></td><td><input value="6"></td>' +
          '<td><select><option>0</option><option selected>12</option></select></td><td><select><option>7</option><option>8</option></select></td></tr></table>',
      ),
    )
    expect(rows).toEqual([['自然人', '40', '6', '12', '7']])
  })

  it('never reads hidden fields, check boxes or buttons, nor a search box outside the table', () => {
    const doc = htmlToDocument(
      page('<p>检索：<input value="请输入关键字"></p><table><tr><td>自然人</td><td><input type="hidden" value="9">3</td><td><input type="checkbox" value="5" checked></td><td><input type="button" value="1"></td></tr></table>'),
      'x.html',
    )
    const t = doc.blocks.find((b): b is TableBlock => b.kind === 'table')
    expect(t?.rows.map((r) => r.map((c) => c.text))).toEqual([['自然人', '3', '', '']])
    expect(doc.blocks.some((b) => b.kind === 'paragraph' && b.text.includes('请输入关键字'))).toBe(false)
  })
})
