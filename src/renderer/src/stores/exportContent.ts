// The files each export choice writes, from the shown model and the data: pure helpers of the
// model export store, over core's exporters (src/core/export) and code generator (core/codegen).
import { strToU8, zipSync } from 'fflate'
import type { TrainingConfig } from '@core/config'
import type { Dataset } from '@core/dataset'
import { pytorchCode, type CodeCommentLanguage } from '@core/codegen'
import {
  exportIssues,
  predictionsToCsv,
  pytorchScript,
  sklearnScript,
  weightsToCsv,
  weightsToJson,
  weightsToOnnx,
  weightsToSafetensors,
  type ExportIssue,
  type ExportModel
} from '@core/export'
import type { ExportFile } from '@shared/contract'

/** What the Export menu offers (the PyTorch script in two ways, the training code in two styles). */
export const EXPORT_CHOICES = [
  'weightsJson',
  'weightsCsv',
  'predictionsCsv',
  'pytorch',
  'pytorchSafetensors',
  'safetensors',
  'onnx',
  'sklearn',
  'pytorchCode',
  'pytorchCodeModule'
] as const

export type ExportChoice = (typeof EXPORT_CHOICES)[number]

/** The training code describes the data and the settings, not a trained model. */
export function needsModel(choice: ExportChoice): boolean {
  return choice !== 'pytorchCode' && choice !== 'pytorchCodeModule'
}

/** Formats that carry or evaluate the data need it valid. */
export function needsData(choice: ExportChoice): boolean {
  return !['weightsJson', 'weightsCsv', 'safetensors', 'onnx'].includes(choice)
}

/** Why `choice` cannot be exported now, or null. */
export type ExportBlocker =
  { code: 'noModel' } | { code: 'noData' } | { code: 'issue'; issue: ExportIssue }

export function exportBlocker(
  choice: ExportChoice,
  model: ExportModel | null,
  dataset: Dataset | null
): ExportBlocker | null {
  if (needsData(choice) && dataset === null) return { code: 'noData' }
  if (!needsModel(choice)) return null
  if (model === null) return { code: 'noModel' }
  const issue = exportIssues(model, needsData(choice) ? (dataset ?? undefined) : undefined)[0]
  return issue ? { code: 'issue', issue } : null
}

export interface ExportInputs {
  /** Checked with exportBlocker first. */
  model: ExportModel
  dataset: Dataset
  config: TrainingConfig
  labelName: string
  /** The start of every file name: the document's name, made safe for a file system. */
  base: string
  comments: CodeCommentLanguage
  appVersion: string
}

/**
 * The file `choice` writes. 'pytorchSafetensors' writes two: the .safetensors first, then the
 * script that loads it by `weightsFile`, the name it was saved under (the user may change it).
 */
export function exportFile(
  choice: Exclude<ExportChoice, 'pytorchSafetensors'>,
  inputs: ExportInputs
): ExportFile {
  const { model, dataset, base } = inputs
  switch (choice) {
    case 'weightsJson':
      return { kind: choice, suggestedName: `${base}-weights.json`, content: weightsToJson(model) }
    case 'weightsCsv':
      return { kind: choice, suggestedName: `${base}-weights.csv`, content: weightsToCsv(model) }
    case 'predictionsCsv':
      return {
        kind: choice,
        suggestedName: `${base}-predictions.csv`,
        content: predictionsToCsv(model, dataset, { labelName: inputs.labelName })
      }
    case 'pytorch':
      return {
        kind: choice,
        suggestedName: `${base}_model.py`,
        content: pytorchScript(model, dataset)
      }
    case 'safetensors':
      return safetensorsFile(inputs)
    case 'onnx':
      return {
        kind: choice,
        suggestedName: `${base}.onnx`,
        content: weightsToOnnx(model, { producerVersion: inputs.appVersion })
      }
    case 'sklearn':
      return {
        kind: choice,
        suggestedName: `${base}_sklearn.py`,
        content: sklearnScript(model, dataset)
      }
    case 'pytorchCode':
    case 'pytorchCodeModule':
      return {
        kind: 'pytorchCode',
        suggestedName: `${base}_train${choice === 'pytorchCodeModule' ? '_module' : ''}.py`,
        content: pytorchCode(dataset, inputs.config, {
          style: choice === 'pytorchCodeModule' ? 'module' : 'low-level',
          featureNames: dataset.featureNames,
          labelName: inputs.labelName,
          comments: inputs.comments
        })
      }
  }
}

export function safetensorsFile(inputs: ExportInputs): ExportFile {
  return {
    kind: 'safetensors',
    suggestedName: `${inputs.base}.safetensors`,
    content: weightsToSafetensors(inputs.model)
  }
}

/**
 * The PyTorch script and the .safetensors weights it loads, in one .zip side by side: one file to
 * save or download (a browser asks before a page downloads several files from one click, or
 * blocks the second), and the script names the weights file as it is in the archive.
 */
export function safetensorsPair(inputs: ExportInputs): ExportFile {
  const weights = safetensorsFile(inputs)
  const script = pytorchScript(inputs.model, inputs.dataset, {
    safetensorsFile: weights.suggestedName
  })
  const archive = zipSync({
    [weights.suggestedName]: weights.content as Uint8Array,
    [`${inputs.base}_model.py`]: strToU8(script)
  })
  return { kind: 'zip', suggestedName: `${inputs.base}_pytorch.zip`, content: archive }
}

/**
 * A file name's start from the document's title or file name: letters of any script, digits and
 * - _ . kept, anything else (slashes, colons, control characters) a hyphen; 'logit-lab' if empty.
 */
export function exportBaseName(title: string, fileName: string | null): string {
  const source = title.trim() || (fileName ?? '').replace(/\.[^.]*$/, '')
  const safe = source
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80)
  return safe || 'logit-lab'
}
