// --mistake through the real CLI: train runs the mistaken loop, code writes it, and PyTorch running
// that code prints what train prints (for no-clamp, up to where log(0) makes the cost nan).
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { labConfig, toyDataset, withMistake } from '@core'
import { appLines } from '../support/printedLines'
import { pythonPath } from '../support/pytorchReference'
import { runCli } from '../support/runCli'
import { useTempDir } from '../support/tempDir'

const temp = useTempDir('cli-mistakes')

function runPython(code: string): string[] {
  const result = spawnSync(pythonPath, [temp.write('lab.py', code)], { encoding: 'utf8' })
  if (result.error || result.status !== 0) {
    throw new Error(`${pythonPath} lab.py failed: ${result.error?.message ?? result.stderr}`)
  }
  return result.stdout.replace(/\n$/, '').split('\n')
}

describe('--mistake', () => {
  it('no-zero-grad,mse: train runs the mistaken loop, and its code runs to the same lines', async () => {
    const options = ['--mistake', 'no-zero-grad,mse', '--epochs', '100', '--log-every', '20']
    const [train, code] = await Promise.all([
      runCli(['train', ...options]),
      runCli(['code', ...options])
    ])
    expect([train.code, train.stderr]).toEqual([0, ''])
    const config = withMistake(
      withMistake({ ...labConfig, epochs: 100, logEvery: 20 }, 'forgetZeroGrad'),
      'mse'
    )
    expect(train.lines).toEqual(appLines(toyDataset(), config, false).map((line) => line.text))
    expect(code.stdout).toContain('    # optimizer.zero_grad()\n')
    expect(code.stdout).toContain('    cost = F.mse_loss(hypothesis, y_train)\n')
    expect(runPython(code.stdout)).toEqual(train.lines)
  })

  it('no-clamp with lr 10: train stops where PyTorch prints nan, and says why', async () => {
    const options = ['--mistake', 'no-clamp', '--lr', '10', '--epochs', '3', '--log-every', '1']
    const [train, code] = await Promise.all([
      runCli(['train', ...options]),
      runCli(['code', ...options])
    ])
    expect(train.code).toBe(1)
    expect(train.lines).toEqual(['Epoch    0/3 Cost: 0.693147'])
    expect(train.stderr).toBe(
      'error: training diverged at epoch 1: the cost stopped being finite numbers (the deliberate ' +
        'mistake --mistake no-clamp: log(0) is -inf without the clamp)\n'
    )
    const printed = runPython(code.stdout)
    expect(printed.slice(0, 2)).toEqual(['Epoch    0/3 Cost: 0.693147', 'Epoch    1/3 Cost: nan'])
  })

  it('lr-too-large: the preset rate, in the run and in the code', async () => {
    const options = ['--mistake', 'lr-too-large', '--epochs', '100', '--log-every', '50']
    const [train, code] = await Promise.all([
      runCli(['train', ...options]),
      runCli(['code', ...options])
    ])
    expect(train.lines.slice(0, 3)).toEqual([
      'Epoch    0/100 Cost: 0.693147',
      'Epoch   50/100 Cost: 50.000000',
      'Epoch  100/100 Cost: 50.000000'
    ])
    expect(code.stdout).toContain('optimizer = optim.SGD([W, b], lr=100)\n')
  })

  it.each([
    [
      ['--mistake', 'no-zero-grad,oops'],
      '--mistake must be no-zero-grad, mse, no-clamp or lr-too-large (several with commas), got "oops"'
    ],
    [['--mistake', 'mse,no-clamp'], '--mistake mse and no-clamp both replace the cost: choose one'],
    [
      ['--mistake', 'lr-too-large', '--lr', '2'],
      '--mistake lr-too-large sets the learning rate itself: leave out --lr'
    ]
  ])('refuses %j with exit 2 and one line', async (args, message) => {
    const run = await runCli(['train', ...args])
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `error: ${message}\n`])
  })

  it('is documented in --help', async () => {
    const run = await runCli(['--help'])
    expect(run.stdout).toContain('--mistake M[,M]')
    expect(run.stdout.replace(/\s+/g, ' ')).toContain('no-zero-grad (gradients add up)')
  })
})
