// A checked session as the text of a version-1 document (see documentSchema.ts for the fields).
// One key per line down to the big arrays, each table column on its own line: a small session
// reads like the lab's data, and a diff shows which part changed.
import type { Session, SessionRun } from './sessionTypes'
import { SESSION_APP_NAME, SESSION_FORMAT, SESSION_VERSION } from './sessionFormat'
import { writeNumbers, writeValue } from './jsonWrite'

export interface WriteMeta {
  appVersion: string
  savedAt: Date
}

export function writeDocument(session: Session, meta: WriteMeta): string {
  const { data } = session
  const columns = data.columns.map((column) => `      ${writeNumbers(column)}`)
  return [
    '{',
    `  "format": ${JSON.stringify(SESSION_FORMAT)},`,
    `  "version": ${SESSION_VERSION},`,
    `  "app": ${writeValue({ name: SESSION_APP_NAME, version: meta.appVersion })},`,
    `  "savedAt": ${JSON.stringify(meta.savedAt.toISOString())},`,
    `  "title": ${JSON.stringify(session.title)},`,
    `  "notes": ${JSON.stringify(session.notes)},`,
    '  "data": {',
    `    "featureNames": ${JSON.stringify(data.featureNames)},`,
    `    "labelName": ${JSON.stringify(data.labelName)},`,
    '    "columns": [',
    columns.join(',\n'),
    '    ],',
    `    "texts": ${JSON.stringify(data.texts)}`,
    '  },',
    `  "settings": ${writeValue(session.settings)},`,
    `  "run": ${session.run ? writeRun(session.run) : 'null'}`,
    '}',
    ''
  ].join('\n')
}

function writeRun(run: SessionRun): string {
  const { history, log } = run
  return [
    '{',
    `    "config": ${writeValue(run.config)},`,
    `    "state": ${JSON.stringify(run.state)},`,
    `    "epoch": ${writeValue(run.epoch)},`,
    `    "totalEpochs": ${writeValue(run.totalEpochs)},`,
    `    "weights": ${writeValue(run.weights)},`,
    `    "bias": ${writeValue(run.bias)},`,
    `    "trainer": ${writeValue(run.trainer)},`,
    '    "history": {',
    `      "epochs": ${writeNumbers(history.epochs)},`,
    `      "cost": ${writeNumbers(history.cost)},`,
    `      "accuracy": ${writeNumbers(history.accuracy)},`,
    `      "downsampled": ${history.downsampled}`,
    '    },',
    '    "log": {',
    `      "epochs": ${writeNumbers(log.epochs)},`,
    `      "cost": ${writeNumbers(log.cost)},`,
    `      "accuracy": ${writeNumbers(log.accuracy)},`,
    `      "texts": ${JSON.stringify(log.texts)}`,
    '    }',
    '  }'
  ].join('\n')
}
