/**
 * Line ends and control characters in text from outside (alert text, a service's reply, a file name). Each is a
 * line end to something that reads the log: CR, LF and CRLF to the runner, VT, FF, NEL (U+0085), LS (U+2028)
 * and PS (U+2029) to Unicode-aware readers; other C0 controls, DEL and C1 controls (ESC, CSI, NUL, backspace)
 * are read by terminals (Unicode's Cc: U+0000–U+001F and U+007F–U+009F, written out because a Unicode property class
 * costs a millisecond of start-up to compile). The patterns match one character at a time, so replacing them is
 * linear in the text.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const BREAKS_AND_CONTROLS = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]+/g
const LINE_BREAK = /\r\n?|[\n\v\f\u0085\u2028\u2029]/g
/** Controls other than tab and the line ends above. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]/g

/** The text on one line: each run of line ends and controls becomes one space; tabs stay. */
export function oneLine(text: string): string {
  return text.replace(BREAKS_AND_CONTROLS, ' ')
}

/** The text with every kind of line end written as `\n` and other controls (tabs excepted) as spaces. */
export function plainLines(text: string): string {
  return text.replace(LINE_BREAK, '\n').replace(CONTROL, ' ')
}
