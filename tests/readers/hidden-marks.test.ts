// Text in a file that is not printed as part of a number (review W6/W7): hidden and struck text is
// left out, superscripts and subscripts are kept apart as marks — in HTML (and MHTML, the same
// path), DOCX (direct run properties and character styles) and positioned text (PDF/OFD/OCR).
import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { TableBlock } from '../../shared/model/document'
import { htmlToDocument, readHtml } from '../../src-main/readers/html'
import { cssRules } from '../../src-main/readers/html-css'
import { documentXmlBlocks, readDocx } from '../../src-main/readers/docx'
import { runStyles, type RunLook } from '../../src-main/readers/docx-runs'
import { markRaisedPieces } from '../../src-main/readers/pdf-layout/raised-marks'
import { groupLines, joinItems, type PdfItem } from '../../src-main/readers/pdf-layout/text-join'
import { pageContent } from '../../src-main/readers/pdf-layout/page-content'
import { extractReport } from '../../shared/extract/index'
import { textToDocument } from '../../shared/text/text-document'

function cellsOf(html: string): string[] {
  const doc = htmlToDocument(`<html><head><style>.fn{display:none} p.x, .gone { visibility: hidden }</style></head><body><table>${html}</table></body></html>`, 't.html')
  const t = doc.blocks.find((b): b is TableBlock => b.kind === 'table')!
  return t.rows.flatMap((r) => r.map((c) => c.text))
}

