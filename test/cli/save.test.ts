// `train --save FILE`: the run as a session file the app opens as it is. stdout stays the lab's
// lines, one note on stderr says where; a file that could not be saved is refused before the run.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultSgd, labConfig, toyDataset } from '@core'
import { labLog } from '../support/labLog'
import { runCli } from '../support/runCli'
import { readSession } from '../support/sessionFile'
import { useTempDir } from '../support/tempDir'
import { trainedSession } from '../shared/session/sessionFixtures'

const temp = useTempDir('cli-save')

describe('train --save', () => {
  it('saves the lab as the app would hold it after the run; stdout is the lab, stderr one note', async () => {
    const file = temp.path('lab.logitlab')
    const [saved, plain] = await Promise.all([
      runCli(['train', '--save', file, '--title', 'Week 3: the lab']),
      runCli(['train'])
    ])
    expect(saved.code).toBe(0)
    expect(saved.stdout).toBe(plain.stdout)
    expect(saved.lines.slice(0, 11)).toEqual(labLog)
    expect(saved.stderr).toBe(`saved the session to ${JSON.stringify(file)}\n`)
    const session = readSession(file)
    // The fixture builds sessions the way the UI does: the table, the settings, every epoch.
    expect(session).toEqual({
      ...trainedSession(toyDataset(), labConfig),
      title: 'Week 3: the lab'
    })
    expect(session.run?.state).toBe('done')
    expect(session.run?.log.texts).toEqual(labLog)
    expect(session.run?.trainer?.epoch).toBe(1001)
    expect(readdirSync(temp.path('.'))).toContain('lab.logitlab')
  })

  it("keeps a CSV's header and odd spellings as the app's import does, relative to the cwd", async () => {
    const folder = temp.path('csv')
    mkdirSync(folder)
    writeFileSync(
      join(folder, 'grades.csv'),
      '# a note\nhours,lab,passed\n1.50,2,0\n2,3,0\n3,1,0\n4,3,1\n5,3.0,1\n6,2,1\n'
    )
    const run = await runCli(
      ['train', '--data', 'grades.csv', '--epochs', '10', '--accuracy', '--save', 'g.logitlab'],
      { cwd: folder }
    )
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toBe('saved the session to "g.logitlab"\n')
    expect(run.lines[0]).toBe('Epoch    0/10 Cost: 0.693147 Accuracy 50.00%')
    const session = readSession(join(folder, 'g.logitlab'))
    expect(session.data.featureNames).toEqual(['hours', 'lab'])
    expect(session.data.labelName).toBe('passed')
    expect(session.data.texts).toEqual([[[0, '1.50']], [[4, '3.0']], []])
    expect(Array.from(session.data.columns[0])).toEqual([1.5, 2, 3, 4, 5, 6])
    // The app logs the cost alone; the accuracy is kept beside each line as a number.
    expect(session.run?.log.texts).toEqual(['Epoch    0/10 Cost: 0.693147'])
    expect(session.run?.log.accuracy[0]).toBe(0.5)
  })

  it('saves a diverged run as the app does (its state, nothing to continue) and still exits 1', async () => {
    const file = temp.path('diverged.logitlab')
    const run = await runCli(['train', '--lr', '1e308', '--log-every', '1', '--save', file])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('Epoch    0/1000 Cost: 0.693147\n')
    expect(run.stderr.split('\n')).toEqual([
      `saved the session to ${JSON.stringify(file)}`,
      'error: training diverged at epoch 0: the weights stopped being finite numbers (try a smaller --lr)',
      ''
    ])
    const session = readSession(file)
    expect(session.run).toMatchObject({
      state: 'diverged',
      trainer: null,
      epoch: 0,
      weights: [0, 0]
    })
    expect(session.run?.config.optimizer).toEqual({ ...defaultSgd, lr: 1e308 })
  })

  // Each case in a folder of its own, holding one plain file, to see that nothing else appears.
  const refusals: [string, (dir: string) => string[], RegExp][] = [
    [
      'a folder that does not exist',
      (dir) => ['--save', join(dir, 'no/such/folder/a.logitlab')],
      /^error: cannot write ".*a\.logitlab": no such folder$/
    ],
    ['a directory', (dir) => ['--save', dir], /^error: cannot write ".*": it is a directory$/],
    [
      'a path through a file',
      (dir) => ['--save', join(dir, 'plain.txt', 'a.logitlab')],
      /^error: cannot write ".*plain\.txt\/a\.logitlab": a part of the path is not a folder$/
    ],
    ['an empty path', () => ['--save', ''], /^error: --save needs a file path$/],
    [
      'a title past the limit',
      (dir) => ['--save', join(dir, 't.logitlab'), '--title', 'x'.repeat(201)],
      /^error: cannot save ".*t\.logitlab": the title \(title\) is 201 characters long; at most 200 are allowed$/
    ],
    [
      'a learning rate of 0, which the app does not hold',
      (dir) => ['--save', join(dir, 'lr.logitlab'), '--lr', '0'],
      /^error: cannot save ".*lr\.logitlab": in a session --lr must be a number > 0$/
    ],
    [
      'more log lines than a session keeps',
      (dir) => ['--save', join(dir, 'log.logitlab'), '--epochs', '300000', '--log-every', '1'],
      /^error: cannot save ".*log\.logitlab": a session keeps at most 200,000 log lines, and --epochs 300000 with --log-every 1 prints 300,001 \(use --log-every 2 or more\)$/
    ],
    [
      'a title without --save',
      () => ['--title', 'Week 3'],
      /^error: --title applies to train --save or --resume only$/
    ]
  ]

  it.concurrent.for(refusals)(
    'refuses %s before training: exit 2, one line, nothing on stdout, no file',
    async ([name, args, message], { expect }) => {
      const dir = temp.path(`refused-${refusals.findIndex(([n]) => n === name)}`)
      mkdirSync(dir)
      writeFileSync(join(dir, 'plain.txt'), 'x')
      const run = await runCli(['train', ...args(dir)])
      expect([run.code, run.stdout]).toEqual([2, ''])
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(run.stderr.trimEnd()).toMatch(message)
      expect(readdirSync(dir)).toEqual(['plain.txt'])
    }
  )
})
