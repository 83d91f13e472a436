// The chaos detector against the real PyTorch 1.13: the runs it flags really print other numbers
// in PyTorch (the code Logit Lab generates for them, run by PyTorch), and the runs it leaves alone
// print the same lines, up to the last-digit rounding caveat. The run is also shown to be
// PyTorch's own in float64: Logit Lab is not wrong there, the run is chaotic.
import { describe, expect, it } from 'vitest'
import {
  ChaosDetector,
  Trainer,
  defaultAdam,
  defaultSgd,
  labConfig,
  pytorchCode,
  toyDataset,
  type ChaosNotice,
  type Dataset,
  type TrainingConfig
} from '@core'
import { toyRow3Seven } from '../support/chaoticData'
import { datasetRows, diabetesDataset } from '../support/diabetes'
import { appLines, compareLine, TOLERANCE, type AppLine } from '../support/printedLines'
import { runPytorchReference } from '../support/pytorchReference'
import { runPythonScripts } from '../support/pythonScripts'

interface Run {
  name: string
  data: Dataset
  config: TrainingConfig
  logAccuracy: boolean
  /** Logged epochs where a calm run's cost may differ by more than a last digit (see below). */
  wider?: number[]
}

const run = (
  name: string,
  data: Dataset,
  settings: Partial<TrainingConfig>,
  logAccuracy = false,
  wider: number[] = []
): Run => ({ name, data, config: { ...labConfig, ...settings }, logAccuracy, wider })
const sgd = (lr: number) => ({ ...defaultSgd, lr })

const chaotic = [
  run("the issue's run: toy with row 3's x1 = 7, zeros, SGD lr 1", toyRow3Seven(), {
    logEvery: 50
  }),
  run('toy, zeros, SGD lr 4', toyDataset(), { epochs: 300, logEvery: 10, optimizer: sgd(4) }),
  run('diabetes, zeros, SGD lr 30', diabetesDataset(), {
    epochs: 300,
    logEvery: 10,
    optimizer: sgd(30)
  }),
  run('diabetes, zeros, Adam lr 0.1, 5000 epochs', diabetesDataset(), {
    epochs: 5000,
    optimizer: { ...defaultAdam, lr: 0.1 }
  })
]
const calm = [
  run('the lab: toy, zeros, SGD lr 1', toyDataset(), {}),
  // The README's example: its first ten epochs swing the cost between 0.45 and 1.63, and at
  // epoch 10 PyTorch prints 0.614853 (0.614852726), Logit Lab 0.614851: two units of the last
  // digit, within the tolerance; every other line the same.
  run(
    'toy, torch seed 1, SGD lr 1',
    toyDataset(),
    { init: 'torch', epochs: 100, logEvery: 10 },
    true,
    [10]
  ),
  run('toy, zeros, SGD lr 0.5', toyDataset(), { logEvery: 50, optimizer: sgd(0.5) }),
  run('toy, zeros, SGD lr 2 (its cost rises, then settles)', toyDataset(), {
    logEvery: 20,
    optimizer: sgd(2)
  }),
  run('toy, zeros, Adam lr 0.1', toyDataset(), { optimizer: { ...defaultAdam, lr: 0.1 } }),
  run('diabetes, zeros, SGD lr 1 (the lab)', diabetesDataset(), { epochs: 100, logEvery: 10 }),
  run(
    'diabetes, torch seed 1, SGD lr 1 (the lab)',
    diabetesDataset(),
    { init: 'torch', epochs: 100, logEvery: 10 },
    true
  )
]

function noticeOf({ data, config }: Run): ChaosNotice | null {
  const trainer = Trainer.start(data, config)
  const detector = new ChaosDetector(trainer, data)
  trainer.run(Infinity, (record) => detector.observe(record))
  return detector.notice
}

