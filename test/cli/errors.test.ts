// Bad input: exit code 2, nothing on stdout, exactly one line on stderr naming the file, line,
// row, column or option. (A run whose weights overflow exits 1, also with one line.)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../support/runCli'

let dir = ''
const csv = (name: string): string => join(dir, name)

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'logit-lab-cli-errors-'))
  const files: Record<string, string> = {
    'word.csv': 'hours,lab,passed\n# a note\n1,2,0\n3,four,1\n',
    'ragged.csv': '1,2,0\n3,4,5,1\n',
    'label.csv': 'a,b,y\n1,2,0\n1,2,yes\n',
    'quote.csv': 'a,b,y\n1,2,0\n3,"4,1\n',
    'empty.csv': '# nothing here\n',
    'many.csv': 'a,y\nx,0\ny,1\nz,0\n',
    'nan.csv': 'a,b,y\r\n1,nan,0\r\n'
  }
  for (const [name, text] of Object.entries(files)) writeFileSync(csv(name), text)
  // The app's limits, at them and one past: 4,096 features is the most; 2^24 cells likewise.
  const wide = (features: number, label = 1): string =>
    Array.from({ length: features + 1 }, (_, j) => (j === features ? label : j % 7)).join(',')
  writeFileSync(csv('cols4096.csv'), `${wide(4096)}\n${wide(4096, 0)}\n`)
  writeFileSync(csv('cols4097.csv'), `${wide(4097)}\n`)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const cases: [string, () => string[], RegExp][] = [
  [
    "one feature past the app's limit",
    () => ['--data', csv('cols4097.csv')],
    /^error: .*cols4097\.csv: 4,097 features; the app opens at most 4,096, so the CLI trains on no more either$/
  ],

  [
    'a missing file',
    () => ['--data', csv('nope.csv')],
    /^error: cannot read --data ".*nope\.csv": no such file$/
  ],
  ['a directory', () => ['--data', dir], /^error: cannot read --data ".*": it is a directory$/],
  [
    'a word in a number column',
    () => ['--data', csv('word.csv')],
    /^error: .*word\.csv: line 4, row 2, column 2 \("lab"\): "four" is not a number$/
  ],
  [
    'a ragged row',
    () => ['--data', csv('ragged.csv')],
    /^error: .*ragged\.csv: line 2, row 2, column 4: the row has 4 cells, expected 3 \(2 features, then the label\)$/
  ],
  [
    'a bad label',
    () => ['--data', csv('label.csv')],
    /^error: .*label\.csv: line 3, row 2, column 3 \("y"\): the label must be 0 or 1, got "yes"$/
  ],
  [
    'an unclosed quote',
    () => ['--data', csv('quote.csv')],
    /^error: .*quote\.csv: line 3, row 2, column 2: malformed CSV: Quoted field unterminated$/
  ],
  [
    'a file without data',
    () => ['--data', csv('empty.csv')],
    /^error: .*empty\.csv: the file has no data rows$/
  ],
  [
    'NaN in a CRLF file',
    () => ['--data', csv('nan.csv')],
    /^error: .*nan\.csv: line 2, row 1, column 2 \("b"\): "nan" is not a finite number$/
  ],
  [
    'several problems at once',
    () => ['--data', csv('many.csv')],
    /^error: .*many\.csv: line 2, row 1, column 1 \("a"\): "x" is not a number \(and 2 more problems\)$/
  ],
  [
    'an unknown option',
    () => ['--learning-rate', '1'],
    /^error: unknown option --learning-rate \(see --help\)$/
  ],
  ['an option without its value', () => ['--epochs'], /^error: --epochs needs a value/],
  [
    'a negative value',
    () => ['--threshold', '-1'],
    /^error: --threshold needs a value \(for a value starting with -, write --threshold=VALUE\)$/
  ],
  ['a flag given a value', () => ['--json=yes'], /^error: --json takes no value$/],
  [
    'a word for a number',
    () => ['--lr', 'fast'],
    /^error: --lr must be a number >= 0, got "fast"$/
  ],
  ['a negative rate', () => ['--lr=-0.1'], /^error: --lr must be a number >= 0, got "-0.1"$/],
  [
    'fractional epochs',
    () => ['--epochs', '10.5'],
    /^error: --epochs must be a whole number >= 0, got "10.5"$/
  ],
  [
    'log-every 0',
    () => ['--log-every', '0'],
    /^error: --log-every must be a whole number >= 1, got "0"$/
  ],
  [
    'a threshold above 1',
    () => ['--threshold', '1.5'],
    /^error: --threshold must be a number in \[0, 1\], got "1.5"$/
  ],
  [
    'an unknown init',
    () => ['--init', 'xavier'],
    /^error: --init must be zeros or torch, got "xavier"$/
  ],
  [
    'an unknown optimizer',
    () => ['--optimizer', 'rmsprop'],
    /^error: --optimizer must be sgd or adam, got "rmsprop"$/
  ],
  [
    'a beta of 1',
    () => ['--optimizer', 'adam', '--beta2', '1'],
    /^error: --beta2 must be a number in \[0, 1\), got "1"$/
  ],
  [
    'momentum with Adam',
    () => ['--optimizer', 'adam', '--momentum', '0.9'],
    /^error: --momentum applies to --optimizer sgd only$/
  ],
  ['eps with SGD', () => ['--eps', '1e-6'], /^error: --eps applies to --optimizer adam only$/],
  [
    'nesterov without momentum',
    () => ['--nesterov'],
    /^error: --nesterov needs --momentum > 0 and --dampening 0/
  ],
  [
    'a batch size of 0',
    () => ['--batch-size', '0'],
    /^error: --batch-size must be a whole number >= 1, got "0"$/
  ],
  ['a negative seed', () => ['--seed=-3'], /^error: --seed must be a whole number >= 0, got "-3"$/],
  [
    'an extra argument',
    () => ['data.csv'],
    /^error: unexpected argument "data.csv" \(see --help\)$/
  ]
]

describe('bad input to npm run cli -- train', () => {
  // Each case is a separate process: let them run side by side.
  it.concurrent.for(cases)(
    'refuses %s with exit code 2 and one line naming it',
    async ([, args, message], { expect }) => {
      const run = await runCli(['train', ...args()])
      expect(run.stdout).toBe('')
      expect(run.code).toBe(2)
      expect(run.stderr.endsWith('\n')).toBe(true)
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(run.stderr.trimEnd()).toMatch(message)
    }
  )

  it("trains data at the app's feature limit (4,096)", async () => {
    const run = await runCli(['train', '--data', csv('cols4096.csv'), '--epochs', '10'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.lines[0]).toBe('Epoch    0/10 Cost: 0.693147') // zeros: ln 2
  })

  it('refuses a missing or unknown command the same way', async () => {
    for (const [args, message] of [
      [[], /^error: missing command: train, code or export \(see --help\)$/],
      [
        ['fit'],
        /^error: unknown command "fit": the commands are train, code and export \(see --help\)$/
      ]
    ] as const) {
      const run = await runCli([...args])
      expect([run.code, run.stdout]).toEqual([2, ''])
      expect(run.stderr.trimEnd()).toMatch(message)
    }
  })

  it('exits 1 with one line when the weights overflow at the first step, after its cost', async () => {
    const run = await runCli(['train', '--lr', '1e308', '--log-every', '1'])
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(
      'error: training diverged at epoch 0: the weights stopped being finite numbers (try a smaller --lr)\n'
    )
    // epoch 0's forward pass was finite: PyTorch prints its cost before the step overflows
    expect(run.stdout).toBe('Epoch    0/1000 Cost: 0.693147\n')
  })
})
