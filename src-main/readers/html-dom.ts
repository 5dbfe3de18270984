// The DOM of a web page as this project's HTML reader sees it: the node shape (domhandler's), the
// tags whose text is never shown, the section headings of a report, and portal chrome.
import { withoutInvisibleChars } from '../../shared/text/invisible-chars'

/** The parts of a domhandler node this reader uses. */
export interface DomNode {
  type: string
  name?: string
  data?: string
  attribs?: Record<string, string>
  children?: DomNode[]
  parent?: DomNode | null
}

export const DROP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'textarea', 'svg', 'object', 'embed', 'head', 'title', 'link', 'meta', 'input', 'canvas', 'audio', 'video', 'xml'])
export const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'center', 'address', 'figure', 'figcaption', 'hr', 'tr', 'body', 'html', 'caption', 'font'])
const CHROME_CLASS = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|position|location|share|bdshare|footer|foot|header|head|top|topbar|banner|sidebar|side|copyright|toolbar|search|login|print|fontsize|related|pager|qrcode)(?:[\s_-]|$)/i
/** A portal's breadcrumb, copyright or footer line. 主办单位/承办单位/技术支持 are footer labels only with a
 *  colon or a space after them (「承办单位：某县大数据中心」): a report's prose names them too (「其中转办承办单位
 *  4463件」「转送承办单位办理」「技术支持单位」), and such a paragraph, dropped as chrome, took its figures with it
 *  (review rv20b U1). */
const CHROME_TEXT = /当前位置|您的位置|您现在的位置|版权所有|ICP备|网站标识码|(?:主办单位|承办单位|技术支持)(?:[：:\s]|$)|分享到|【打印本页】|【关闭窗口】|打印本页|关闭窗口|字号：/
export const SECTION_HEADINGS = [/一、\s*总体情况/, /二、\s*主动公开/, /三、\s*收到和处理/, /四、\s*政府信息公开行政复议/, /五、\s*存在的主要问题/, /六、\s*其他需要报告/]

export function textOf(n: DomNode): string {
  if (n.type === 'text') return withoutInvisibleChars(n.data ?? '')
  if (n.type !== 'tag' && n.type !== 'root') return ''
  if (n.name && DROP_TAGS.has(n.name)) return ''
  return (n.children ?? []).map(textOf).join('')
}

export function elements(n: DomNode, out: DomNode[] = []): DomNode[] {
  for (const c of n.children ?? []) {
    if (c.type === 'tag' && !DROP_TAGS.has(c.name ?? '')) {
      out.push(c)
      elements(c, out)
    }
  }
  return out
}

export function isChrome(n: DomNode): boolean {
  if (n.type !== 'tag') return false
  if (DROP_TAGS.has(n.name ?? '')) return true
  const cls = `${n.attribs?.class ?? ''} ${n.attribs?.id ?? ''}`
  const text = textOf(n)
  if (CHROME_CLASS.test(cls) && !SECTION_HEADINGS.some((h) => h.test(text))) return true
  // Short elements carrying a breadcrumb or copyright line.
  return CHROME_TEXT.test(text) && text.replace(/\s+/g, '').length < 300 && !SECTION_HEADINGS.some((h) => h.test(text))
}
