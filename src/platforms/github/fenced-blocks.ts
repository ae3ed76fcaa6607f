/** Where a multiline `^` or `$` sees a line end. */
const LINE_TERMINATORS = '\n\r\u2028\u2029'
const FENCE_CHARACTERS = '`~'
const MIN_FENCE = 3

/** The content of a fenced code block: from after the fence line's newline to before the closing fence's newline. */
interface FencedContent {
  start: number
  end: number
}

function runLength(text: string, from: number): number {
  let end = from
  while (text[end] === text[from]) end++
  return end - from
}

/**
 * The fenced code block (as `code_block` writes them: fence line, content, the same fence alone on a line) with the
 * longest content, the first of equals; undefined without one. Blocks are found from the start, each after the
 * previous one, as `/^(`{3,}|~{3,})[^\n]*\n([\s\S]*?)\n\1[ \t]*$/gm` finds them; a fence line may open with a longer
 * run than the fence that closes it, the longest run with a closing fence winning. One pass over the text: that
 * pattern rescans the rest of the text from each fence line that nothing closes.
 */
export function longestFencedBlock(text: string): FencedContent | undefined {
  // Closing fence lines by fence (character and exact length): the starts of the lines, in order.
  const closings = new Map<string, { starts: number[]; next: number }>()
  for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) {
    const start = newline + 1
    if (start === text.length || !FENCE_CHARACTERS.includes(text[start])) continue
    const length = runLength(text, start)
    let end = start + length
    while (text[end] === ' ' || text[end] === '\t') end++
    if (end < text.length && !LINE_TERMINATORS.includes(text[end])) continue
    const key = text[start] + length
    const fence = closings.get(key) ?? { starts: [], next: 0 }
    fence.starts.push(start)
    closings.set(key, fence)
  }

  let longest: FencedContent | undefined
  let searchedFrom = 0
  let lineEnd = -1 // the first newline at or after the fence line being tried
  for (let line = 0; line < text.length; line = nextLineStart(text, line)) {
    if (line < searchedFrom || !FENCE_CHARACTERS.includes(text[line])) continue
    const run = runLength(text, line)
    if (run < MIN_FENCE) continue
    if (lineEnd < line) lineEnd = text.indexOf('\n', line)
    if (lineEnd < 0) break // no fence line after this one can open a block either
    const contentStart = lineEnd + 1
    for (let length = run; length >= MIN_FENCE; length--) {
      const closing = closings.get(text[line] + length)
      const last = closing?.starts[closing.starts.length - 1]
      if (!closing || last === undefined || last <= contentStart) continue
      while (closing.starts[closing.next] <= contentStart) closing.next++
      const closingStart = closing.starts[closing.next]
      const content = { start: contentStart, end: closingStart - 1 }
      if (!longest || content.end - content.start > longest.end - longest.start) longest = content
      searchedFrom = closingStart + length
      break
    }
  }
  return longest
}

/** The start of the line after the one at `from` (or the text's length), line ends as a multiline `^` sees them. */
function nextLineStart(text: string, from: number): number {
  let index = from
  while (index < text.length && !LINE_TERMINATORS.includes(text[index])) index++
  return index + 1
}
