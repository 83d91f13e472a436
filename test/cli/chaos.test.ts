// A chaotic run gets one note on stderr, at its first detection, naming the epoch; stdout stays
// the lab's lines (or JSON lines) and the exit code 0.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../support/runCli'

let dir = ''
let csv = ''
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'logit-lab-cli-chaos-'))
  // the lab's toy data with row 3's x1 set to 7 (issue 11 §4)
  csv = join(dir, 'row3.csv')
  writeFileSync(csv, '1,2,0\n2,3,0\n7,1,0\n4,3,1\n5,3,1\n6,2,1\n')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const NOTE =
  /^note: from epoch 21 on, this run is chaotic: the learning rate is too large for the data, .* a smaller --lr makes the numbers agree again\n$/

describe('npm run cli -- train on a chaotic run', () => {
  it('notes once on stderr that the numbers cannot agree, and prints the lab lines as ever', async () => {
    const run = await runCli(['train', '--data', csv, '--log-every', '50'])
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(NOTE)
    expect(run.lines.slice(0, 5)).toEqual([
      'Epoch    0/1000 Cost: 0.693147',
      'Epoch   50/1000 Cost: 1.986679',
      'Epoch  100/1000 Cost: 2.381922',
      'Epoch  150/1000 Cost: 0.296259',
      'Epoch  200/1000 Cost: 0.314997'
    ])
    expect(run.lines).toHaveLength(21 + 5)
  })

  it('keeps stdout JSON lines with --json, the note on stderr', async () => {
    const run = await runCli(['train', '--data', csv, '--json'])
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(NOTE)
    expect(run.lines).toHaveLength(11 + 1)
    for (const line of run.lines) expect(() => JSON.parse(line)).not.toThrow()
  })

  it('says nothing when a smaller learning rate makes the run calm', async () => {
    const run = await runCli(['train', '--data', csv, '--lr', '0.5'])
    expect([run.code, run.stderr]).toEqual([0, ''])
  })
})
