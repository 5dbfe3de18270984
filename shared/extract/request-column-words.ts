// Table 三's column words other than the template's own: the wordings real reports print for each
// applicant column. One table, read by both header paths: a grid's leaf cells (requests-grid-leaves.ts,
// a whole cell) and the header's text lines (requests-heading-synonyms.ts, fuzzy within a line). Each
// path keeps its own matching rules; the words are here only (review hr36 F3: the text path knew no
// 群众 / 市民 / 公司 / 高校, so it assumed the template's order where the grid path read by the words).

/** Template column → the other words that name it (公民 from the 条例's 「公民、法人和其他组织」). */
export const REQUEST_COLUMN_WORDS: readonly { column: number; words: readonly string[] }[] = [
  { column: 0, words: ['公民', '个人', '群众', '市民'] },
  { column: 1, words: ['企业', '公司'] },
  { column: 2, words: ['科研院所', '高等院校', '高校'] },
  { column: 3, words: ['公益组织', '社会组织'] },
  { column: 4, words: ['律师事务所', '律师'] },
]

/** The words of one column. */
export const wordsOf = (column: number): readonly string[] => REQUEST_COLUMN_WORDS.find((w) => w.column === column)?.words ?? []