describe('HTML: hidden text and footnote marks', () => {
  it('keeps <sup>/<sub> apart from the number as superscript/subscript characters', () => {
    expect(cellsOf('<tr><td>自然人</td><td>120<sup>2</sup></td><td>789<sup>[1]</sup></td><td>5<sub>12</sub></td></tr>')).toEqual(['自然人', '120²', '789[¹]', '5₁₂'])
  })

  it('drops text hidden by inline style, the hidden attribute, a hiding class, struck text and ruby', () => {
    const cells = cellsOf(
      '<tr><td><span style="display:none">1</span>789</td><td>78<span style="DISPLAY: NONE;">0</span>9</td><td><span hidden>1</span>789</td>' +
        '<td><span style="visibility:hidden">1</span>789</td><td><span class="a fn">1</span>789</td><td><span class="gone">1</span>789</td>' +
        '<td><del>700</del>789</td><td><s>1</s>789</td><td><span style="text-decoration: line-through">1</span>789</td><td><span style="font-size:0">1</span>789</td>' +
        '<td>789<!-- 上年 700 --></td><td><ruby>789<rt>1</rt></ruby></td></tr>',
    )
    expect(cells).toEqual(Array(12).fill('789'))
  })

  it('leaves visible text alone (display:inline, a class hidden only on another element)', () => {
    expect(cellsOf('<tr><td><span style="display:inline">1</span>789</td><td><span class="x">1</span>789</td><td><p class="x">1</p>789</td></tr>')).toEqual(['1789', '1789', '789'])
  })

  it('MHTML (a saved page) goes the same way', () => {
    const page = '<html><body><table><tr><td>行政处罚</td><td><span style="display:none">1</span>789<sup>2</sup></td></tr></table></body></html>'
    const b64 = Buffer.from(page, 'utf8').toString('base64')
    const mht = `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n--B\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64}\r\n--B--\r\n`
    const r = readHtml(new TextEncoder().encode(mht), 'p.mhtml', 'p.mhtml', { mhtml: true })
    expect(r.ok && (r.document.blocks.find((b) => b.kind === 'table') as TableBlock).rows[0]![1]!.text).toBe('789²')
  })

  it('reads hiding rules from the page’s style sheets (comments and rules it cannot match left out)', () => {
    const rules = cssRules(['.a{color:red} .hide , span.h2 {display : none} /* .c{display:none} */ .d .e{display:none} a:hover{display:none} td{vertical-align:top}'])
    expect(rules.map((r) => [r.look, r.selectors.length])).toEqual([['hidden', 2], ['hidden', 1], ['super', 1]])
  })

  it('text raised by CSS (style or a <style> class) is a mark where it touches a number (review s6 §2: 7891)', () => {
    const page = (style: string, cells: string): string[] => {
      const doc = htmlToDocument(`<html><head><style>${style}</style></head><body><table><tr>${cells}</tr></table></body></html>`, 't.html')
      return (doc.blocks.find((b): b is TableBlock => b.kind === 'table')!).rows[0]!.map((c) => c.text)
    }
    expect(
      page(
        '.fn{vertical-align:super;font-size:smaller} td{vertical-align:top}',
        '<td>789<span style="vertical-align:super;font-size:9px">1</span></td><td>789<span style="vertical-align: top; font-size: 60%">1</span></td>' +
          '<td>789<span class="fn">1</span></td><td>789<span style="vertical-align:4px">1</span></td><td>35<span style="vertical-align:sub">2</span></td>' +
          '<td>789<small>1</small></td><td><span style="vertical-align:super">789</span></td><td>789</td>',
      ),
    ).toEqual(['789¹', '789¹', '789¹', '789¹', '35₂', '789¹', '789', '789'])
  })

  it('raised digits after a number’s unit are a mark too (variant t3-side-split seed 890190: 规章 0件+raised 11 read as 11)', () => {
    const cells = (row: string): string[] => {
      const doc = htmlToDocument(`<html><body><table><tr>${row}</tr></table></body></html>`, 't.html')
      return (doc.blocks.find((b): b is TableBlock => b.kind === 'table')!).rows[0]!.map((c) => c.text)
    }
    const up = (t: string): string => `<span style="vertical-align:super;font-size:70%">${t}</span>`
    expect(cells(`<td>0件${up('11')}</td><td>12.5万元${up('3')}</td><td>7 件${up('2')}</td><td>共计${up('5')}</td><td>0件<small>11</small></td>`)).toEqual(['0件¹¹', '12.5万元³', '7 件²', '共计5', '0件11'])
    // After a bracketed sign of table 二's 本年增/减 (change-sign-words seed 3732012: 「4（↓）9」 read as four numbers).
    expect(cells(`<td>4（↓）${up('9')}</td><td>115项（减）${up('2')}</td><td>（注）${up('3')}</td>`)).toEqual(['4（↓）⁹', '115项（减）²', '（注）3'])
    const doc = htmlToDocument(
      `<html><body><p>二、主动公开政府信息情况</p><table><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr><tr><td>规章</td><td>0件</td><td>0件${up('11')}</td><td>0件</td></tr><tr><td>规范性文件</td><td>52件</td><td>10件</td><td>555件</td></tr></table><p>三、收到和处理政府信息公开申请情况</p></body></html>`,
      't.html',
    )
    expect(extractReport(doc).report.activeDisclosure?.rules).toEqual({ issued: 0, repealed: 0, inForce: 0 })
  })

  it('hides by descendant, id, compound and attribute selectors, opacity:0 and off-screen text (review s6 §2: 1789)', () => {
    const page = (style: string, cell: string): string => {
      const doc = htmlToDocument(`<html><head><style>${style}</style></head><body><table><tr><td>${cell}</td></tr></table></body></html>`, 't.html')
      return (doc.blocks.find((b): b is TableBlock => b.kind === 'table')!).rows[0]![0]!.text
    }
    expect(page('td .x{display:none}', '<span class="x">1</span>789')).toBe('789')
    expect(page('table > tr .x{display:none}', '<span class="x">1</span>789')).toBe('789')
    expect(page('#h1{display:none}', '<span id="h1">1</span>789')).toBe('789')
    expect(page('.a.b{display:none}', '<span class="a b">1</span>789')).toBe('789')
    expect(page('[data-x]{display:none}', '<span data-x="1">1</span>789')).toBe('789')
    expect(page('', '<span style="opacity:0">1</span>789')).toBe('789')
    expect(page('', '<span style="position:absolute;left:-9999px">1</span>789')).toBe('789')
    expect(page('.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}', '<span class="sr-only">1</span>789')).toBe('789')
    // Opacity 0 or off-screen on a whole block is a fade-in or a slider as often: the block is kept.
    expect(page('.fade{opacity:0}', '<div class="fade">789</div>')).toBe('789')
    expect(page('', '<p style="position:absolute;left:-9999px">789</p>')).toBe('789')
    // A rule whose selector does not match the element hides nothing.
    expect(page('div .x{display:none} .a.c{display:none} #h2{display:none}', '<span class="x a" id="h1">1</span>789')).toBe('1789')
  })

  it('a rule inside @media hides only sometimes: its text is kept, as a mark where it touches a number (review s6 F3)', () => {
    const cell = (style: string, html: string): string => {
      const doc = htmlToDocument(`<html><head><style>${style}</style></head><body><table><tr><td>行政处罚</td><td>${html}</td></tr></table></body></html>`, 't.html')
      return (doc.blocks.find((b): b is TableBlock => b.kind === 'table')!).rows[0]![1]!.text
    }
    expect(cell('@media (max-width:768px){.pc{display:none}}', '<span class="pc">789</span>')).toBe('789')
    expect(cell('@media print{.scr{display:none}} .y{color:red}', '<span class="scr">789</span>')).toBe('789')
    expect(cell('@media print{.np{display:none}}', '<span class="np">1</span>789')).toBe('¹789')
    // A rule after the @media block is read as always.
    expect(cell('@media print{.np{color:red}} .h{display:none}', '<span class="h">1</span>789')).toBe('789')
  })

  it('a superscript in table 三 is not read as the cell’s last digit (W7: 120² was 1202)', () => {
    const label = '一、本年新收政府信息公开申请数量'
    const html = `<div><p>三、收到和处理政府信息公开申请情况</p><table><tr><td>${label}</td><td>120<sup>2</sup></td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>121</td></tr></table><p>四、政府信息公开行政复议、行政诉讼情况</p></div>`
    const doc = htmlToDocument(`<html><body>${html}</body></html>`, 't.html')
    const t = doc.blocks.find((b): b is TableBlock => b.kind === 'table')!
    expect(t.rows[0]![1]!.text).toBe('120²')
    const ex = extractReport(doc)
    expect(ex.report.requests.rows.received?.[0]).toBe(120)
  })
})

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const cellXml = (runs: string): string => `<w:document ${W}><w:body><w:tbl><w:tr><w:tc><w:p>${runs}</w:p></w:tc></w:tr></w:tbl></w:body></w:document>`
const docxCell = (runs: string, styles?: Map<string, RunLook>): string => {
  const t = documentXmlBlocks(cellXml(runs), undefined, styles)[0] as TableBlock
  return t.rows[0]![0]!.text
}
const run = (props: string, text: string): string => `<w:r><w:rPr>${props}</w:rPr><w:t>${text}</w:t></w:r>`

