// Python highlighted by highlight.js (its core and the Python grammar only, to keep the bundle
// small) as a list of tokens the template renders as text: no HTML is ever parsed into the page
// (no v-html), and the colours come from classes in our stylesheet (the CSP allows no inline
// styles). highlight.js escapes the code and emits only <span class="hljs-…"> around it; this
// reads that back into text and the classes in force.
import hljs from 'highlight.js/lib/core'
import python from 'highlight.js/lib/languages/python'

hljs.registerLanguage('python', python)

export interface CodeToken {
  text: string
  /** The highlight.js classes in force ('' for plain code), e.g. 'hljs-keyword'. */
  classes: string
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
  '&#39;': "'"
}

function unescape(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#x27|#39);/g, (entity) => ENTITIES[entity])
}

/** The code as tokens; their texts joined are the code again, exactly. */
export function highlightPython(code: string): CodeToken[] {
  const html = hljs.highlight(code, { language: 'python', ignoreIllegals: true }).value
  const tokens: CodeToken[] = []
  const open: string[] = []
  for (const match of html.matchAll(/<span class="([^"]*)">|<\/span>|[^<]+/g)) {
    const [piece, className] = match
    if (className !== undefined) open.push(className)
    else if (piece === '</span>') open.pop()
    else tokens.push({ text: unescape(piece), classes: open.join(' ') })
  }
  return tokens
}
