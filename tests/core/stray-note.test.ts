// The note on a stray number in table 三 names the number (or says it is a blank cell) and the
// line it stands on, so the user can find it (review s5, I2: "游离数字（）" printed empty, twice).
import { describe, expect, it } from 'vitest'
import { readCells } from '../../shared/extract/cells'
import { dropStrayLines } from '../../shared/extract/requests-events'
import type { ExtractionNote } from '../../shared/model/extraction'

describe('dropStrayLines note', () => {
  it('names the stray number and its line', () => {
    const text = '1\t2\t0\t0\t0\t0\t3\n58\n4\t0\t0\t0\t0\t0\t4\n'
    const notes: ExtractionNote[] = []
    const kept = dropStrayLines(readCells(text, []), text, notes, 7)
    expect(kept.map((t) => t.digits)).toEqual(['1', '2', '0', '0', '0', '0', '3', '4', '0', '0', '0', '0', '0', '4'])
    expect(notes).toHaveLength(1)
    expect(notes[0]!.message).toContain('58（所在行「58」）')
    expect(notes[0]!.message).not.toMatch(/（）/)
  })

  it('a blank cell is said to be one (not an empty "（）"), with the line it is on', () => {
    const text = '1\t2\t0\t0\t0\t0\t3\n7\t\uE000\n4\t0\t0\t0\t0\t0\t4\n'
    const notes: ExtractionNote[] = []
    dropStrayLines(readCells(text, []), text, notes, 7)
    expect(notes[0]!.message).toBe('表三中有 2 处游离的数字或空白格无法归入任何一行，未使用：7（所在行「7 □」）、空白或无法识读的格（所在行「7 □」）。')
  })
})
