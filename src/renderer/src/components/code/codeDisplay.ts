// What the Code view shows of the generated code: all of it, except the middle of long data
// lists (x_data = [ ... ] on many lines), which it cuts to their first lines and a placeholder
// line, so that a large data set does not bury the code under it. Copy and Download give it all.

/** Lines of a long list shown before the placeholder. */
export const SHOWN_LIST_LINES = 8

export interface CodeDisplay {
  text: string
  /** List lines left out in all. */
  omittedLines: number
}

/** A list opened on a line of its own ('x_data = [') and closed by ']' alone (pythonList). */
const LIST_OPENING = /^[A-Za-z_][A-Za-z0-9_]* = \[$/

export function codeForDisplay(code: string, shown = SHOWN_LIST_LINES): CodeDisplay {
  const lines = code.split('\n')
  const out: string[] = []
  let omittedLines = 0
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i])
    if (!LIST_OPENING.test(lines[i])) continue
    let end = i + 1
    while (end < lines.length && lines[end] !== ']') end++
    const items = end - (i + 1)
    if (items > shown + 1) {
      out.push(...lines.slice(i + 1, i + 1 + shown))
      const left = items - shown
      out.push(`    # … (${left})`)
      omittedLines += left
      i = end - 1
    }
  }
  return { text: out.join('\n'), omittedLines }
}