describe('DOCX: hidden runs and footnote marks', () => {
  it('leaves out w:vanish, w:webHidden, w:specVanish and struck runs (W6: 789 was read 1789)', () => {
    for (const p of ['<w:vanish/>', '<w:webHidden/>', '<w:specVanish/>', '<w:strike/>', '<w:dstrike w:val="true"/>']) {
      expect(docxCell(run(p, '1') + run('<w:b/>', '789'))).toBe('789')
    }
  })

  it('keeps runs whose property is switched off, and ignores the formatting of a tracked property change', () => {
    expect(docxCell(run('<w:vanish w:val="0"/>', '1') + run('', '789'))).toBe('1789')
    expect(docxCell(run('<w:rPrChange w:id="1"><w:rPr><w:vanish/></w:rPr></w:rPrChange>', '1') + run('', '789'))).toBe('1789')
    // A hidden paragraph mark (w:pPr/w:rPr) hides no text.
    expect(docxCell('<w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>' + run('', '789'))).toBe('789')
  })

  it('reads tracked changes as accepted: w:del and w:moveFrom left out, w:ins and w:moveTo kept (review 9 g03: 40000 → 45367)', () => {
    const del = (text: string): string => `<w:del w:id="1" w:author="a"><w:r><w:delText>${text}</w:delText></w:r></w:del>`
    const ins = (text: string): string => `<w:ins w:id="2" w:author="a">${run('', text)}</w:ins>`
    expect(docxCell(del('40000') + ins('45367'))).toBe('45367')
    expect(docxCell(run('', '4') + del('0000') + ins('5367'))).toBe('45367')
    expect(docxCell(`<w:moveFrom w:id="3" w:author="a">${run('', '12')}</w:moveFrom>` + run('', '7') + `<w:moveTo w:id="4" w:author="a">${run('', '89')}</w:moveTo>`)).toBe('789')
    // A deleted paragraph mark (w:rPr/w:del) deletes no text.
    expect(docxCell('<w:pPr><w:rPr><w:del w:id="5" w:author="a"/></w:rPr></w:pPr>' + run('', '789'))).toBe('789')
  })

  it('writes superscript and subscript runs as marks', () => {
    expect(docxCell(run('', '120') + run('<w:vertAlign w:val="superscript"/>', '2'))).toBe('120²')
    expect(docxCell(run('', '120') + run('<w:vertAlign w:val="subscript"/>', '2'))).toBe('120₂')
  })

  it('follows character styles of styles.xml that hide or raise text', () => {
    const styles = runStyles(
      `<w:styles ${W}><w:style w:type="character" w:styleId="Hid"><w:rPr><w:vanish/></w:rPr></w:style>` +
        `<w:style w:type="character" w:styleId="FootnoteReference"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>` +
        `<w:style w:type="character" w:styleId="Plain"><w:rPr><w:b/></w:rPr></w:style></w:styles>`,
    )
    expect([...styles.keys()].sort()).toEqual(['FootnoteReference', 'Hid'])
    expect(docxCell(run('<w:rStyle w:val="Hid"/>', '1') + run('', '789'), styles)).toBe('789')
    expect(docxCell(run('', '120') + run('<w:rStyle w:val="FootnoteReference"/>', '2'), styles)).toBe('120²')
    expect(docxCell(run('<w:rStyle w:val="Plain"/>', '1') + run('', '789'), styles)).toBe('1789')
  })

  it('a run raised or lowered by w:position that touches a number is a mark (review s6 F2, position-only.docx: 7891)', () => {
    // LibreOffice's superscript: raised 4 pt and smaller; Word's 字符位置 提升 3 pt.
    expect(docxCell(run('', '789') + run('<w:position w:val="8"/><w:sz w:val="19"/>', '1'))).toBe('789¹')
    expect(docxCell(run('', '789') + run('<w:position w:val="6"/>', '1'))).toBe('789¹')
    // The same as a universal measure (what the docx package and newer Word write).
    expect(docxCell(run('', '789') + run('<w:position w:val="3pt"/>', '1'))).toBe('789¹')
    expect(docxCell(run('<w:position w:val="-6"/>', '2') + run('', '35'))).toBe('₂35')
    // A mark longer than its number: the number is still on the baseline (not "₁60").
    expect(docxCell(run('', '1') + run('<w:position w:val="6"/>', '60'))).toBe('1⁶⁰')
    // A whole cell lowered together, a shift under 1 pt, or a raised word: left as printed.
    expect(docxCell(run('<w:position w:val="-4"/>', '78') + run('<w:position w:val="-4"/>', '9'))).toBe('789')
    expect(docxCell(run('', '789') + run('<w:position w:val="1"/>', '1'))).toBe('7891')
    expect(docxCell(run('', '789') + run('<w:position w:val="6"/>', '件'))).toBe('789件')
    // White text beside a number (review s6 white-text.docx: 1789) is kept apart; a white cell stays.
    expect(docxCell(run('<w:color w:val="FFFFFF"/>', '1') + run('', '789'))).toBe('¹789')
    expect(docxCell(run('<w:color w:val="FFFFFF"/>', '789'))).toBe('789')
  })

  it('follows a character style’s w:basedOn chain (review s6 §9: based-hidden 1789, based-super 7891)', () => {
    const styles = runStyles(
      `<w:styles ${W}><w:style w:type="character" w:styleId="HidBase"><w:rPr><w:vanish/></w:rPr></w:style>` +
        `<w:style w:type="character" w:styleId="HidChild"><w:basedOn w:val="HidBase"/><w:rPr><w:b/></w:rPr></w:style>` +
        `<w:style w:type="character" w:styleId="SupBase"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>` +
        `<w:style w:type="character" w:styleId="SupMid"><w:basedOn w:val="SupBase"/></w:style>` +
        `<w:style w:type="character" w:styleId="SupChild"><w:basedOn w:val="SupMid"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>` +
        `<w:style w:type="character" w:styleId="Shown"><w:basedOn w:val="HidBase"/><w:rPr><w:vanish w:val="0"/></w:rPr></w:style>` +
        `<w:style w:type="character" w:styleId="LoopA"><w:basedOn w:val="LoopB"/></w:style><w:style w:type="character" w:styleId="LoopB"><w:basedOn w:val="LoopA"/></w:style></w:styles>`,
    )
    expect(docxCell(run('<w:rStyle w:val="HidChild"/>', '1') + run('', '789'), styles)).toBe('789')
    expect(docxCell(run('', '789') + run('<w:rStyle w:val="SupChild"/>', '1'), styles)).toBe('789¹')
    expect(docxCell(run('<w:rStyle w:val="Shown"/>', '1') + run('', '789'), styles)).toBe('1789')
    expect(docxCell(run('<w:rStyle w:val="LoopA"/>', '1') + run('', '789'), styles)).toBe('1789')
    // What the run sets itself wins over its style.
    expect(docxCell(run('<w:rStyle w:val="HidChild"/><w:vanish w:val="0"/>', '1') + run('', '789'), styles)).toBe('1789')
  })

  it('reads styles.xml from the file itself', () => {
    const enc = (s: string): Uint8Array => new TextEncoder().encode(s)
    const bytes = zipSync({
      'word/document.xml': enc(cellXml(run('<w:rStyle w:val="Hid"/>', '1') + run('', '789'))),
      'word/styles.xml': enc(`<w:styles ${W}><w:style w:type="character" w:styleId="Hid"><w:rPr><w:vanish/></w:rPr></w:style></w:styles>`),
    })
    const out = readDocx(bytes, 'x.docx', 'x.docx')
    expect(out.ok && (out.document.blocks[0] as TableBlock).rows[0]![0]!.text).toBe('789')
  })
})

