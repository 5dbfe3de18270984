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

