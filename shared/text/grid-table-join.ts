// A grid-table cell's pieces (one per line of its row) joined into the cell's text.

/**
 * Chinese text wraps anywhere and joins without a space; two pieces that meet digit to digit keep a
 * space between them (two counts stacked in one cell are never glued into one larger number);
 * Latin words keep their space.
 */
export function joinPieces(parts: string[]): string {
  let out = ''
  for (const p of parts.filter((x) => x !== '')) {
    const last = out[out.length - 1] ?? ''
    const gap = out !== '' && ((/\d/.test(last) && /^\d/.test(p)) || (/[A-Za-z]/.test(last) && /^[A-Za-z]/.test(p)))
    out += (gap ? ' ' : '') + p
  }
  return out
}
