// A checked session as the text of a version-2 document (see documentSchema.ts for the fields).
// One key per line down to the big arrays, each table column on its own line: a small session
// reads like the lab's data, and a diff shows which part changed. The pieces are joined once, at
// the end: a 100,000 x 8 session is ~23 MB, and every intermediate join would copy it again.
import type { Session, SessionRun } from './sessionTypes'
import { SESSION_APP_NAME, SESSION_FORMAT, SESSION_VERSION } from './sessionFormat'
import { pushNumbers, writeValue } from './jsonWrite'

export interface EncodeMeta {
  appVersion: string
  savedAt: Date
}

export function writeDocument(session: Session, meta: EncodeMeta): string {
  const { data } = session
  const out: string[] = [
    '{\n',
    `  "format": ${JSON.stringify(SESSION_FORMAT)},\n`,
    `  "version": ${SESSION_VERSION},\n`,
    `  "app": ${writeValue({ name: SESSION_APP_NAME, version: meta.appVersion })},\n`,
    `  "savedAt": ${JSON.stringify(meta.savedAt.toISOString())},\n`,
    `  "title": ${JSON.stringify(session.title)},\n`,
    `  "notes": ${JSON.stringify(session.notes)},\n`,
    '  "data": {\n',
    `    "featureNames": ${JSON.stringify(data.featureNames)},\n`,
    `    "labelName": ${JSON.stringify(data.labelName)},\n`,
    '    "columns": [\n'
  ]
  data.columns.forEach((column, j) => {
    out.push(j === 0 ? '      ' : ',\n      ')
    pushNumbers(out, column)
  })
  out.push(
    '\n    ],\n',
    `    "texts": ${JSON.stringify(data.texts)}\n`,
    '  },\n',
    `  "settings": ${writeValue(session.settings)},\n`,
    '  "run": '
  )
  if (session.run) writeRun(session.run, out)
  else out.push('null')
  // One kept run a line: four runs of 1,000 points stay readable in a diff.
  const kept = session.keptRuns ?? []
  out.push(',\n  "keptRuns": [')
  kept.forEach((run, k) => out.push(k === 0 ? '\n    ' : ',\n    ', writeValue(run)))
  out.push(kept.length > 0 ? '\n  ]\n}\n' : ']\n}\n')
  return out.join('')
}

function writeRun(run: SessionRun, out: string[]): void {
  const { history, log } = run
  out.push(
    '{\n',
    `    "config": ${writeValue(run.config)},\n`,
    `    "state": ${JSON.stringify(run.state)},\n`,
    `    "epoch": ${writeValue(run.epoch)},\n`,
    `    "totalEpochs": ${writeValue(run.totalEpochs)},\n`,
    `    "weights": ${writeValue(run.weights)},\n`,
    `    "bias": ${writeValue(run.bias)},\n`,
    `    "trainer": ${writeValue(run.trainer)},\n`,
    `    "problem": ${writeValue(run.problem)},\n`,
    `    "notice": ${writeValue(run.notice)},\n`,
    '    "history": {\n      "epochs": '
  )
  pushNumbers(out, history.epochs)
  out.push(',\n      "cost": ')
  pushNumbers(out, history.cost)
  out.push(',\n      "accuracy": ')
  pushNumbers(out, history.accuracy)
  out.push(
    `,\n      "downsampled": ${history.downsampled}\n    },\n`,
    '    "log": {\n      "epochs": '
  )
  pushNumbers(out, log.epochs)
  out.push(',\n      "cost": ')
  pushNumbers(out, log.cost)
  out.push(',\n      "accuracy": ')
  pushNumbers(out, log.accuracy)
  out.push(`,\n      "texts": ${JSON.stringify(log.texts)}\n    }\n  }`)
}
