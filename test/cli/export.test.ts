// `export FILE --format F [--out PATH]`: a saved run's model in the formats people load elsewhere,
// checked where it is cheap by the runtimes that load them: ONNX Runtime and onnx's checker, the
// system's PyTorch (the script, with its weights inline or in the .safetensors file beside it) and
// scikit-learn. Each must compute the numbers the run printed (`train --json`).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { InferenceSession, Tensor } from 'onnxruntime-node'
import { describe, expect, it } from 'vitest'
import { formatFixed, labConfig, toyDataset } from '@core'
import { predictionsToCsv, weightsToCsv, weightsToJson, type ExportModel } from '@core/export'
import { encodeSession, type Session } from '@shared/session'
import { diabetesCsvPath } from '../support/paths'
import { printedNumbers, printedTensorBody } from '../support/printedNumbers'
import { runPython, runPythonScripts } from '../support/python'
import { runCli, type CliRun } from '../support/runCli'
import { readSession } from '../support/sessionFile'
import { useTempDir } from '../support/tempDir'
import { meta } from '../shared/session/documents'
import { toySession, trainedSession } from '../shared/session/sessionFixtures'

const temp = useTempDir('cli-export')

/** What `train --json` printed last: the run's own numbers. */
interface Final {
  weights: number[]
  bias: number
  probabilities: number[]
  accuracy: number
}

interface SavedRun {
  file: string
  final: Final
  session: Session
}

/** A run trained and saved by the CLI, once per test file, shared by the tests that read it. */
function savedRun(name: string, options: string[]): () => Promise<SavedRun> {
  let saved: Promise<SavedRun> | null = null
  return () => {
    saved ??= (async () => {
      const file = temp.path(`${name}.logitlab`)
      const run = await runCli(['train', ...options, '--json', '--save', file])
      expect(run.code, run.stderr).toBe(0)
      const final = JSON.parse(run.lines[run.lines.length - 1]) as Final
      return { file, final, session: readSession(file) }
    })()
    return saved
  }
}

const toyRun = savedRun('toy', ['--epochs', '500', '--momentum', '0.5'])
const diabetesOptions = ['--data', diabetesCsvPath, '--init', 'torch', '--seed', '3']
const diabetesRun = savedRun('diabetes', [
  ...diabetesOptions,
  '--optimizer',
  'adam',
  '--lr',
  '0.01'
])

function modelOf(session: Session): ExportModel {
  const run = session.run
  if (run === null) throw new Error('the session has a run')
  const { featureNames } = session.data
  return { featureNames, weights: run.weights, bias: run.bias, threshold: 0.5 }
}

function expectWritten(run: CliRun, ...paths: string[]): void {
  expect(run.code, run.stderr).toBe(0)
  expect(run.stdout).toBe('')
  expect(run.stderr).toBe(paths.map((path) => `wrote ${JSON.stringify(path)}\n`).join(''))
}

/** The line the lab, and every script, ends with. */
const accuracyLine = (accuracy: number): string =>
  `The model has an accuracy of ${formatFixed(accuracy * 100, 2)}% for the training set.`

