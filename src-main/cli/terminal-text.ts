// Text for a terminal: control characters (ESC sequences can set the title or clear the screen,
// a carriage return can overwrite a line) and bidirectional overrides are shown escaped, never
// sent raw. File names and messages that quote them pass through here before they are printed.

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
const CONTROL_OR_NEWLINE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

function escape(c: string): string {
  const code = c.charCodeAt(0)
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
}

/** A whole printed text: its own line breaks (and tabs) kept, every other control character escaped. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, escape)
}

/** One name or message on one line: line breaks escaped too. */
export function terminalSafeLine(text: string): string {
  return text.replace(CONTROL_OR_NEWLINE, escape)
}
