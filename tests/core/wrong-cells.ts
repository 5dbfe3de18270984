// The cells a table-三 reading got wrong against the truth: read (not null) and not the truth's
// number, as 「key[column]=value」. Unread cells are no wrong: a test asks for those separately.
export function wrongCells(rows: Partial<Record<string, readonly (number | null)[] | null | undefined>>, truth: Record<string, readonly number[]>): string[] {
  return Object.entries(rows).flatMap(([k, row]) => (row ?? []).flatMap((x, c) => (x !== null && x !== truth[k]![c] ? [`${k}[${c}]=${x}`] : [])))
}
