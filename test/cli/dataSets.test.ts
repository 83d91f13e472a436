// --data's built-in sets and the generators' options, through the real CLI process.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BUILT_IN_DATASET_IDS, Trainer, builtInData, labConfig, type Dataset } from '@core'
import { DATASET_STORIES } from '../../src/cli/dataHelp'
import { diabetesCsvPath, repoRoot } from '../support/paths'
import { runCli } from '../support/runCli'
import { useTempDir } from '../support/tempDir'

const temp = useTempDir('cli-data')

function builtIn(...args: Parameters<typeof builtInData>): Dataset {
  const result = builtInData(...args)
  if (!result.ok) throw new Error(JSON.stringify(result.issue))
  return result.data.dataset
}

/** The last logged cost as the CLI prints it, from the engine in this process. */
function lastLine(dataset: Dataset, epochs: number): string {
  const trainer = Trainer.start(dataset, { ...labConfig, epochs, logEvery: epochs })
  let cost = Number.NaN
  trainer.run(Infinity, (r) => (cost = r.cost))
  return `Epoch ${String(epochs).padStart(4)}/${epochs} Cost: ${cost.toFixed(6)}`
}

describe('--data with a built-in set', () => {
  it('--help lists every set with its story, the same words as the app', async () => {
    const run = await runCli(['--help'])
    expect(run.code).toBe(0)
    const help = run.stdout.replace(/\s+/g, ' ')
    // (read as text: the renderer's files are not part of the Node project's type-check)
    const english = readFileSync(join(repoRoot, 'src/renderer/src/i18n/en/datasets.ts'), 'utf8')
    for (const id of BUILT_IN_DATASET_IDS) {
      expect(english).toContain(JSON.stringify(DATASET_STORIES[id]).slice(1, -1))
      expect(help).toContain(`${id === 'lab' ? 'lab, toy' : id} ${DATASET_STORIES[id]}`)
    }
  })

  it('trains on iris and on iris4 (names, not paths)', async () => {
    const [iris, iris4] = await Promise.all([
      runCli(['train', '--data', 'iris', '--epochs', '50', '--log-every', '50']),
      runCli(['train', '--data', 'IRIS4', '--epochs', '50', '--log-every', '50', '--lr', '0.1'])
    ])
    expect([iris.code, iris.stderr]).toEqual([0, ''])
    expect(iris.lines[1]).toBe(lastLine(builtIn('iris'), 50))
    expect(iris.lines.at(-4)).toMatch(/^Bias: /)
    expect([iris4.code, iris4.stderr]).toEqual([0, ''])
    expect(iris4.lines[2]).toMatch(/^Weights: \[[^,]+, [^,]+, [^,]+, [^,]+\]$/)
  })

  it('--data blobs --rows 200 --noise 0.5 --seed 3: the data drawn from seed 3 too', async () => {
    const base = ['train', '--data', 'blobs', '--rows', '200', '--noise', '0.5', '--epochs', '20']
    const [bySeed, byDataSeed, other] = await Promise.all([
      runCli([...base, '--seed', '3', '--log-every', '20']),
      runCli([...base, '--data-seed', '3', '--log-every', '20']),
      runCli([...base, '--data-seed', '4', '--log-every', '20'])
    ])
    expect(bySeed.code).toBe(0)
    const expected = lastLine(builtIn('blobs', { rows: 200, noise: 0.5, seed: 3 }), 20)
    expect(bySeed.lines[1]).toBe(expected)
    expect(byDataSeed.stdout).toBe(bySeed.stdout)
    expect(other.lines[1]).not.toBe(expected)
    expect(bySeed.lines.at(-2)?.split(', ')).toHaveLength(200)
  })

  it('--poly adds x1^2, x2^2 and x1*x2, to a set or to a two-feature CSV', async () => {
    const csv = temp.write(
      'two.csv',
      'hours,lab,passed\n1,2,0\n2,3,0\n3,1,0\n4,3,1\n5,3,1\n6,2,1\n'
    )
    const [xor, file] = await Promise.all([
      runCli(['code', '--data', 'xor', '--poly', '--rows', '8']),
      runCli(['train', '--data', csv, '--poly', '--epochs', '10', '--log-every', '10'])
    ])
    expect(xor.code).toBe(0)
    expect(xor.stdout).toContain('# Training data: x1, x2, x1^2, x2^2, x1*x2 -> y')
    expect(file.code).toBe(0)
    expect(file.lines[2]).toMatch(/^Weights: \[[^,]+(, [^,]+){4}\]$/)
  })

  it.each([
    [
      ['--data', 'lab', '--rows', '10'],
      '--rows applies to the generated data sets (blobs, separable, xor) only, not lab'
    ],
    [
      ['--data', 'iris', '--data-seed', '2'],
      '--data-seed applies to the generated data sets (blobs, separable, xor) only, not iris'
    ],
    [
      ['--data', diabetesCsvPath, '--noise', '1'],
      '--noise applies to the generated data sets (blobs, separable, xor) only, not a CSV file'
    ],
    [['--data', 'iris4', '--poly'], '--poly needs data with two features; iris4 has 4'],
    [
      ['--data', diabetesCsvPath, '--poly'],
      `--poly needs data with two features; ${diabetesCsvPath} has 8`
    ],
    [['--data', 'blobs', '--rows', '3'], '--rows must be a whole number in [4, 100000], got 3'],
    [['--data', 'xor', '--noise', '3.5'], '--noise must be a number in [0, 3], got 3.5'],
    [['--data', 'xor', '--rows', 'many'], '--rows must be a whole number >= 0, got "many"']
  ])('refuses %j with exit 2 and one line', async (args, message) => {
    const run = await runCli(['train', ...args])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(`error: ${message}\n`)
  })
})
