// `npm run cli -- code`: the PyTorch code of the run `train` runs, on stdout alone, which PyTorch
// runs to the same lines; bad options and data are refused as `train` refuses them.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { builtInData, labConfig, pytorchCode, toyDataset } from '@core'
import { diabetesDataset } from '../support/diabetes'
import { diabetesCsvPath } from '../support/paths'
import { appLines, compareLine } from '../support/printedLines'
import { pythonPath } from '../support/pytorchReference'
import { runCli } from '../support/runCli'

let dir = ''
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'logit-lab-cli-code-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** `python3 lab.py` with the system's PyTorch, as a user runs the code. */
function runPython(code: string): string[] {
  const path = join(dir, 'lab.py')
  writeFileSync(path, code)
  const result = spawnSync(pythonPath, [path], { encoding: 'utf8' })
  if (result.error || result.status !== 0) {
    throw new Error(`${pythonPath} lab.py failed: ${result.error?.message ?? result.stderr}`)
  }
  return result.stdout.replace(/\n$/, '').split('\n')
}

describe('npm run cli -- code', () => {
  it('prints the code of the run, and only the code', async () => {
    const run = await runCli(['code'])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe(pytorchCode(toyDataset(), labConfig, { style: 'low-level' }))
  })

  it('code --data toy > lab.py && python3 lab.py prints what train --data toy prints', async () => {
    const [code, train] = await Promise.all([
      runCli(['code', '--data', 'toy']),
      runCli(['train', '--data', 'toy'])
    ])
    expect(train.lines).toHaveLength(16)
    expect(runPython(code.stdout)).toEqual(train.lines)
  })

  it('mirrors the options: diabetes, torch init, nn.Module, accuracy, momentum, mini-batches', async () => {
    const options = [
      ...['--data', diabetesCsvPath, '--init', 'torch', '--seed', '5', '--epochs', '30'],
      ...['--log-every', '5', '--momentum', '0.9', '--lr', '0.1', '--batch-size', '128'],
      '--accuracy'
    ]
    const [code, train] = await Promise.all([
      runCli(['code', ...options, '--style', 'module']),
      runCli(['train', ...options])
    ])
    expect([code.code, code.stderr]).toEqual([0, ''])
    expect(code.stdout).toContain('class BinaryClassifier(nn.Module):')
    expect(code.stdout).toContain('optim.SGD(model.parameters(), lr=0.1, momentum=0.9)')
    const config = {
      ...labConfig,
      init: 'torch' as const,
      seed: 5,
      epochs: 30,
      logEvery: 5,
      batchSize: 128,
      optimizer: { ...labConfig.optimizer, lr: 0.1, momentum: 0.9 }
    }
    const ours = appLines(diabetesDataset(), config, true)
    expect(train.lines).toEqual(ours.map((line) => line.text))
    const printed = runPython(code.stdout)
    expect(printed).toHaveLength(ours.length)
    printed.forEach((line, k) => expect(compareLine(line, ours[k]).reason).toBeUndefined())
  })

  it('mirrors a generated set: --data blobs --rows 40 --noise 0.8 --seed 3 --poly', async () => {
    const options = [
      ...['--data', 'blobs', '--rows', '40', '--noise', '0.8', '--seed', '3', '--poly'],
      ...['--init', 'torch', '--epochs', '200', '--log-every', '20', '--accuracy']
    ]
    const [code, train] = await Promise.all([
      runCli(['code', ...options]),
      runCli(['train', ...options])
    ])
    expect([code.code, code.stderr]).toEqual([0, ''])
    expect(code.stdout).toContain('# Training data: x1, x2, x1^2, x2^2, x1*x2 -> y')
    const blobs = builtInData('blobs', { rows: 40, noise: 0.8, seed: 3, polynomial: true })
    if (!blobs.ok) throw new Error(JSON.stringify(blobs.issue))
    const config = { ...labConfig, init: 'torch' as const, seed: 3, epochs: 200, logEvery: 20 }
    const ours = appLines(blobs.data.dataset, config, true)
    expect(train.lines).toEqual(ours.map((line) => line.text))
    const printed = runPython(code.stdout)
    expect(printed).toHaveLength(ours.length)
    printed.forEach((line, k) => expect(compareLine(line, ours[k]).reason).toBeUndefined())
  })

  it("names the CSV's columns in the code, and writes Korean comments with --comments ko", async () => {
    const csv = join(dir, 'hours.csv')
    writeFileSync(csv, 'lecture,lab,passed\n1,2,0\n2,3,0\n4,3,1\n5,3,1\n')
    const run = await runCli(['code', '--data', csv, '--comments', 'ko'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('# 학습 데이터: lecture, lab -> passed\n')
    expect(run.stdout).toContain('x_data = [[1, 2], [2, 3], [4, 3], [5, 3]]\n')
    expect(run.stdout).toContain('# 모델 초기화\n')
  })

  it.concurrent.for([
    [['code', '--json'], /^error: --json applies to train only$/],
    [['train', '--style', 'module'], /^error: --style applies to code and export only$/],
    [['train', '--comments', 'ko'], /^error: --comments applies to code and export only$/],
    [['code', '--style', 'keras'], /^error: --style must be low-level or module, got "keras"$/],
    [['code', '--comments', 'fr'], /^error: --comments must be en or ko, got "fr"$/],
    [['code', '--lr=-1'], /^error: --lr must be a number >= 0, got "-1"$/],
    [
      ['code', '--data', '/no/such.csv'],
      /^error: cannot read --data "\/no\/such\.csv": no such file$/
    ]
  ] as const)('refuses %j with exit code 2 and one line', async ([args, message], { expect }) => {
    const run = await runCli([...args])
    expect([run.code, run.stdout]).toEqual([2, ''])
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(run.stderr.trimEnd()).toMatch(message)
  })

  it('documents the code command and its options in --help', async () => {
    const run = await runCli(['--help'])
    expect(run.stdout).toMatch(/npm run cli -- code \[options\]/)
    expect(run.stdout).toContain('--style low-level|module')
    expect(run.stdout).toContain('--comments en|ko')
  })
})
