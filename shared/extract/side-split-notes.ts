// What the notes say about a table 三 printed as two tables side by side (side-split-tables.ts).
import type { ExtractionNote } from '../model/extraction'
export const SIDE_SPLIT_JOINED_NOTE = {
  labels: '表三分成前后两张表印出（后一张重复各行行名，接印其余各列至总计），两表各行行名逐行相同、列名合起来即模板各列，已拼成一张表读取。',
  numbers: '表三分成前后两张表印出（后一张以序号代替行名，接印其余各列至总计），序号与前一张有数字的行逐一对应、列名合起来即模板各列，且拼合后每行各列之和都等于该行总计，已拼成一张表读取。',
} as const

export const SIDE_SPLIT_UNPROVEN_NOTE =
  '表三分成前后两张表印出（前一张只有前几列，后一张接印其余各列至总计），但两张表各行的对应无法证明（后一张的行名或序号与前一张不能逐行对上，或拼合后各行之和不等于该行总计、各列不合乎表内的合计关系），整张表未读取。'

/**
 * Table 三 left unread as a split not proven: one note says why. The notes its zone left before (two
 * tables in the section, the section's heading not found: the split's doing) are dropped.
 */
export function unreadSideSplit(notes: ExtractionNote[]): void {
  for (let i = notes.length - 1; i >= 0; i--) {
    const f = notes[i]!.field
    if (f === 'requests' || f.startsWith('requests.') || f === 'section.requests') notes.splice(i, 1)
  }
  notes.push({ field: 'requests', message: SIDE_SPLIT_UNPROVEN_NOTE })
}
