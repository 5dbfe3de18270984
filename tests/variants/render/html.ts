// Prints a variant's document as a web page: real tables with rowspan/colspan, headings as bold
// paragraphs, page footers/headers (from a PDF conversion) as paragraphs between table parts.
import type { CellMark, HideStyle, IRCell, IRDoc } from '../generator/ir'

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A footnote mark as <sup> or a span raised by CSS; a hidden digit in each of the ways pages hide
 *  text (cell-marks.ts). The classes are those of the page's <style> (renderHtmlDoc). */
function markHtml(m: CellMark): string {
  const t = esc(m.text)
  if (m.kind === 'sup') {
    if (m.raise === 'inline') return `<span style="vertical-align:super;font-size:70%">${t}</span>`
    if (m.raise === 'small') return `<span style="font-size:58%">${t}</span>`
    if (m.raise === 'style-rule') return `<span class="fn-note">${t}</span>`
    return `<sup>${t}</sup>`
  }
  return `${HIDING_TAG[m.hide ?? 'display-none']}${t}</span>`
}

/** The opening tag of a hidden digit, for each way of hiding it. */
const HIDING_TAG: Record<HideStyle, string> = {
  'display-none': '<span style="display:none">',
  'hidden-attr': '<span hidden>',
  'visibility-hidden': '<span style="visibility:hidden">',
  'hidden-class': '<span class="fn-hide">',
  'descendant-class': '<span class="fn-x">',
  'id-rule': '<span id="fn-h">',
  opacity: '<span style="opacity:0">',
  offscreen: '<span style="position:absolute;left:-9999px">',
  'media-print': '<span class="fn-print">',
}

function cellHtml(c: IRCell): string {
  const text = esc(c.text).replace(/\n/g, '<br>')
  if (!c.mark) return text
  return c.mark.at === 'before' ? markHtml(c.mark) + text : text + markHtml(c.mark)
}

// Printed, a ruled table's rules are solid black, as a report's are on paper. Left to the browser,
// border="1" is drawn inset in two greys the browser chooses; Chromium 150 draws one of them #eee,
// which a scan loses, so the same test would read another page on another Chromium.
const RULES_IN_PRINT = ' table[border="1"] td{border:1px solid #000}'

export function renderHtmlDoc(doc: IRDoc, title: string, opts: { print?: boolean } = {}): string {
  const body = doc
    .map((b) => {
      if (b.kind === 'para') return b.heading ? `<p><strong>${esc(b.text)}</strong></p>` : `<p>${esc(b.text)}</p>`
      if (b.kind === 'page') {
        // Printed: a real page break between the footer and the next page's running header.
        const brk = opts.print ? '<div style="break-after:page"></div>' : ''
        return [b.footer ? `<p>${esc(b.footer)}</p>` : '', brk, b.header ? `<p>${esc(b.header)}</p>` : ''].join('\n')
      }
      // A narrow label column: every label cell of a row with numbers gets the width (and its alignment).
      const narrow = b.narrowLabels
      const style = (r: IRCell[], c: IRCell): string => (narrow && !c.num && r.some((x) => x.num) ? ` style="width:${narrow.width}px;max-width:${narrow.width}px;vertical-align:${narrow.valign}"` : '')
      const rows = b.rows.map((r) => `<tr>${r.map((c) => `<td${c.rowSpan ? ` rowspan="${c.rowSpan}"` : ''}${c.colSpan ? ` colspan="${c.colSpan}"` : ''}${style(r, c)}>${cellHtml(c)}</td>`).join('')}</tr>`)
      const frame = narrow?.unruled || b.unruled ? 'border="0" style="width:100%;border-collapse:collapse"' : 'border="1" style="border-collapse:collapse"'
      return `<table ${frame}>\n${rows.join('\n')}\n</table>`
    })
    .join('\n')
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font-family:"Noto Sans CJK SC",sans-serif;font-size:12px} td{padding:2px 4px} .fn-hide{display:none} td .fn-x{display:none} #fn-h{display:none}
.fn-note{vertical-align:super;font-size:smaller} @media print{.fn-print{display:none}}${opts.print ? RULES_IN_PRINT : ''}</style></head>
<body><div class="article">\n${body}\n</div></body></html>\n`
}
