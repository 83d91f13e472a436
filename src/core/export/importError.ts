// What importing a weights file found wrong, as data: a code, the field it is about (a path into
// the document: 'weight[2]', 'features', 'linear.bias.shape', '__metadata__.threshold'), and the
// numbers or text that make it concrete. The app translates the code; the CLI prints
// describeImportError's sentence.

/** Every code, for translations and tests to enumerate. */
export const IMPORT_ERROR_CODES = [
  'tooLarge', // the file is bigger than MAX_IMPORT_BYTES (actual, limit)
  'notUtf8', // text that is not UTF-8 (the JSON file, or a safetensors header)
  'syntax', // not JSON (NaN and Infinity are not JSON either)
  'notAnObject', // the document, a tensor's entry or __metadata__ is not a JSON object
  'missingField', // a required field (or tensor) is absent
  'unknownField', // a field (or tensor) this format does not have
  'format', // "format" is not "logit-lab/weights@1" (value)
  'notAList', // a list field holds something else
  'notANumber', // a number field holds a string, null, ... (value)
  'nonFinite', // a number that is NaN or infinite (1e999 in JSON; a NaN in a tensor)
  'notAString', // a feature name or a metadata value is not a string
  'noWeights', // an empty weight list (or a [1, 0] shape)
  'tooManyWeights', // more weights than MAX_IMPORT_FEATURES (actual, limit)
  'count', // the feature names do not match the weights one for one (actual, expected)
  'nameLength', // a feature name longer than MAX_IMPORT_FEATURE_NAME_LENGTH (actual, limit)
  'threshold', // a threshold outside [0, 1] (value)
  'truncated', // a safetensors file shorter than its 8-byte length prefix (actual, expected)
  // the header length runs past the end of the file (value: the length; actual: bytes after it)
  'headerLength',
  'dtype', // a tensor's dtype other than F32 or F64 (value)
  'shape', // linear.weight not [1, d] or linear.bias not [1] (value: the shape as JSON)
  'offsets', // data_offsets not [start, end] in the data, or not the shape's size (value)
  'overlap', // two tensors share bytes
  // bytes of the data that belong to no tensor, which the safetensors library refuses too
  // (actual: the first such byte)
  'uncoveredData'
] as const

export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number]

export interface ImportError {
  code: ImportErrorCode
  /** Where: a path into the document or header. */
  field?: string
  /** The offending value as text (a dtype, a shape, the format string...). */
  value?: string
  actual?: number
  expected?: number
  limit?: number
}

export interface ImportedWeights {
  /** The feature names, when the file has them (always in weights JSON). */
  features?: string[]
  weights: number[]
  bias: number
  /** The decision threshold, when the file has one. */
  threshold?: number
}

export type ImportResult =
  { ok: true; weights: ImportedWeights } | { ok: false; error: ImportError }

export function importFailure(error: ImportError): { ok: false; error: ImportError } {
  return { ok: false, error }
}

/** A plain-English sentence for an import error (the CLI's; the app translates the code). */
export function describeImportError(error: ImportError): string {
  const at = error.field === undefined ? '' : `${error.field}: `
  const value = JSON.stringify(error.value ?? '')
  switch (error.code) {
    case 'tooLarge':
      return `the file has ${error.actual} bytes, more than the ${error.limit} a weights file may have`
    case 'notUtf8':
      return `${at}the text is not UTF-8`
    case 'syntax':
      return `${at}not valid JSON (NaN and Infinity are not JSON numbers)`
    case 'notAnObject':
      return `${at}expected a JSON object`
    case 'missingField':
      return `${error.field} is missing`
    case 'unknownField':
      return `${error.field} is not part of this format`
    case 'format':
      return `${at}expected "logit-lab/weights@1", got ${value}`
    case 'notAList':
      return `${at}expected a list`
    case 'notANumber':
      return `${at}expected a number, got ${value}`
    case 'nonFinite':
      return `${at}the number is not finite`
    case 'notAString':
      return `${at}expected a string`
    case 'noWeights':
      return `${at}the model needs at least one weight`
    case 'tooManyWeights':
      return `${at}${error.actual} weights, more than the ${error.limit} allowed`
    case 'count':
      return `${at}${error.actual} names for ${error.expected} weights`
    case 'nameLength':
      return `${at}the name has ${error.actual} characters, more than the ${error.limit} allowed`
    case 'threshold':
      return `${at}the threshold must be a number from 0 to 1, got ${error.value}`
    case 'truncated':
      return `the file has ${error.actual} bytes, too few for a safetensors file (at least ${error.expected})`
    case 'headerLength':
      return `the header length ${error.value} runs past the end of the file (${error.actual} bytes follow it)`
    case 'dtype':
      return `${at}the dtype must be F32 or F64, got ${value}`
    case 'shape':
      return `${at}the shape ${error.value} is not ${error.field?.startsWith('linear.bias') ? '[1]' : '[1, d]'}`
    case 'offsets':
      return `${at}${error.value} is not a [start, end] range of the data that fits the shape and dtype`
    case 'overlap':
      return `${at}the tensor overlaps another one`
    case 'uncoveredData':
      return `byte ${error.actual} of the data belongs to no tensor`
  }
}
