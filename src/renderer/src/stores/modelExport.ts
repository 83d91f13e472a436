// The trained model out of the app (weights, predictions, scripts, safetensors, ONNX, the PyTorch
// training code) and weights into it: an imported weights file becomes the shown model, labelled
// as imported, until a run starts. The files go through the platform (desktop: a Save dialog;
// web: a download); what went wrong comes back as data for the view to translate.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import {
  importWeightsFile,
  MAX_IMPORT_BYTES,
  weightsFitIssues,
  type ExportModel,
  type ImportError,
  type WeightsFitIssue
} from '@core/export'
import type { ApiError, ExportFile } from '@shared/contract'
import { injectLabApi } from '../platform/labApiInjection'
import { APP_VERSION } from '../platform/appVersion'
import { useDatasetStore } from './dataset'
import { useDocumentStore } from './document'
import { useSettingsStore } from './settings'
import { useTrainingStore } from './training'
import { useUiStore } from './ui'
import {
  exportBaseName,
  exportBlocker,
  exportFile,
  safetensorsPair,
  type ExportBlocker,
  type ExportChoice,
  type ExportInputs
} from './exportContent'

export type ModelFileMessage =
  | { kind: 'exported'; fileNames: string[] }
  | { kind: 'exportFailed'; error: ApiError }
  | {
      kind: 'imported'
      fileName: string
      warning: WeightsFitIssue | null
      threshold: number | null
    }
  | { kind: 'importRefused'; fileName: string; error: ImportError }
  | { kind: 'importMismatch'; fileName: string; issue: WeightsFitIssue }
  | { kind: 'importUnreadable'; fileName: string }

export const useModelExportStore = defineStore('modelExport', () => {
  const api = injectLabApi()
  const data = useDatasetStore()
  const settings = useSettingsStore()
  const training = useTrainingStore()
  const message = shallowRef<ModelFileMessage | null>(null)
  /** Counts requests (the desktop menu's Import Weights) for the file chooser to open. */
  const importRequests = ref(0)

  /** The model the window shows, when it is a trained or an imported one. */
  const model = computed<ExportModel | null>(() => {
    const shown = training.shownModel
    if (shown.source === 'initial') return null
    return {
      featureNames: data.featureNames,
      weights: shown.weights,
      bias: shown.bias,
      threshold: settings.config.threshold
    }
  })

  function blocker(choice: ExportChoice): ExportBlocker | null {
    // isTrainable first: reading `dataset` copies the table.
    return exportBlocker(choice, model.value, data.isTrainable ? data.dataset : null)
  }

  function inputs(): ExportInputs | null {
    const dataset = data.dataset
    const document = useDocumentStore()
    if (dataset === null) return null
    return {
      model: model.value ?? { featureNames: [], weights: [], bias: 0, threshold: 0.5 },
      dataset,
      config: settings.config,
      labelName: data.labelName,
      base: exportBaseName(document.title, document.fileName),
      comments: useUiStore().locale,
      appVersion: APP_VERSION
    }
  }

  /** Writes `choice`'s file(s); says which were written, or why not. */
  async function exportModel(choice: ExportChoice): Promise<void> {
    const from = inputs()
    if (blocker(choice) !== null || from === null) return
    const written: string[] = []
    const send = async (file: ExportFile): Promise<string | null> => {
      const result = await api.exportFile(file)
      if (!result.ok) {
        message.value = { kind: 'exportFailed', error: result.error }
        return null
      }
      if (result.value !== null) written.push(result.value.fileName)
      return result.value?.fileName ?? null
    }
    await send(choice === 'pytorchSafetensors' ? safetensorsPair(from) : exportFile(choice, from))
    if (written.length > 0) message.value = { kind: 'exported', fileNames: written }
  }

  /** Reads a weights JSON or .safetensors file and shows its model, or says why it cannot. */
  async function importWeights(file: File): Promise<void> {
    const fileName = file.name
    if (file.size > MAX_IMPORT_BYTES) {
      const error: ImportError = { code: 'tooLarge', actual: file.size, limit: MAX_IMPORT_BYTES }
      message.value = { kind: 'importRefused', fileName, error }
      return
    }
    let bytes: Uint8Array
    try {
      bytes = new Uint8Array(await file.arrayBuffer())
    } catch (error) {
      console.warn('Logit Lab: reading the weights file failed', error)
      message.value = { kind: 'importUnreadable', fileName }
      return
    }
    const result = importWeightsFile(bytes, fileName)
    if (!result.ok) {
      message.value = { kind: 'importRefused', fileName, error: result.error }
      return
    }
    const issues = weightsFitIssues(result.weights, data.featureNames)
    const refusal = issues.find((issue) => issue.severity === 'error')
    if (refusal) {
      message.value = { kind: 'importMismatch', fileName, issue: refusal }
      return
    }
    const { weights, bias, threshold } = result.weights
    training.showImported({ weights, bias, fileName })
    // The threshold the model was exported with decides its predictions, as in the file.
    if (threshold !== undefined) settings.setNumber('threshold', String(threshold))
    message.value = {
      kind: 'imported',
      fileName,
      warning: issues[0] ?? null,
      threshold: threshold ?? null
    }
  }

  function requestImport(): void {
    importRequests.value++
  }

  return { message, importRequests, model, blocker, exportModel, importWeights, requestImport }
})
