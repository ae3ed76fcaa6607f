/**
 * Line ends and control characters in text from outside (alert text, a service's reply, a file name). Each is a
 * line end to something that reads the log: CR, LF and CRLF to the runner, VT, FF, NEL (U+0085), LS (U+2028)
 * and PS (U+2029) to Unicode-aware readers; other C0 controls, DEL and C1 controls (ESC, CSI, NUL, backspace)
 * are read by terminals (Cc: the C0 and C1 controls and DEL). The patterns match one character at a time, so
 * replacing them is linear in the text.
 */
const BREAKS_AND_CONTROLS = /(?:[^\P{Cc}\t]|[\u2028\u2029])+/gu
const LINE_BREAK = /\r\n?|[\n\v\f\u0085\u2028\u2029]/g
/** Controls other than tab and the line ends above. */
const CONTROL = /[^\P{Cc}\t\n\v\f\r\u0085]/gu

/** The text on one line: each run of line ends and controls becomes one space; tabs stay. */
export function oneLine(text: string): string {
  return text.replace(BREAKS_AND_CONTROLS, ' ')
}

/** The text with every kind of line end written as `\n` and other controls (tabs excepted) as spaces. */
export function plainLines(text: string): string {
  return text.replace(LINE_BREAK, '\n').replace(CONTROL, ' ')
}