describe('export', () => {
  it("json, csv and predictions to stdout: the app's exporters of the run's model, nothing on stderr", async () => {
    const { file, final, session } = await toyRun()
    const model = modelOf(session)
    expect([model.weights, model.bias]).toEqual([final.weights, final.bias])
    const [json, csv, predictions] = await Promise.all(
      ['json', 'csv', 'predictions'].map((format) => runCli(['export', file, '--format', format]))
    )
    for (const run of [json, csv, predictions]) expect([run.code, run.stderr]).toEqual([0, ''])
    expect(json.stdout).toBe(weightsToJson(model))
    expect(JSON.parse(json.stdout)).toMatchObject({ weight: final.weights, bias: final.bias })
    expect(csv.stdout).toBe(weightsToCsv(model))
    expect(predictions.stdout).toBe(predictionsToCsv(model, toyDataset(), { labelName: 'y' }))
    // H(x) per row, as the run computed it.
    const probabilities = predictions.lines.slice(1).map((line) => Number(line.split(',')[3]))
    expect(probabilities).toEqual(final.probabilities)
  })

  it('--out writes what stdout would get, whole, replacing the file, with one note on stderr', async () => {
    const { file } = await toyRun()
    const out = temp.write('weights.csv', 'an older export\n')
    const [written, printed] = await Promise.all([
      runCli(['export', file, '--format', 'csv', '--out', out]),
      runCli(['export', file, '--format', 'csv'])
    ])
    expectWritten(written, out)
    expect(readFileSync(out, 'utf8')).toBe(printed.stdout)
  })

  it("onnx: ONNX Runtime computes the run's H(x) on diabetes within 1e-6, and onnx's checker accepts it", async () => {
    const { file, final } = await diabetesRun()
    const out = temp.path('diabetes.onnx')
    expectWritten(await runCli(['export', file, '--format', 'onnx', '--out', out]), out)
    // Within 1e-6, not exactly: ONNX Runtime computes in float32 (test/core/export/onnx.test.ts).
    const onnx = await InferenceSession.create(readFileSync(out))
    const csv = readFileSync(diabetesCsvPath, 'utf8').trim().split('\n')
    const rows = csv.map((line) => line.split(',').slice(0, -1).map(Number))
    const x = new Tensor('float32', Float32Array.from(rows.flat()), [rows.length, 8])
    const { probabilities } = await onnx.run({ x })
    const gaps = Array.from(probabilities.data as Float32Array, (p, i) =>
      Math.abs(p - final.probabilities[i])
    )
    expect(gaps).toHaveLength(759)
    expect(Math.max(...gaps)).toBeLessThanOrEqual(1e-6)
    await onnx.release()
    const check =
      'import sys, onnx\nonnx.checker.check_model(onnx.load(sys.argv[1]), full_check=True)'
    runPython(['-c', check, out])
  })

  it("pytorch (weights inline or in a .safetensors file beside) and sklearn: the system's PyTorch and scikit-learn load the model and print the run's H(x) and accuracy", async () => {
    const { file, final } = await toyRun()
    const folder = temp.path('scripts')
    mkdirSync(folder)
    const inline = join(folder, 'inline.py')
    const beside = join(folder, 'model.py')
    const sklearn = join(folder, 'sklearn.py')
    const alone = join(folder, 'alone.safetensors')
    const runs = await Promise.all([
      runCli(['export', file, '--format', 'pytorch', '--out', inline]),
      runCli(['export', file, '--format', 'pytorch', '--weights', 'safetensors', '--out', beside]),
      runCli(['export', file, '--format', 'sklearn', '--out', sklearn]),
      runCli(['export', file, '--format', 'safetensors', '--out', alone])
    ])
    const weightsFile = join(folder, 'model.safetensors')
    expectWritten(runs[0], inline)
    expectWritten(runs[1], weightsFile, beside) // the weights first: the script needs them
    expectWritten(runs[2], sklearn)
    expectWritten(runs[3], alone)
    // The same bytes as the file PyTorch loads below.
    expect(readFileSync(alone)).toEqual(readFileSync(weightsFile))

    const outputs = runPythonScripts([inline, beside, sklearn])
    const probabilitiesOf = (output: string): string => output.split('The model has')[0]
    const printed = [
      printedTensorBody(outputs[0]),
      printedTensorBody(outputs[1]),
      probabilitiesOf(outputs[2]) // NumPy's array
    ]
    for (const [k, output] of outputs.entries()) {
      expect(output.trimEnd().split('\n').at(-1)).toBe(accuracyLine(final.accuracy))
      // Each H(x) as the run computed it, at the precision printed (float32: a few ulps more).
      const numbers = printedNumbers(printed[k])
      expect(numbers).toHaveLength(6)
      numbers.forEach(({ value, unit }, i) =>
        expect(Math.abs(value - final.probabilities[i])).toBeLessThanOrEqual(unit / 2 + 3e-7)
      )
    }
  })

  it("code: the PyTorch code of the session's run, as `code` prints it with the run's options", async () => {
    const { file } = await diabetesRun()
    const [exported, code] = await Promise.all([
      runCli(['export', file, '--format', 'code', '--style', 'module', '--comments', 'ko']),
      runCli([
        'code',
        ...diabetesOptions,
        ...['--optimizer', 'adam', '--lr', '0.01', '--style', 'module', '--comments', 'ko']
      ])
    ])
    expect([exported.code, exported.stderr]).toEqual([0, ''])
    expect(code.code, code.stderr).toBe(0)
    expect(exported.stdout).toBe(code.stdout)
  })
})

describe('--help', () => {
  it('shows how to save, resume and export, and each command takes -h', async () => {
    const [help, exportHelp] = await Promise.all([
      runCli(['--help']),
      runCli(['export', 'a.logitlab', '-h'])
    ])
    expect(help.code).toBe(0)
    expect(help.lines).toEqual(
      expect.arrayContaining([
        'Usage: npm run cli -- train [options] [--save FILE.logitlab [--title TEXT]]',
        '       npm run cli -- train --resume FILE.logitlab [--epochs N] [--log-every K] [--save OUT]',
        '       npm run cli -- export FILE.logitlab --format F [--out PATH]'
      ])
    )
    expect(help.stdout).toMatch(/^ {2}--format F {2,}export: json .*csv/m)
    expect(exportHelp.stdout).toBe(help.stdout)
  })
})