const piece = (str: string, x: number, y: number, size: number): PdfItem => ({ str, x, y, w: str.length * size * 0.5, size })

describe('positioned text (PDF/OFD/OCR): raised marks', () => {
  it('a smaller digit raised next to a number is a mark (t-sup3.pdf: 120 at 12 pt, "2" at 10 pt raised 4.75 pt)', () => {
    const items = [piece('120', 313.05, 153.5, 12), piece('2', 331.05, 158.25, 10), piece('161', 552.88, 155.25, 12)]
    const marked = markRaisedPieces(items)
    expect(marked.map((i) => i.str)).toEqual(['120', '²', '161'])
    expect(groupLines(marked).map((l) => joinItems(l.items))).toEqual(['120² 161'])
    // Without the mark the line reads 1202.
    expect(groupLines(items).map((l) => joinItems(l.items))).toEqual(['1202 161'])
  })

  it('a lowered one is a subscript; a mark before a number is kept apart too', () => {
    expect(markRaisedPieces([piece('35', 100, 100, 12), piece('1', 112, 97, 9)])[1]!.str).toBe('₁')
    expect(markRaisedPieces([piece('1', 94, 104, 9), piece('35', 100, 100, 12)])[0]!.str).toBe('¹')
  })

  it('leaves alone digits of the same size, digits far from a number, and small digits beside words', () => {
    // Next column: same size.
    expect(markRaisedPieces([piece('120', 100, 100, 12), piece('2', 118, 100, 12)])[1]!.str).toBe('2')
    // Smaller and raised, but a column away.
    expect(markRaisedPieces([piece('120', 100, 100, 12), piece('2', 160, 104, 10)])[1]!.str).toBe('2')
    // Half-width digits in a smaller, higher font beside CJK words (an OFD producer's title).
    expect(markRaisedPieces([piece('淮安市人民政府', 20, 638, 22), piece('2024', 128.6, 641.3, 11), piece('年政府信息公开工作年度报告', 178.2, 638, 22)])[1]!.str).toBe('2024')
  })

  it('pageContent applies it before cells and lines are built', () => {
    const page = pageContent(1, 600, 800, [piece('本年新收', 50, 400, 12), piece('789', 200, 400, 12), piece('1', 218, 404.5, 10)], [])
    const texts = page.entries.map((e) => (e.kind === 'line' ? e.text : ''))
    expect(texts.join('|')).toContain('789¹')
  })
})

