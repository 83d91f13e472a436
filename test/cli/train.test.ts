// The CLI's output, from the real process: the lab's lines, the evaluation and JSON lines.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  Trainer,
  defaultAdam,
  defaultSgd,
  labConfig,
  toyDataset,
  type EpochRecord,
  type TrainingConfig
} from '@core'
import { labLog } from '../support/labLog'
import { cliOptions } from '../../src/cli/optionTable'
import { diabetesCsvPath, repoRoot } from '../support/paths'
import { cliEntry, runCli, tsxLoader } from '../support/runCli'

let dir = ''
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'logit-lab-cli-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function inProcess(config: TrainingConfig): { logged: EpochRecord[]; trainer: Trainer } {
  const trainer = Trainer.start(toyDataset(), config)
  const logged: EpochRecord[] = []
  trainer.run(Infinity, (r) => {
    if (r.epoch % config.logEvery === 0) logged.push(r)
  })
  return { logged, trainer }
}

describe('npm run cli -- train', () => {
  it('reproduces the lab: Epoch 1000/1000 Cost: 0.019852, then the evaluation', async () => {
    const run = await runCli(['train'])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.lines).toEqual([
      ...labLog,
      // the lab: W = [[3.2530], [1.5179]], b = [-14.4819], H = [2.7648e-04, 3.1608e-02, ...]
      'Weights: [3.2530, 1.5179]',
      'Bias: -14.4819',
      'Probabilities: [0.0003, 0.0316, 0.0390, 0.9562, 0.9982, 0.9997]',
      'Predictions: [0, 0, 0, 1, 1, 1]',
      'The model has an accuracy of 100.00% for the training set.'
    ])
  })

  it('reproduces diabetes with --init torch --seed 1: 0.704829 45.72% .. 0.481234 76.81%', async () => {
    const run = await runCli([
      'train',
      '--data',
      diabetesCsvPath,
      '--init',
      'torch',
      '--seed',
      '1',
      '--epochs',
      '100',
      '--log-every',
      '10',
      '--accuracy'
    ])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    const pytorch = [
      [0.704829, '45.72'],
      [0.572392, '67.59'],
      [0.539563, '73.25'],
      [0.520041, '75.89'],
      [0.507561, '76.15'],
      [0.499125, '76.42'],
      [0.493177, '77.21'],
      [0.488846, '76.81'],
      [0.485612, '76.28'],
      [0.483146, '76.55'],
      [0.481234, '76.81']
    ] as const
    pytorch.forEach(([cost, accuracy], k) => {
      const match = /^Epoch +(\d+)\/100 Cost: (\d\.\d{6}) Accuracy (\d+\.\d\d)%$/.exec(run.lines[k])
      expect(match, run.lines[k]).not.toBeNull()
      expect(Number(match?.[1])).toBe(k * 10)
      expect(Math.abs(Number(match?.[2]) - cost)).toBeLessThanOrEqual(2e-6)
      expect(match?.[3]).toBe(accuracy)
    })
    expect(run.lines[10]).toBe('Epoch  100/100 Cost: 0.481234 Accuracy 76.81%')
    const [probabilities, predictions] = [run.lines[13], run.lines[14]]
    expect(probabilities.match(/\d\.\d{4}/g)).toHaveLength(759)
    expect(predictions.match(/[01]/g)).toHaveLength(759)
    expect(run.lines[15]).toMatch(
      /^The model has an accuracy of \d+\.\d\d% for the training set\.$/
    )
    expect(run.lines).toHaveLength(16)
  })

  it('--json prints one object per logged epoch at full precision, then the final state', async () => {
    const run = await runCli(['train', '--json', '--epochs', '50', '--log-every', '5'])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    const objects = run.lines.map((line) => JSON.parse(line))
    const { logged, trainer } = inProcess({ ...labConfig, epochs: 50, logEvery: 5 })
    expect(objects.slice(0, -1)).toEqual(
      logged.map((r) => ({ epoch: r.epoch, cost: r.cost, accuracy: r.accuracy }))
    )
    expect(Object.keys(objects[0])).toEqual(['epoch', 'cost', 'accuracy'])
    const final = objects[objects.length - 1]
    expect(Object.keys(final)).toEqual([
      'weights',
      'bias',
      'probabilities',
      'predictions',
      'accuracy'
    ])
    const evaluation = trainer.evaluate()
    expect(final).toEqual({
      weights: trainer.weights,
      bias: trainer.bias,
      probabilities: Array.from(evaluation.probabilities),
      predictions: Array.from(evaluation.predictions),
      accuracy: evaluation.accuracy
    })
  })

  it('passes every optimizer option through to the engine (Adam, SGD with nesterov, mini-batches)', async () => {
    const cases: { args: string[]; config: TrainingConfig }[] = [
      {
        args: [
          '--optimizer',
          'adam',
          '--lr',
          '0.1',
          '--beta1',
          '0.8',
          '--beta2',
          '0.99',
          '--eps',
          '1e-6',
          '--weight-decay',
          '0.01'
        ],
        config: {
          ...labConfig,
          optimizer: {
            ...defaultAdam,
            lr: 0.1,
            beta1: 0.8,
            beta2: 0.99,
            eps: 1e-6,
            weightDecay: 0.01
          }
        }
      },
      {
        args: [
          '--lr',
          '0.5',
          '--momentum',
          '0.9',
          '--nesterov',
          '--init',
          'torch',
          '--seed',
          '7',
          '--threshold',
          '0.3'
        ],
        config: {
          ...labConfig,
          init: 'torch',
          seed: 7,
          threshold: 0.3,
          optimizer: { ...defaultSgd, lr: 0.5, momentum: 0.9, nesterov: true }
        }
      },
      {
        args: ['--momentum', '0.5', '--dampening', '0.25', '--batch-size', '4', '--seed', '3'],
        config: {
          ...labConfig,
          seed: 3,
          batchSize: 4,
          optimizer: { ...defaultSgd, momentum: 0.5, dampening: 0.25 }
        }
      }
    ]
    for (const { args, config } of cases) {
      const run = await runCli(['train', '--json', '--epochs', '30', '--log-every', '10', ...args])
      expect(run.code, run.stderr).toBe(0)
      const expected = inProcess({ ...config, epochs: 30, logEvery: 10 })
      const final = JSON.parse(run.lines[run.lines.length - 1])
      expect(run.lines.slice(0, -1).map((line) => JSON.parse(line).cost)).toEqual(
        expected.logged.map((r) => r.cost)
      )
      expect(final.weights).toEqual(expected.trainer.weights)
    }
  })

  it('reads a CSV with a header, comments and CRLF, relative to the working directory', async () => {
    writeFileSync(
      join(dir, 'toy.csv'),
      '# the lab\r\nhours,lab,passed\r\n1,2,0\r\n2,3,0\r\n3,1,0\r\n4,3,1\r\n5,3,1\r\n6,2,1\r\n'
    )
    const run = await runCli(['train', '--data', 'toy.csv'], { cwd: dir })
    expect(run.code, run.stderr).toBe(0)
    expect(run.lines[10]).toBe('Epoch 1000/1000 Cost: 0.019852')
  })

  it('reads a UTF-16 CSV (as spreadsheet programs save "Unicode text") like its UTF-8 twin', async () => {
    const text = '\ufeff공부시간,실습시간,합격\n1,2,0\n2,3,0\n3,1,0\n4,3,1\n5,3,1\n6,2,1\n'
    const bytes = Buffer.alloc(text.length * 2)
    for (let i = 0; i < text.length; i++) bytes.writeUInt16LE(text.charCodeAt(i), i * 2)
    writeFileSync(join(dir, 'toy-utf16.csv'), bytes)
    const run = await runCli(['train', '--data', join(dir, 'toy-utf16.csv')])
    expect(run.code, run.stderr).toBe(0)
    expect(run.lines[10]).toBe('Epoch 1000/1000 Cost: 0.019852')
  })

  it('warns on stderr, and still trains, when every label is the same', async () => {
    writeFileSync(join(dir, 'ones.csv'), 'a,b,y\n1,2,1\n3,4,1\n')
    const run = await runCli(['train', '--data', join(dir, 'ones.csv'), '--epochs', '10'])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe(
      `warning: ${join(dir, 'ones.csv')}: every label is 1: the model can only learn one class\n`
    )
    expect(run.lines[0]).toBe('Epoch    0/10 Cost: 0.693147')
  })

  it('documents every option in --help', async () => {
    const run = await runCli(['--help'])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/Usage: npm run cli -- train \[options\]/)
    for (const name of Object.keys(cliOptions)) expect(run.stdout).toContain(`--${name}`)
    expect((await runCli(['train', '-h'])).stdout).toBe(run.stdout)
  })

  it('stops quietly when the reader closes the pipe early (like | head -1)', async () => {
    const child = spawn(
      process.execPath,
      ['--import', tsxLoader, cliEntry, 'train', '--epochs', '2000000', '--log-every', '1'],
      { cwd: repoRoot }
    )
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise((resolve) => child.on('close', resolve))
    expect(code).toBe(0)
    expect(stderr).toBe('')
  })
})
