// The enumeration and boundary forms of issue 11's list that section-five-variants.ts did not yet
// write (session 30): 首先/其次/再次/最后, ASCII 1), 1． with a Latin digit, 1、2、 run together in one
// line, one run-on paragraph without markers, the numbering slip 一是…一是…三是, a problem with its own
// sub-points (1)(2) or ①② under its marker (one entry), and bare boundary words (改进情况：, 整改措施：,
// 针对上述问题，, headings without numbers). Pure text builders; the generator combines them.

export const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/** An entry body as one item: ends with 。 (a run-on original ends with ；). */
export function asItem(body: string): string {
  return body.trim().replace(/[；;，,、]+$/, '').replace(/([^。！？])$/, '$1。')
}

/** One sentence per point: its inner full stops and semicolons become commas. */
export const oneSentence = (body: string): string => asItem(body).replace(/[。；;](?!$)/g, '，')

export type Enumerate = (bodies: string[]) => string
export interface Enumeration {
  render: Enumerate
  unnumbered?: boolean
  prepare?: (body: string) => string
}

/** 首先, 其次, 再次, then 此外 for the middle ones, 最后 for the last of four or more. */
function ordinalWord(i: number, n: number): string {
  if (i === 0) return '首先'
  if (i === n - 1 && n > 3) return '最后'
  return ['其次', '再次'][i - 1] ?? '此外'
}

/**
 * A body of three clauses or more written as its title and sub-points: "A：（1）B；（2）C。". Bodies with
 * fewer clauses stay as they are. `sub` draws the sub-point's marker.
 */
export function withSubPoints(sub: (i: number) => string): (body: string) => string {
  return (body) => {
    const clauses = oneSentence(body).replace(/。$/, '').split('，')
    if (clauses.length < 3) return body
    const [head, ...rest] = clauses
    return `${head}：${rest.map((c, i) => `${sub(i)}${c}`).join('；')}。`
  }
}

/** 另外， put before a point's second sentence where its first is ten characters or more. */
const besidesInside = (item: string): string => item.replace(/^([^。]{10,}。)(?=[^。])/, '$1另外，')

export const MORE_ENUMERATIONS: Record<string, Enumeration> = {
  'ordinal-zaici': { render: (b) => b.map((x, i) => `${ordinalWord(i, b.length)}，${asItem(x)}`).join('') },
  'ascii-half-paren': { render: (b) => b.map((x, i) => `${i + 1})${asItem(x)}`).join('\n') },
  'latin-fw-dot': { render: (b) => b.map((x, i) => `${i + 1}．${asItem(x)}`).join('\n') },
  'dun-inline': { render: (b) => b.map((x, i) => `${i + 1}、${asItem(x)}`).join('') },
  // All points in one paragraph, a sentence each, no marker.
  'run-on': { render: (b) => b.map(asItem).join(''), unnumbered: true, prepare: oneSentence },
  'typo-one-one-three': { render: (b) => b.map((x, i) => `${CN[i === 1 ? 0 : i]}是${asItem(x)}`).join('') },
  // A point with sub-points under its marker stays one point.
  'nested-paren': { render: (b) => b.map((x, i) => `${CN[i]}是${asItem(x)}`).join(''), prepare: withSubPoints((i) => `（${i + 1}）`) },
  'nested-circled': { render: (b) => b.map((x, i) => `（${CN[i]}）${asItem(x)}`).join('\n'), prepare: withSubPoints((i) => '①②③④⑤⑥⑦⑧⑨⑩'[i]!) },
  'nested-ascii': { render: (b) => b.map((x, i) => `${i + 1}.${asItem(x)}`).join('\n'), prepare: withSubPoints((i) => `(${i + 1})`) },
  // Added by s533: 首先/其次/再次 with 另外 opening a point's second sentence (still that point's detail) where
  // the list's own next word (其次, 再次) follows; before 此外/最后 the two would read alike. (Only after a first
  // sentence of ten characters or more: the suite checks an entry's first ten.)
  'ordinal-besides-inside': {
    render: (b) =>
      b
        .map((x, i) => `${ordinalWord(i, b.length)}，${i + 1 < b.length && /^(?:其次|再次)$/.test(ordinalWord(i + 1, b.length)) ? besidesInside(asItem(x)) : asItem(x)}`)
        .join(''),
  },
  // Added by s533: a run-on paragraph whose points each name their gap before its detail clauses
  // ("…存在执行短板，A，B。"): one point each, not the clauses.
  'run-on-named-gap': { render: (b) => b.map(asItem).join(''), unnumbered: true, prepare: (b) => `工作落实中存在执行短板，${oneSentence(b)}` },
}

type Boundary = (p: string, m: string, year: number, intro: string) => string
export const MORE_BOUNDARIES: Record<string, Boundary> = {
  'gaijin-qingkuang-bare': (p, m, _y, intro) => `${intro}${p}\n改进情况：\n${m}`,
  'zhenggai-inline': (p, m) => `存在问题：${p}整改措施：${m}`,
  'zhendui-bare': (p, m, _y, intro) => `${intro}${p}针对上述问题，${m}`,
  'year-will-inline': (p, m, y, intro) => `${intro}${p}${y + 1}年，我区将从以下方面改进：${m}`,
  'plain-headings': (p, m) => `存在的主要问题\n${p}\n改进措施\n${m}`,
  // Added by s535 (holdout 19): the measures' heading with neither colon nor stop, its list after a space on the same
  // line ("改进措施 1.…"); a list with no marker to open it keeps the colon (nothing would say where it starts).
  'heading-space-list': (p, m, _y, intro) => `${intro}${p}\n改进措施${/^\s*(?:[（(]?[一1１][）)、.．]|一是|首先|第一|其一)/.test(m) ? ' ' : '：'}${m}`,
}

/** Each problem and its measure in one sentence: "一是A，针对这一问题，我们将B。" / "一是针对A的问题，我们将B。". */
export const PAIR_FORMS: Record<string, (p: string, m: string, i: number) => string> = {
  'same-sentence': (p, m, i) => `${CN[i]}是${p.replace(/。$/, '')}，针对这一问题，我们将${m}`,
  'zhendui-de-wenti': (p, m, i) => `${CN[i]}是针对${p.replace(/。$/, '')}的问题，我们将${m}`,
}
