// `code`: the PyTorch code of the run `train` would run with the same options, on stdout and
// nothing else, so `code > lab.py && python3 lab.py` prints what `train` prints. The data is
// loaded and checked exactly as `train` loads it (bad input: exit 2 before any output).
import { pytorchCode } from '../core'
import type { CodeRequest } from './args'
import { loadData } from './data'

export interface CodeOutput {
  write: (text: string) => void
  warn: (line: string) => void
}

export function code(request: CodeRequest, output: CodeOutput): void {
  const { dataset, labelName, warnings } = loadData(request.data, request.dataOptions)
  warnings.forEach((warning) => output.warn(`warning: ${warning}`))
  output.write(
    pytorchCode(dataset, request.config, {
      style: request.style,
      logAccuracy: request.accuracy,
      labelName,
      comments: request.comments
    })
  )
}
