// `train --resume FILE --epochs N`: a saved run continued prints, from its next logged epoch on,
// exactly the lines one uninterrupted run prints ("/N" included), and ends with its weights and
// state bit for bit. The first part printed its lines with its own N ("Epoch  100/100"): the
// same numbers, another total.
import { readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { datasetToCsv, defaultSgd, labConfig, toyDataset } from '@core'
import { encodeSession, type Session } from '@shared/session'
import { PARALLEL_MIN_ROWS } from '../../src/node/accumulatorChoice'
import { labLog } from '../support/labLog'
import { diabetesCsvPath } from '../support/paths'
import { runCli, type CliRun } from '../support/runCli'
import { readSession } from '../support/sessionFile'
import { syntheticDataset } from '../support/syntheticData'
import { useTempDir } from '../support/tempDir'
import { meta } from '../shared/session/documents'
import { toySession, trainedSession } from '../shared/session/sessionFixtures'

const temp = useTempDir('cli-resume')
let files = 0
const fresh = (name: string): string => temp.path(`${files++}-${name}`)

function expectDone(run: CliRun): void {
  expect(run.code, run.stderr).toBe(0)
}

/** The logged lines and the evaluation of an uninterrupted run of `options`, and its session. */
async function uninterrupted(options: string[]): Promise<{ run: CliRun; session: Session }> {
  const file = fresh('whole.logitlab')
  const run = await runCli(['train', ...options, '--save', file])
  expectDone(run)
  return { run, session: readSession(file) }
}

describe('train --resume', () => {
  it('the lab, saved at epoch 100 and resumed to 1000, prints the rest of the lab', async () => {
    const file = fresh('lab.logitlab')
    const first = await runCli(['train', '--epochs', '100', '--save', file])
    expectDone(first)
    const [resumed, whole] = await Promise.all([
      runCli(['train', '--resume', file, '--epochs', '1000']),
      uninterrupted(['--epochs', '1000'])
    ])
    expectDone(resumed)
    expect(resumed.stderr).toBe(`saved the session to ${JSON.stringify(file)}\n`)
    // From epoch 200 on, the lab exactly, then the lab's evaluation.
    expect(resumed.lines).toEqual(whole.run.lines.slice(2))
    expect(resumed.lines.slice(0, 9)).toEqual(labLog.slice(2))
    // The first part printed epochs 0 and 100 with its own total.
    expect(first.lines.slice(0, 2)).toEqual([
      'Epoch    0/100 Cost: 0.693147',
      'Epoch  100/100 Cost: 0.134722'
    ])

    const session = readSession(file)
    const run = session.run
    const wholeRun = whole.session.run
    if (run === null || wholeRun === null) throw new Error('both sessions have a run')
    expect([run.weights, run.bias, run.trainer]).toEqual([
      wholeRun.weights,
      wholeRun.bias,
      wholeRun.trainer
    ])
    expect(run.history).toEqual(wholeRun.history)
    expect([run.state, run.epoch, run.totalEpochs, run.config]).toEqual([
      'done',
      1000,
      1000,
      labConfig
    ])
    expect(session.settings).toEqual(whole.session.settings)
    // The log keeps each line as it was printed.
    expect(run.log.texts).toEqual([
      'Epoch    0/100 Cost: 0.693147',
      'Epoch  100/100 Cost: 0.134722',
      ...labLog.slice(2)
    ])
    expect(Array.from(run.log.cost)).toEqual(Array.from(wholeRun.log.cost))
  })

  const runs: [string, string[]][] = [
    ['SGD with momentum', ['--lr', '0.1', '--momentum', '0.9', '--dampening', '0.1']],
    ['Adam', ['--optimizer', 'adam', '--lr', '0.01', '--weight-decay', '0.01', '--accuracy']],
    [
      'mini-batches of 64 (the seeded shuffle)',
      ['--batch-size', '64', '--lr', '0.5', '--momentum', '0.5']
    ]
  ]

  it.concurrent.for(runs)(
    '%s on diabetes: saved at 47, resumed to 120, the lines and weights of one run',
    async ([, settings], { expect }) => {
      const base = [
        '--data',
        diabetesCsvPath,
        '--init',
        'torch',
        '--seed',
        '3',
        '--log-every',
        '10'
      ]
      const file = fresh('diabetes.logitlab')
      const first = await runCli(['train', ...base, ...settings, '--epochs', '47', '--save', file])
      expect(first.code, first.stderr).toBe(0)
      const accuracy = settings.includes('--accuracy') ? ['--accuracy'] : []
      const [resumed, whole] = await Promise.all([
        runCli(['train', '--resume', file, '--epochs', '120', ...accuracy]),
        uninterrupted([...base, ...settings, '--epochs', '120'])
      ])
      expect(resumed.code, resumed.stderr).toBe(0)
      // Epochs 0..40 were the first part's: the rest, from 50 on, is the uninterrupted run's.
      expect(resumed.lines).toEqual(whole.run.lines.slice(5))
      expect(first.lines.slice(0, 5)).toEqual(
        whole.run.lines.slice(0, 5).map((line) => line.replace('/120', '/47'))
      )
      const run = readSession(file).run
      expect(run?.weights).toEqual(whole.session.run?.weights)
      expect(run?.bias).toBe(whole.session.run?.bias)
      expect(run?.trainer).toEqual(whole.session.run?.trainer)
      expect(run?.history).toEqual(whole.session.run?.history)
    }
  )

  it('continues a session the app saved paused, to its own N, and writes to --save, leaving it as it was', async () => {
    const config = {
      ...labConfig,
      epochs: 300,
      logEvery: 50,
      optimizer: { ...defaultSgd, momentum: 0.5 }
    }
    const paused = trainedSession(toyDataset(), config, 123) // epochs 0..122 ran
    expect(paused.run?.state).toBe('paused')
    const file = fresh('paused.logitlab')
    writeFileSync(file, encodeSession({ ...paused, notes: 'Question 1: why?' }, meta))
    const before = readFileSync(file)
    const out = fresh('continued.logitlab')
    const [resumed, whole] = await Promise.all([
      runCli(['train', '--resume', file, '--save', out, '--title', 'Done']),
      uninterrupted(['--epochs', '300', '--log-every', '50', '--momentum', '0.5'])
    ])
    expectDone(resumed)
    expect(resumed.stderr).toBe(`saved the session to ${JSON.stringify(out)}\n`)
    expect(resumed.lines).toEqual(whole.run.lines.slice(3)) // from epoch 150 on
    expect(readFileSync(file)).toEqual(before)
    const continued = readSession(out)
    expect([continued.title, continued.notes]).toEqual(['Done', 'Question 1: why?'])
    expect(continued.run?.state).toBe('done')
    expect(continued.run?.log.texts).toEqual(whole.session.run?.log.texts)
    expect(continued.run?.trainer).toEqual(whole.session.run?.trainer)
  })

  it('takes a new --log-every: the lines an uninterrupted run with it prints from the next epoch', async () => {
    const file = fresh('every.logitlab')
    expectDone(await runCli(['train', '--epochs', '100', '--log-every', '25', '--save', file]))
    const [resumed, whole] = await Promise.all([
      runCli(['train', '--resume', file, '--epochs', '200', '--log-every', '40']),
      runCli(['train', '--epochs', '200', '--log-every', '40'])
    ])
    expectDone(resumed)
    expect(resumed.lines).toEqual(whole.lines.slice(3)) // 120, 160, 200, then the evaluation
    const run = readSession(file).run
    expect(Array.from(run?.log.epochs ?? [])).toEqual([0, 25, 50, 75, 100, 120, 160, 200])
    expect(run?.config.logEvery).toBe(40)
  })

  it('data past the parallel threshold resumes on all cores to the numbers of one run', async () => {
    const csv = temp.write(
      'large.csv',
      datasetToCsv(syntheticDataset(PARALLEL_MIN_ROWS + 1000, 8, 5))
    )
    const base = ['--data', csv, '--log-every', '10', '--json']
    const file = fresh('large.logitlab')
    expectDone(await runCli(['train', ...base, '--epochs', '20', '--save', file]))
    const [resumed, whole] = await Promise.all([
      runCli(['train', '--resume', file, '--epochs', '40', '--json']),
      runCli(['train', ...base, '--epochs', '40'])
    ])
    expectDone(resumed)
    expect(resumed.lines).toEqual(whole.lines.slice(3))
  })
})

describe('train --resume refuses', () => {
  /** A file holding `text`, and the bytes it holds, to see it unchanged afterwards. */
  const file = (name: string, text: string | Buffer): string => {
    const path = fresh(name)
    writeFileSync(path, text)
    return path
  }
  const saved = (session: Session): string => encodeSession(session, meta)
  const lab = (): Session => trainedSession(toyDataset(), { ...labConfig, epochs: 100 })
  const valid = saved(lab())

  const withBrokenTable = (): Session => {
    const session = lab()
    session.data.columns[0][1] = Number.NaN
    session.data.texts[0] = [[1, 'abc']]
    return session
  }
  const diverged = (): Session => {
    const session = lab()
    return session.run
      ? { ...session, run: { ...session.run, state: 'diverged', trainer: null } }
      : session
  }

  const cases: [string, () => string, string[], RegExp][] = [
    [
      'a session without a run',
      () => file('none.logitlab', saved(toySession())),
      [],
      /^error: .*none\.logitlab: the session has no run to continue \(train one with --save, or in the app\)$/
    ],
    [
      'a diverged run',
      () => file('diverged.logitlab', saved(diverged())),
      [],
      /^error: .*diverged\.logitlab: its run diverged \(its numbers stopped being finite\), so it cannot be continued \(train anew with a smaller --lr\)$/
    ],
    [
      'a run already at N',
      () => file('done.logitlab', valid),
      [],
      /^error: .*done\.logitlab: its run is already at epoch 100 of 100 \(give --epochs above 100 to train further\)$/
    ],
    [
      'an N before the run',
      () => file('before.logitlab', valid),
      ['--epochs', '50'],
      /^error: .*before\.logitlab: its run is already at epoch 100 of 100/
    ],
    ...[
      '--lr 2',
      '--data toy',
      '--seed 3',
      '--batch-size 2',
      '--threshold 0.7',
      '--init torch'
    ].map((option): [string, () => string, string[], RegExp] => [
      `${option.split(' ')[0]}, which would change the run`,
      () => file('semantics.logitlab', valid),
      [...option.split(' '), '--epochs', '200'],
      new RegExp(
        `^error: ${option.split(' ')[0]} cannot change a resumed run: it continues with the settings it was trained with`
      )
    ]),
    [
      'a table with a cell that is not a number',
      () => file('table.logitlab', saved(withBrokenTable())),
      ['--epochs', '200'],
      /^error: .*table\.logitlab: the table cannot be trained on: row 2, column 1 \("x1"\): "abc" is not a number; fix it in the app first$/
    ],
    [
      'more log lines than a session keeps',
      () =>
        file(
          'lines.logitlab',
          saved(trainedSession(toyDataset(), { ...labConfig, epochs: 100, logEvery: 1 }))
        ),
      ['--epochs', '300000'],
      /^error: cannot save ".*lines\.logitlab": a session keeps at most 200,000 log lines, and --epochs 300000 with --log-every 1 prints 300,001 \(use --log-every 2 or more\)$/
    ],
    [
      'a file cut off while being saved',
      () => file('cut.logitlab', valid.slice(0, valid.length / 2)),
      ['--epochs', '200'],
      /^error: .*cut\.logitlab: the file ends too early \(it was cut off, perhaps while being saved\)$/
    ],
    [
      'a file that is not JSON',
      () => file('text.logitlab', 'Epoch    0/1000 Cost: 0.693147\n'),
      [],
      /^error: .*text\.logitlab: the file is not JSON$/
    ],
    [
      'a session from a newer Logit Lab',
      () => file('future.logitlab', valid.replace('"version": 2,', '"version": 3,')),
      [],
      /^error: .*future\.logitlab: the file is a version 3 session from a newer Logit Lab; this one reads versions up to 2$/
    ],
    [
      'a trainer state that does not continue the run',
      () => file('state.logitlab', valid.replace('"epoch":101,', '"epoch":5,')),
      ['--epochs', '200'],
      /^error: .*state\.logitlab: run\.trainer\.epoch is 5 where 101 is expected$/
    ],
    [
      'a missing file',
      () => temp.path('missing.logitlab'),
      [],
      /^error: cannot read ".*missing\.logitlab": no such file or folder$/
    ]
  ]

  it.concurrent.for(cases)(
    '%s: exit 2, one line naming the file, nothing on stdout, the file unchanged',
    async ([, make, options, message], { expect }) => {
      const path = make()
      const before = readFileSyncOrNull(path)
      const run = await runCli(['train', '--resume', path, ...options])
      expect([run.code, run.stdout]).toEqual([2, ''])
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(run.stderr.trimEnd()).toMatch(message)
      expect(readFileSyncOrNull(path)).toEqual(before)
    }
  )

  it('a 2 GB file, refused by its size without reading it', async () => {
    const path = fresh('huge.logitlab')
    writeFileSync(path, '')
    truncateSync(path, 2 ** 31) // sparse: no disk used, and reading it would take seconds
    const started = Date.now()
    const run = await runCli(['train', '--resume', path])
    expect([run.code, run.stdout]).toEqual([2, ''])
    expect(run.stderr).toMatch(
      /^error: .*huge\.logitlab: the file is 2,147,483,648 bytes; a session may be at most 268,435,456 bytes\n$/
    )
    expect(Date.now() - started).toBeLessThan(20_000)
  })
})

function readFileSyncOrNull(path: string): Buffer | null {
  try {
    return readFileSync(path)
  } catch {
    return null
  }
}