describe('the extractor reads a number with its mark as the number alone', () => {
  it('789¹ is 789 in section 二', () => {
    const text = ['二、主动公开政府信息情况', '第二十条第（五）项', '信息内容 本年处理决定数量', '行政许可 5', '行政处罚 789¹', '行政强制 3'].join('\n')
    const ex = extractReport(textToDocument(text, 'x.txt'))
    expect(ex.report.activeDisclosure.penalties?.decisions).toBe(789)
  })
})

describe('prose: a footnote mark after a number is not part of the sentence (review s6 F1: 87651, 152)', () => {
  const overview = (sentence: string): ReturnType<typeof extractReport>['report']['metrics'] => {
    const html = `<html><body><p>一、总体情况</p><p>2022年，本局${sentence}</p><p>二、主动公开政府信息情况</p></body></html>`
    return extractReport(htmlToDocument(html, 'p.html')).report.metrics
  }

  it('reads 8765¹条 as 8765 and 第15²名 as 15, whether the mark came as <sup> or as CSS', () => {
    for (const [a, b] of [
      ['<sup>1</sup>', '<sup>2</sup>'],
      ['<span style="vertical-align:super;font-size:70%">1</span>', '<span style="vertical-align:super">2</span>'],
      ['<sup>[1]</sup>', '<sup>(2)</sup>'],
    ]) {
      const m = overview(`主动公开政府信息8765${a}条，收到政府信息公开申请161件。政务公开指数排名第15${b}名。`)
      expect([m.activeDisclosureItems, m.indexRank]).toEqual([8765, 15])
    }
  })

  it('a plain digit after the number is still part of it (no mark, no guess)', () => {
    expect(overview('主动公开政府信息87651条。').activeDisclosureItems).toBe(87651)
  })
})
