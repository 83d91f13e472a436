// Data past the parallel threshold: the CLI splits the rows across the cores and prints exactly
// the numbers one thread computes (the kernel sums every block of rows alike, whoever sums it).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { Trainer, datasetToCsv, labConfig } from '@core'
import { PARALLEL_MIN_ROWS } from '../../src/node/accumulatorChoice'
import { runCli } from '../support/runCli'
import { syntheticDataset } from '../support/syntheticData'

const folder = mkdtempSync(join(tmpdir(), 'logit-lab-cli-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

it('trains data past the parallel threshold to the same JSON as a one-thread Trainer', async () => {
  const dataset = syntheticDataset(PARALLEL_MIN_ROWS + 1000, 8, 21)
  const file = join(folder, 'large.csv')
  writeFileSync(file, datasetToCsv(dataset))
  const config = { ...labConfig, epochs: 40, logEvery: 10 }
  const logged: { epoch: number; cost: number; accuracy: number }[] = []
  const trainer = Trainer.start(dataset, config)
  trainer.run(Infinity, (record) => {
    if (record.epoch % 10 === 0) logged.push(record)
  })
  const run = await runCli([
    'train',
    '--data',
    file,
    '--epochs',
    '40',
    '--log-every',
    '10',
    '--json'
  ])
  expect(run.code).toBe(0)
  const lines = run.lines.map((line) => JSON.parse(line) as Record<string, unknown>)
  expect(lines.slice(0, -1)).toEqual(logged)
  expect(lines.at(-1)).toMatchObject({ weights: trainer.weights, bias: trainer.bias })
})
