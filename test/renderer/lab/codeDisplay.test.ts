// The Code view's pieces: highlight.js tokens that give the code back exactly, and the cut of long
// data lists (the view only).
import { describe, expect, it } from 'vitest'
import { highlightPython } from '@renderer/lib/highlightPython'
import { codeForDisplay } from '@renderer/components/code/codeDisplay'

describe('highlightPython', () => {
  it('gives back the code exactly, with the characters highlight.js escapes', () => {
    const code = 'if a < b and c > d & e:\n    print(\'x "y"\', 1.5e-3)  # <b>not html</b>\n'
    const tokens = highlightPython(code)
    expect(tokens.map((token) => token.text).join('')).toBe(code)
    expect(tokens.find((token) => token.text === 'if')?.classes).toBe('hljs-keyword')
    expect(tokens.find((token) => token.text.includes('<b>'))?.classes).toBe('hljs-comment')
    expect(tokens.find((token) => token.text === '1.5e-3')?.classes).toBe('hljs-number')
  })

  it('keeps the classes of nested scopes', () => {
    const tokens = highlightPython('class BinaryClassifier(nn.Module):\n    pass\n')
    const name = tokens.find((token) => token.text === 'BinaryClassifier')
    expect(name?.classes).toMatch(/hljs-title/)
  })
})

describe('codeForDisplay', () => {
  const list = (count: number) => [
    'x_data = [',
    ...Array.from({ length: count }, (_, i) => `    [${i}, ${i}],`),
    ']'
  ]

  it('leaves short lists and the rest of the code alone', () => {
    const code = ['import torch', ...list(9), 'print(1)'].join('\n')
    expect(codeForDisplay(code)).toEqual({ text: code, omittedLines: 0 })
  })

  it('cuts long lists to their first lines and a placeholder, counting what it left out', () => {
    const code = ['import torch', ...list(100), 'y_data = [', '    [0], [1],', ']', 'go()'].join(
      '\n'
    )
    const shown = codeForDisplay(code)
    expect(shown.omittedLines).toBe(92)
    expect(shown.text.split('\n')).toEqual([
      'import torch',
      ...list(8).slice(0, 9),
      '    # … (92)',
      ']',
      'y_data = [',
      '    [0], [1],',
      ']',
      'go()'
    ])
  })
})