describe('export refuses', () => {
  const session = (value: Session): string => encodeSession(value, meta)
  const lab = (): Session => trainedSession(toyDataset(), { ...labConfig, epochs: 100 })
  const diverged = (): Session => {
    const value = lab()
    if (value.run === null) throw new Error('the lab has a run')
    return { ...value, run: { ...value.run, state: 'diverged', trainer: null } }
  }

  /** Each case in a folder of its own holding `a.logitlab` and an older `out.csv`. */
  const cases: [string, string | null, (dir: string) => string[], RegExp][] = [
    [
      'a missing file',
      null,
      (dir) => [join(dir, 'missing.logitlab'), '--format', 'json'],
      /^error: cannot read ".*missing\.logitlab": no such file or folder$/
    ],
    [
      'a file that is not a session',
      'Epoch    0/1000 Cost: 0.693147\n',
      (dir) => [join(dir, 'a.logitlab'), '--format', 'json'],
      /^error: .*a\.logitlab: the file is not JSON$/
    ],
    [
      'JSON that is not a session',
      '{"format":"logit-lab/weights@1","weight":[1],"bias":0}',
      (dir) => [join(dir, 'a.logitlab'), '--format', 'json'],
      /^error: .*a\.logitlab: the file is not a Logit Lab session \(its "format" is not "logit-lab\/session"\)$/
    ],
    [
      'a session without a run',
      session(toySession()),
      (dir) => [join(dir, 'a.logitlab'), '--format', 'onnx', '--out', join(dir, 'out.csv')],
      /^error: .*a\.logitlab: the session has no trained model to export \(train one with train --save, or in the app\)$/
    ],
    [
      'a diverged run',
      session(diverged()),
      (dir) => [join(dir, 'a.logitlab'), '--format', 'csv', '--out', join(dir, 'out.csv')],
      /^error: .*a\.logitlab: its run diverged, so its weights are no trained model$/
    ],
    [
      'an unknown --format',
      session(lab()),
      (dir) => [join(dir, 'a.logitlab'), '--format', 'pdf'],
      /^error: --format must be json or csv or predictions or pytorch or safetensors or onnx or sklearn or code, got "pdf"$/
    ],
    [
      'no --format',
      session(lab()),
      (dir) => [join(dir, 'a.logitlab')],
      /^error: export needs --format json\|csv\|predictions\|pytorch\|safetensors\|onnx\|sklearn\|code$/
    ],
    [
      'a binary format to stdout',
      session(lab()),
      (dir) => [join(dir, 'a.logitlab'), '--format', 'onnx'],
      /^error: --format onnx is binary: give --out PATH to write it to a file$/
    ],
    [
      '--out in a folder that does not exist',
      session(lab()),
      (dir) => [join(dir, 'a.logitlab'), '--format', 'onnx', '--out', join(dir, 'no/such/m.onnx')],
      /^error: cannot write ".*no\/such\/m\.onnx": no such folder$/
    ],
    [
      '--out naming a folder',
      session(lab()),
      (dir) => [join(dir, 'a.logitlab'), '--format', 'json', '--out', dir],
      /^error: cannot write ".*": it is a directory$/
    ],
    [
      '--out through a file',
      session(lab()),
      (dir) => [join(dir, 'a.logitlab'), '--format', 'json', '--out', join(dir, 'out.csv', 'm')],
      /^error: cannot write ".*out\.csv\/m": a part of the path is not a folder$/
    ],
    [
      'an empty --out',
      session(lab()),
      (dir) => [join(dir, 'a.logitlab'), '--format', 'json', '--out', ''],
      /^error: --out needs a file path$/
    ],
    [
      '--weights with another format than pytorch',
      session(lab()),
      (dir) => [join(dir, 'a.logitlab'), '--format', 'onnx', '--weights', 'safetensors'],
      /^error: --weights applies to --format pytorch only$/
    ],
    [
      'an option of a run',
      session(lab()),
      (dir) => [join(dir, 'a.logitlab'), '--format', 'json', '--lr', '0.1'],
      /^error: --lr applies to train and code only$/
    ],
    [
      'no session file',
      null,
      () => ['--format', 'json'],
      /^error: export needs the session file: export FILE --format F \(see --help\)$/
    ]
  ]

  it.concurrent.for(cases)(
    '%s: exit 2, one line, nothing on stdout, nothing written',
    async ([name, content, args, message], { expect }) => {
      const dir = temp.path(`refused-${cases.findIndex(([n]) => n === name)}`)
      mkdirSync(dir)
      if (content !== null) writeFileSync(join(dir, 'a.logitlab'), content)
      writeFileSync(join(dir, 'out.csv'), 'older\n')
      const before = readdirSync(dir)
      const run = await runCli(['export', ...args(dir)])
      expect([run.code, run.stdout]).toEqual([2, ''])
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(run.stderr.trimEnd()).toMatch(message)
      expect(readdirSync(dir)).toEqual(before)
      expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('older\n')
    }
  )
})
