// `export FILE --format F [--out PATH]`: the checked request. Options that belong to one format
// only (--weights to pytorch; --style, --comments and --accuracy to code) are refused elsewhere.
import {
  CODE_COMMENT_LANGUAGES,
  PYTORCH_CODE_STYLES,
  type CodeCommentLanguage,
  type PytorchCodeStyle
} from '../core'
import { CliError } from './errors'
import type { CliOptionName } from './optionTable'
import { OptionReader, type OptionValues } from './optionReader'

export const EXPORT_FORMATS = [
  'json',
  'csv',
  'predictions',
  'pytorch',
  'safetensors',
  'onnx',
  'sklearn',
  'code'
] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** Formats whose bytes are not text: never to a terminal, so --out is required. */
export const BINARY_FORMATS: readonly ExportFormat[] = ['safetensors', 'onnx']

export const PYTORCH_WEIGHTS = ['inline', 'safetensors'] as const
export type PytorchWeights = (typeof PYTORCH_WEIGHTS)[number]

export interface ExportRequest {
  /** The session file, as given. */
  file: string
  format: ExportFormat
  /** Where to write; null: stdout (text formats only). */
  out: string | null
  /** pytorch: the weights in the script, or in a .safetensors file beside it. */
  weights: PytorchWeights
  /** code: */
  style: PytorchCodeStyle
  comments: CodeCommentLanguage
  accuracy: boolean
}

/** The options each format alone takes. */
const formatOnly: [CliOptionName, ExportFormat][] = [
  ['weights', 'pytorch'],
  ['style', 'code'],
  ['comments', 'code'],
  ['accuracy', 'code']
]

export function exportRequest(values: OptionValues, positionals: string[]): ExportRequest {
  const [file, ...extra] = positionals
  if (file === undefined || file.trim() === '') {
    throw new CliError('export needs the session file: export FILE --format F (see --help)')
  }
  if (extra.length > 0) {
    throw new CliError(`unexpected argument ${JSON.stringify(extra[0])} (see --help)`)
  }
  if (values.format === undefined) {
    throw new CliError(`export needs --format ${EXPORT_FORMATS.join('|')}`)
  }
  const read = new OptionReader(values)
  const format = read.choice('format', EXPORT_FORMATS, 'json')
  const misplaced = formatOnly.find(
    ([name, owner]) => values[name] !== undefined && owner !== format
  )
  if (misplaced) throw new CliError(`--${misplaced[0]} applies to --format ${misplaced[1]} only`)
  const out = read.path('out')
  if (out === null && BINARY_FORMATS.includes(format)) {
    throw new CliError(`--format ${format} is binary: give --out PATH to write it to a file`)
  }
  const weights = read.choice('weights', PYTORCH_WEIGHTS, 'inline')
  if (weights === 'safetensors' && out === null) {
    throw new CliError(
      '--weights safetensors writes a file beside the script: give --out PATH (e.g. model.py)'
    )
  }
  return {
    file,
    format,
    out,
    weights,
    style: read.choice('style', PYTORCH_CODE_STYLES, 'low-level'),
    comments: read.choice('comments', CODE_COMMENT_LANGUAGES, 'en'),
    accuracy: values.accuracy === true
  }
}
