// --standardize: train on x' = (x - mean) / sd; the saved session keeps it, its exported model is
// in the table's raw units (predictions from the raw rows are the run's own), and code writes the
// step out so that PyTorch prints what train printed.
import { describe, expect, it } from 'vitest'
import { runCli } from '../support/runCli'
import { readSession } from '../support/sessionFile'
import { runPythonScripts } from '../support/pythonScripts'
import { useTempDir } from '../support/tempDir'

const temp = useTempDir('cli-standardize')

interface Final {
  weights: number[]
  bias: number
  probabilities: number[]
}

describe('train --standardize', () => {
  it("saves the setting, and export gives raw-unit weights that predict the run's H(x)", async () => {
    const file = temp.path('toy.logitlab')
    const run = await runCli(['train', '--standardize', '--json', '--save', file])
    expect(run.code, run.stderr).toBe(0)
    const final = JSON.parse(run.lines[run.lines.length - 1]) as Final
    expect(readSession(file).settings.config.standardize).toBe(true)
    const plain = await runCli(['train', '--json'])
    const lab = JSON.parse(plain.lines[plain.lines.length - 1]) as Final
    expect(final.probabilities).not.toEqual(lab.probabilities) // another run, not the lab's
    const exported = await runCli(['export', file, '--format', 'predictions'])
    expect(exported.code, exported.stderr).toBe(0)
    const probabilities = exported.lines.slice(1).map((line) => Number(line.split(',')[3]))
    probabilities.forEach((p, i) => expect(p).toBeCloseTo(final.probabilities[i], 6))
    const json = await runCli(['export', file, '--format', 'json'])
    const weights = (JSON.parse(json.stdout) as { weight: number[] }).weight
    // Raw units: the toy x1 column's sd is sqrt(17.5 / 6), so W'1 = W1 / sd.
    expect(weights[0]).toBeCloseTo(final.weights[0] / Math.sqrt(17.5 / 6), 5)
  })

  it('code --standardize prints, run by PyTorch, what train --standardize prints', async () => {
    const options = ['--epochs', '300', '--log-every', '50', '--standardize']
    const [code, train] = await Promise.all([
      runCli(['code', ...options]),
      runCli(['train', ...options])
    ])
    expect(code.code, code.stderr).toBe(0)
    expect(code.stdout).toContain('x_train = (x_train - mu) / sigma')
    const [printed] = runPythonScripts([code.stdout]).outputs
    const lines = printed.trimEnd().split('\n')
    expect(lines.slice(0, 7)).toEqual(train.lines.slice(0, 7))
  })
})
