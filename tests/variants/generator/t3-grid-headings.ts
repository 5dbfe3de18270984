// Headings for table 三's grid-leaf rule (hostile review hr36 F3, F5, F6; tests/variants/t3-grid-leaves.test.ts):
// wordings and group headings the rule t3-moved-reworded.ts prints (its `reworded`, `more`, `group`).
/**
 * Wordings no list of the extractor holds (hr36 F3, F5): plausible ones (群众, 市民 for 自然人; 公司 for
 * 商业企业; 高等院校 for 科研机构), invented ones (no report need print them: the extractor must notice a
 * heading it does not know, not learn the word), and one naming two columns (其他企业: 其他 and 企业).
 */
export const GRID_UNKNOWN_WORDS: [number, string][] = [
  [0, '群众'],
  [0, '市民'],
  [1, '公司'],
  [2, '高等院校'],
  [0, '申请主体甲'],
  [2, '研究单位'],
  [3, '社团'],
  [4, '咨询中介'],
  [5, '其余'],
  [5, '其他企业'],
]
/** Group headings over the five without 法人 (hr36 F6), and invented ones. */
export const GROUP_WORDS = ['单位', '组织', '机构团体', '非自然人']


/**
 * Table 三 headers with other words for the applicant columns, as markdown pipe tables and pdftotext
 * shapes print them (hostile review hr36 F3, F5, F6 in .md / -layout / plain text; t3-moved-reworded.ts
 * rules, forced in tests/variants/t3-column-words-text.test.ts): a group heading 单位 / 组织 over the five
 * printed first; 群众 / 市民 for 自然人 after them; 公司 for 商业企业 moved last; 高等院校 and 企业 swapped;
 * 企业 with 其他企业 for 其他, in the template's order or moved.
 */
export const COLUMN_WORD_RULES: { printed: number[]; reworded: [number, string]; more?: [number, string][]; group?: string; twoLevel: boolean }[] = [
  ...['单位', '组织'].map((group) => ({ printed: [1, 2, 3, 4, 5, 0, 6], reworded: [0, '自然人'] as [number, string], group, twoLevel: true })),
  ...['群众', '市民'].flatMap((w) => [true, false].map((twoLevel) => ({ printed: [1, 2, 3, 4, 5, 0, 6], reworded: [0, w] as [number, string], twoLevel }))),
  { printed: [0, 2, 3, 4, 5, 1, 6], reworded: [1, '公司'], twoLevel: true },
  ...[true, false].map((twoLevel) => ({ printed: [0, 2, 1, 3, 4, 5, 6], reworded: [2, '高等院校'] as [number, string], more: [[1, '企业']] as [number, string][], twoLevel })),
  ...[true, false].map((twoLevel) => ({ printed: [0, 1, 2, 3, 4, 5, 6], reworded: [1, '企业'] as [number, string], more: [[5, '其他企业']] as [number, string][], twoLevel })),
  { printed: [0, 5, 2, 3, 4, 1, 6], reworded: [1, '企业'], more: [[5, '其他企业']], twoLevel: false },
]