const all = [...chaotic, ...calm]
let printed: string[][] | Error | null = null
function torchLines(r: Run): string[] {
  if (printed === null) {
    try {
      const scripts = all.map((c) =>
        pytorchCode(c.data, c.config, { style: 'low-level', logAccuracy: c.logAccuracy })
      )
      printed = runPythonScripts(scripts).outputs.map((out) => out.replace(/\n$/, '').split('\n'))
    } catch (error) {
      printed = error instanceof Error ? error : new Error(String(error))
    }
  }
  if (printed instanceof Error) throw printed
  return printed[all.indexOf(r)]
}

/** Our log lines (the evaluation lines after them are left out) and PyTorch's, side by side. */
function logLines(r: Run): { ours: AppLine[]; torch: string[] } {
  const ours = appLines(r.data, r.config, r.logAccuracy).slice(0, -5)
  return { ours, torch: torchLines(r).slice(0, ours.length) }
}

const epochOf = (line: AppLine): number => Number(/^Epoch +(\d+)/.exec(line.text)?.[1])

describe('chaotic runs against PyTorch 1.13', () => {
  it.each(chaotic)('flags a run whose numbers PyTorch does not print: $name', (r) => {
    const notice = noticeOf(r)
    expect(notice?.code).toBe('chaotic')
    const { ours, torch } = logLines(r)
    const beyond = ours.filter((line, k) => compareLine(torch[k], line).verdict === 'different')
    // PyTorch leaves the tolerance after the notice's epoch (or within a logged epoch of it)...
    expect(beyond.length).toBeGreaterThan(0)
    expect(epochOf(beyond[0])).toBeGreaterThanOrEqual((notice?.epoch ?? 0) - r.config.logEvery)
    // ...and before, it printed our lines
    ours
      .filter((line) => epochOf(line) < (notice?.epoch ?? 0) - r.config.logEvery)
      .forEach((line, k) => expect(compareLine(torch[k], line).verdict).not.toBe('different'))
  })

  it("disagrees with float32 PyTorch on the issue's run as the issue measured, and is float64 PyTorch's", () => {
    const r = chaotic[0]
    const { ours, torch } = logLines(r)
    const costAt = (lines: string[], epoch: number): number =>
      Number(lines[epoch / 50].split(' ').pop())
    const oursText = ours.map((line) => line.text)
    expect([costAt(oursText, 50), costAt(oursText, 200)]).toEqual([1.986679, 0.314997])
    // The issue measured 2.104670 and 2.995352 with PyTorch on another machine: chaos.
    expect(Math.abs(costAt(torch, 50) - 1.986679)).toBeGreaterThan(0.1)
    expect(Math.abs(costAt(torch, 200) - 0.314997)).toBeGreaterThan(0.1)
    const double = runPytorchReference({
      datasets: { row3: datasetRows(r.data) },
      runs: [
        {
          data: 'row3',
          init: 'zeros',
          seed: 1,
          optimizer: sgd(1),
          epochs: 200,
          threshold: 0.5,
          dtype: 'float64'
        }
      ]
    }).runs[0]
    const trainer = Trainer.start(r.data, { ...r.config, epochs: 200 })
    trainer.run(Infinity, (record) =>
      expect(Math.abs(record.cost - double.cost[record.epoch])).toBeLessThan(1e-9)
    )
  })
})

describe('calm runs against PyTorch 1.13', () => {
  it.each(calm)('leaves alone a run whose lines PyTorch prints: $name', (r) => {
    expect(noticeOf(r)).toBeNull()
    const { ours, torch } = logLines(r)
    ours.forEach((line, k) => {
      const { verdict } = compareLine(torch[k], line)
      // the same text, or a last digit off by one on a rounding boundary (or, where listed,
      // within the tolerance)
      const accepted = r.wider?.includes(epochOf(line))
        ? /^(exact|lastDigit|withinTolerance)$/
        : /^(exact|lastDigit)$/
      expect(verdict, `${torch[k]} / ${line.text}`).toMatch(accepted)
    })
  })

  it('uses the fidelity tolerance as its line', () => {
    expect(TOLERANCE).toEqual({ abs: 1e-5, rel: 1e-5 })
  })
})
