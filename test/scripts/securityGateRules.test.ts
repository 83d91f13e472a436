import { describe, expect, it } from 'vitest'
import {
  judge,
  parseSuppressions,
  type Finding,
  type ParseError
} from '../../scripts/securityGateRules'

function finding(file: string, line: number, id = 'OPEN_EXTERNAL_JS_CHECK'): Finding {
  return { id, file, location: { line, column: 4 }, description: 'Review the use of openExternal' }
}

const excusedSource = [
  'const a = 1',
  '// eng-disable OPEN_EXTERNAL_JS_CHECK -- only allow-listed https pages reach this call',
  'await shell.openExternal(url)'
].join('\n')

describe('parseSuppressions', () => {
  it('reads the checks and the reason of JS and HTML comments', () => {
    const source = [
      '// eng-disable PRELOAD_JS_CHECK, SANDBOX_JS_CHECK: the reason is written here',
      '<!-- eng-disable CSP_GLOBAL_CHECK: self serves our bundle only -->',
      '/* eng-disable OPEN_EXTERNAL_JS_CHECK -- allow-listed links only */',
      'nothing here'
    ].join('\n')
    expect(parseSuppressions(source)).toEqual([
      {
        line: 1,
        checks: ['PRELOAD_JS_CHECK', 'SANDBOX_JS_CHECK'],
        reason: 'the reason is written here'
      },
      { line: 2, checks: ['CSP_GLOBAL_CHECK'], reason: 'self serves our bundle only' },
      { line: 3, checks: ['OPEN_EXTERNAL_JS_CHECK'], reason: 'allow-listed links only' }
    ])
  })
})

describe('judge', () => {
  it('passes a finding excused on its own line or the line above, with a reason', () => {
    const sameLine =
      'shell.openExternal(url) // eng-disable OPEN_EXTERNAL_JS_CHECK -- allow-listed links only'
    const sources = new Map([
      ['main/a.ts', excusedSource],
      ['main/b.ts', sameLine]
    ])
    const report = judge([finding('main/a.ts', 3), finding('main/b.ts', 1)], [], sources)
    expect(report.failures).toEqual([])
    expect(report.excused).toHaveLength(2)
  })

  it('fails a finding with no comment, or a comment two lines up, or for another check', () => {
    const sources = new Map([['main/a.ts', excusedSource + '\n\nshell.openExternal(other)']])
    const report = judge(
      [
        finding('main/a.ts', 5),
        finding('main/a.ts', 3, 'SANDBOX_JS_CHECK'),
        finding('main/a.ts', 4)
      ],
      [],
      sources
    )
    expect(report.failures).toHaveLength(3)
    expect(report.failures[0]).toContain('main/a.ts:5 OPEN_EXTERNAL_JS_CHECK')
  })

  it.each([
    ['no reason', '// eng-disable OPEN_EXTERNAL_JS_CHECK'],
    ['a one-word reason', '// eng-disable OPEN_EXTERNAL_JS_CHECK -- fine'],
    ['punctuation only', '// eng-disable OPEN_EXTERNAL_JS_CHECK -- ... !!'],
    ['no check named', '// eng-disable -- because we know what we are doing']
  ])('refuses an eng-disable with %s, and does not excuse the finding', (_name, comment) => {
    const sources = new Map([['main/a.ts', `${comment}\nshell.openExternal(url)`]])
    const report = judge([finding('main/a.ts', 2)], [], sources)
    expect(report.excused).toEqual([])
    expect(report.failures).toHaveLength(2)
  })

  it('fails an eng-disable without a reason even where nothing was found', () => {
    const sources = new Map([['main/a.ts', '/* eng-disable SANDBOX_JS_CHECK */\nconst a = 1']])
    expect(judge([], [], sources).failures).toEqual([
      'main/a.ts:1 eng-disable without a written reason'
    ])
  })

  it('fails global findings, which no comment can excuse', () => {
    const global = { ...finding('N/A', 0, 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK') }
    expect(judge([global], [], new Map()).failures).toHaveLength(1)
  })

  it('fails files that could not be scanned, but not tolerable warnings', () => {
    const errors: ParseError[] = [
      { file: 'main/broken.ts', message: 'Unexpected token', tolerable: false },
      { file: 'main/odd.ts', message: 'a warning', tolerable: true }
    ]
    expect(judge([], errors, new Map()).failures).toEqual([
      'main/broken.ts: could not be scanned: Unexpected token'
    ])
  })
})
