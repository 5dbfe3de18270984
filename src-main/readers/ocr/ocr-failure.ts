// Why an OCR job did not give pages, with a Chinese message for the file's error.
export type OcrFailureReason = 'cancelled' | 'stalled' | 'crashed' | 'failed' | 'unavailable'

export class OcrFailure extends Error {
  constructor(
    message: string,
    readonly reason: OcrFailureReason,
  ) {
    super(message)
  }
}
