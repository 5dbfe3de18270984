// 「O」 — the Latin letter typed for a zero in a table cell. Read as the digit 0 only where it stands
// among a table row's cells: in a run of at least four cells that are all numbers or zero signs
// (O, 〇, a dash, 无), or in a row kept in cells whose cells after the label all are. Alone in prose,
// or inside a word (O2O), it stays a letter.
// One character for one, so every position in the text holds.

const SEPARATOR = /([\s\u3000\t|\uE000]+)/
const LATIN_ZERO = /^[OoＯｏ]$/
// A number may carry a footnote reference (120[2], 120【2】, 120注2: cells.ts reads the number alone).
const CELL_LIKE = /^(?:[\d０-９][\d０-９,，.．]*(?:[[［【]\^?\d{1,2}[\]］】]|（?注\d{1,2}）?)?|[OoＯｏ〇○零]|[-—－–/／]|无)$/
const MIN_RUN = 4

/** An O glued to label text (layout readers run a wrapped label into the cells: 「0 0 O关不再处理…」). */
const O_BEFORE_WORDS = /^[OoＯｏ](?=[\u4e00-\u9fff])/
const O_AFTER_WORDS = /(?<=[\u4e00-\u9fff])[OoＯｏ]$/

/** A table row kept in cells (tab-separated): a label, then cells that are all numbers or zero signs. */
function rowOfCells(line: string): string | null {
  const cells = line.split('\t')
  if (cells.length < 2) return null
  const blank = (c: string): boolean => c === '' || c === '\uE000'
  // The label may take several cells (table 四 printed down the page: 「行政复议 | 结果维持 | 3」, 「 | 结果纠正 | O」):
  // cells of words without a digit (or blank) before the row's cells.
  let k = 1
  while (k < cells.length - 1 && !CELL_LIKE.test(cells[k]!.trim()) && (blank(cells[k]!.trim()) || /^[^\d０-９]*[\u4e00-\u9fff][^\d０-９]*$/.test(cells[k]!))) k++
  const rest = cells.slice(k).map((c) => c.trim())
  if (!rest.every((c) => blank(c) || CELL_LIKE.test(c))) return null
  const zero = (c: string): string => (LATIN_ZERO.test(c.trim()) ? c.replace(/[OoＯｏ]/, '0') : c)
  // A row without a label (table 四's numbers on a page of their own): its first cell is a cell too.
  const first = LATIN_ZERO.test(cells[0]!.trim()) && rest.filter((c) => !blank(c)).length >= MIN_RUN - 1 ? zero(cells[0]!) : cells[0]
  return [first, ...cells.slice(1, k), ...cells.slice(k).map(zero)].join('\t')
}

export function latinZeroCellsAsDigits(line: string): string {
  if (!/[OoＯｏ]/.test(line)) return line
  const row = rowOfCells(line)
  if (row !== null) return row
  // Even indexes are tokens, odd ones the separators between them.
  const parts = line.split(SEPARATOR)
  const tokens: number[] = []
  for (let i = 0; i < parts.length; i += 2) if (parts[i] !== '') tokens.push(i)
  let run: number[] = []
  const flush = (next: number | undefined): void => {
    // Glued O's at the run's edges count as cells of the run.
    const before = tokens[tokens.indexOf(run[0]!) - 1]
    const lead = run.length > 0 && before !== undefined && O_AFTER_WORDS.test(parts[before]!) ? before : undefined
    const tail = run.length > 0 && next !== undefined && O_BEFORE_WORDS.test(parts[next]!) ? next : undefined
    if (run.length + (lead !== undefined ? 1 : 0) + (tail !== undefined ? 1 : 0) >= MIN_RUN) {
      for (const i of run) if (LATIN_ZERO.test(parts[i]!)) parts[i] = '0'
      if (lead !== undefined) parts[lead] = parts[lead]!.slice(0, -1) + '0'
      if (tail !== undefined) parts[tail] = '0' + parts[tail]!.slice(1)
    }
    run = []
  }
  for (const i of tokens) {
    if (CELL_LIKE.test(parts[i]!)) run.push(i)
    else flush(i)
  }
  flush(undefined)
  return parts.join('')
}
