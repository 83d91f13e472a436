// `export FILE --format F [--out PATH]`: a session's model in the formats people load elsewhere,
// by the same exporters as the app (core/export), or the PyTorch code of its run (core/codegen).
// Text goes to stdout unless --out is given; binary needs --out. Files are written whole or not
// at all, each with a one-line note on stderr.
import { basename, dirname, extname, join } from 'node:path'
import { pytorchCode } from '../core'
import {
  predictionsToCsv,
  pytorchScript,
  sklearnScript,
  weightsToCsv,
  weightsToJson,
  weightsToOnnx,
  weightsToSafetensors,
  type ExportModel
} from '../core/export'
import type { Session } from '../shared/session'
import { appVersion } from './appVersion'
import type { ExportFormat, ExportRequest } from './exportArgs'
import { checkOutputPath, writeOutput } from './outputFile'
import { readSessionFile } from './sessionFile'
import { checkExportable, sessionData, sessionModel } from './sessionModel'

export interface ExportOutput {
  write: (content: string) => void
  warn: (line: string) => void
}

/** A file the export writes: where, and what. */
interface ExportFile {
  path: string
  content: string | Uint8Array
}

/** `model.py` -> `model.safetensors`, in the same folder (the script looks for it there). */
export function weightsFileBeside(script: string): string {
  const name = basename(script, extname(script)) + '.safetensors'
  return join(dirname(script), name)
}

export async function exportSession(request: ExportRequest, output: ExportOutput): Promise<void> {
  const session = readSessionFile(request.file)
  const files = exported(session, request)
  if (request.out === null) {
    const { content } = files[0]
    // Binary formats are refused without --out (exportArgs.ts), so this is text.
    if (typeof content !== 'string') throw new Error('binary export without --out')
    output.write(content)
    return
  }
  files.forEach((file) => checkOutputPath(file.path))
  // The weights before the script that loads them: a script never names a file not yet there.
  for (const file of [...files].reverse()) {
    await writeOutput(file.path, file.content, output.warn)
    output.warn(`wrote ${JSON.stringify(file.path)}`)
  }
}

/** The formats made of the model alone. */
const WEIGHTS_ONLY: Partial<Record<ExportFormat, (model: ExportModel) => string | Uint8Array>> = {
  json: weightsToJson,
  csv: weightsToCsv,
  safetensors: (model) => weightsToSafetensors(model),
  onnx: (model) => weightsToOnnx(model, { producerVersion: appVersion() })
}

/** What the format makes of the session: the main file, then any file beside it. */
function exported(session: Session, request: ExportRequest): ExportFile[] {
  const { file, format } = request
  const out = request.out ?? ''
  if (format === 'code') {
    const { dataset, config } = sessionData(session, file)
    const code = pytorchCode(dataset, config, {
      style: request.style,
      logAccuracy: request.accuracy,
      labelName: session.data.labelName,
      comments: request.comments
    })
    return [{ path: out, content: code }]
  }
  const model = sessionModel(session, file)
  const weightsOnly = WEIGHTS_ONLY[format]
  if (weightsOnly) {
    checkExportable(model, file)
    return [{ path: out, content: weightsOnly(model) }]
  }
  // The formats that carry or evaluate the table.
  const { dataset } = sessionData(session, file)
  checkExportable(model, file, dataset)
  if (format === 'predictions') {
    const labelName = session.data.labelName
    return [{ path: out, content: predictionsToCsv(model, dataset, { labelName }) }]
  }
  if (format === 'sklearn') return [{ path: out, content: sklearnScript(model, dataset) }]
  if (request.weights === 'inline') return [{ path: out, content: pytorchScript(model, dataset) }]
  const beside = weightsFileBeside(out)
  const script = pytorchScript(model, dataset, { safetensorsFile: basename(beside) })
  return [
    { path: out, content: script },
    { path: beside, content: weightsToSafetensors(model) }
  ]
}
