// The marks the flattened text puts between and into table cells. A leaf file: the cell reader
// (cells.ts) needs them and flatten.ts needs the cell reader's neighbours, so they live apart
// (before, cells.ts → flatten.ts → … → requests-labels.ts → cells.ts was an import cycle).

/** Separates table cells inside one flattened table row. */
export const CELL_SEP = '\t'
/** Stands for an empty table cell (a private-use character no report contains). */
export const BLANK_CELL = '\uE000'
