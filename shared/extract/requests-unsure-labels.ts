// The note of a table-三 row whose label the scan's OCR garbled so that it could not be told for
// sure (requests-near-labels.ts): its wording as near to another row's at the same place, or read
// nearly twice, or out of the template's order. The row is left empty, never given to either.
import type { ExtractionNote } from '../model/extraction'
import { REQUEST_ROW_LABELS } from '../model/template-labels'
import type { UnsureLabel } from './requests-near-labels'

export function unsureLabelNotes(unsure: UnsureLabel[]): ExtractionNote[] {
  return unsure.map(({ key, rival }) => ({
    field: `requests.${key}`,
    message: rival
      ? `表三「${REQUEST_ROW_LABELS[key]}」行的行名识别不清，与「${REQUEST_ROW_LABELS[rival]}」行的行名同样相近，不能确定是哪一行，未读取。`
      : `表三「${REQUEST_ROW_LABELS[key]}」行的行名识别不清，相近的文字出现不止一处（或与模板行序不符），不能确定是哪一行，未读取。`,
  }))
}
