/** The name in `known` nearest to `name` within `maxEdits` (typos such as alert_sumary, colour, mentoin), if any. */
export function closestName(name: string, known: Iterable<string>, maxEdits = 2): string | undefined {
  let best: { name: string; distance: number } | undefined
  for (const candidate of known) {
    // each edit changes the length by one at most: a long name (a template can read a 100 KB one) costs nothing
    if (Math.abs(candidate.length - name.length) > maxEdits) continue
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase())
    if (distance <= maxEdits && (!best || distance < best.distance)) best = { name: candidate, distance }
  }
  return best?.name
}

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)]
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1)
    }
    rows.push(row)
  }
  return rows[a.length][b.length]
}
