// Rule: table 三's sub-row labels numbered with a half bracket, 「1)属于国家秘密」「2)其他法律行政法规禁止公开」
// (hostile review hr34 W5: in text the ordinal 1) was read as a cell, and a row took the next row's
// numbers). Every label of table 三 numbered 「N.」「N．」「N、」 is printed 「N)」. Forced in
// tests/variants/label-half-brackets.test.ts, not drawn.
import type { IRDoc } from './ir'

const SUB_ROW_NUMBER = /^(\d{1,2})[.．、]/

export function applyHalfBracketLabels(doc: IRDoc, on: boolean | undefined): IRDoc {
  if (!on) return doc
  let changed = false
  const out = doc.map((b) => {
    if (b.kind !== 'table' || b.part !== 'requests') return b
    const rows = b.rows.map((r) => r.map((c) => {
      if (c.num || !SUB_ROW_NUMBER.test(c.text)) return c
      changed = true
      return { ...c, text: c.text.replace(SUB_ROW_NUMBER, '$1)') }
    }))
    return { ...b, rows }
  })
  return changed ? out : doc
}

export function halfBracketLabelRuleTags(on: boolean | undefined): string[] {
  return on ? ['label:half-bracket-numbers'] : []
}
