// Reads a .safetensors state dict (safetensors.ts writes one) back, strictly: the 8-byte header
// length must fit the file, the header must be a JSON object holding exactly the tensors
// linear.weight (shape [1, d]) and linear.bias (shape [1]), dtype F32 or F64, whose data_offsets
// lie in the data, match the shape and dtype, do not overlap and leave no byte unclaimed (as the
// safetensors library itself requires), with finite values; and an optional __metadata__ of
// strings, whose "features" (a JSON list of names) and "threshold" are read when present.
import {
  DTYPE_BYTES,
  SAFETENSORS_BIAS,
  SAFETENSORS_WEIGHT,
  type SafetensorsDtype
} from './safetensors'
import {
  importFailure,
  type ImportError,
  type ImportResult,
  type ImportedWeights
} from './importError'
import {
  checkFeatureNames,
  checkThreshold,
  checkWeightCount,
  isPlainObject,
  shortText,
  type Checked
} from './importFields'
import { MAX_IMPORT_BYTES } from './limits'

const PREFIX_BYTES = 8
const TENSOR_FIELDS = new Set(['dtype', 'shape', 'data_offsets'])

/** Where one tensor's values are: in bytes from the start of the data. */
interface TensorSpan {
  name: string
  dtype: SafetensorsDtype
  count: number
  start: number
  end: number
}

const fail = (error: ImportError): { ok: false; error: ImportError } => ({ ok: false, error })

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0

/** The tensor's entry: dtype, shape (as expected for its name) and in-range offsets. */
function checkTensor(name: string, entry: unknown, dataLength: number): Checked<TensorSpan> {
  if (!isPlainObject(entry)) return fail({ code: 'notAnObject', field: name })
  for (const key of Object.keys(entry)) {
    if (!TENSOR_FIELDS.has(key)) return fail({ code: 'unknownField', field: `${name}.${key}` })
  }
  for (const key of TENSOR_FIELDS) {
    if (!Object.hasOwn(entry, key)) return fail({ code: 'missingField', field: `${name}.${key}` })
  }
  const { dtype, shape, data_offsets: offsets } = entry
  if (dtype !== 'F32' && dtype !== 'F64') {
    return fail({ code: 'dtype', field: `${name}.dtype`, value: shortText(dtype) })
  }
  const isWeight = name === SAFETENSORS_WEIGHT
  const shapeOk =
    Array.isArray(shape) &&
    shape.length === (isWeight ? 2 : 1) &&
    shape.every(isCount) &&
    shape[0] === 1
  if (!shapeOk) return fail({ code: 'shape', field: `${name}.shape`, value: shortText(shape) })
  const count = isWeight ? (shape[1] as number) : 1
  if (isWeight) {
    const countError = checkWeightCount(count, `${name}.shape`)
    if (countError !== null) return fail(countError)
  }
  const offsetsOk =
    Array.isArray(offsets) &&
    offsets.length === 2 &&
    offsets.every(isCount) &&
    offsets[0] <= offsets[1] &&
    offsets[1] <= dataLength &&
    offsets[1] - offsets[0] === count * DTYPE_BYTES[dtype]
  if (!offsetsOk) {
    return fail({ code: 'offsets', field: `${name}.data_offsets`, value: shortText(offsets) })
  }
  return { ok: true, value: { name, dtype, count, start: offsets[0], end: offsets[1] } }
}

/** The spans, sorted by start, must tile the data exactly: no overlap and no unclaimed byte. */
function checkTiling(spans: TensorSpan[], dataLength: number): ImportError | null {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  let next = 0
  for (const span of sorted) {
    if (span.start < next) return { code: 'overlap', field: `${span.name}.data_offsets` }
    if (span.start > next) return { code: 'uncoveredData', actual: next }
    next = span.end
  }
  return next < dataLength ? { code: 'uncoveredData', actual: next } : null
}

function readValues(data: DataView, span: TensorSpan): Checked<number[]> {
  const size = DTYPE_BYTES[span.dtype]
  const values: number[] = []
  for (let k = 0; k < span.count; k++) {
    const at = span.start + k * size
    const value = span.dtype === 'F32' ? data.getFloat32(at, true) : data.getFloat64(at, true)
    if (!Number.isFinite(value)) {
      return fail({
        code: 'nonFinite',
        field: span.name === SAFETENSORS_BIAS ? span.name : `${span.name}[${k}]`
      })
    }
    values.push(value)
  }
  return { ok: true, value: values }
}

/** __metadata__: an object of strings; "features" and "threshold" read into `imported`. */
function readMetadata(metadata: unknown, imported: ImportedWeights): ImportError | null {
  if (!isPlainObject(metadata)) return { code: 'notAnObject', field: '__metadata__' }
  for (const [key, value] of Object.entries(metadata)) {
    if (typeof value !== 'string') return { code: 'notAString', field: `__metadata__.${key}` }
  }
  if (Object.hasOwn(metadata, 'features')) {
    const field = '__metadata__.features'
    let names: unknown
    try {
      names = JSON.parse(metadata.features as string)
    } catch {
      return { code: 'syntax', field }
    }
    const features = checkFeatureNames(names, field, imported.weights.length)
    if (!features.ok) return features.error
    imported.features = features.value
  }
  if (Object.hasOwn(metadata, 'threshold')) {
    const text = (metadata.threshold as string).trim()
    const field = '__metadata__.threshold'
    // Number('') is 0 and Number('0x1') is 1: only decimal text counts as a number here
    const value = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : text
    const threshold = checkThreshold(value, field)
    if (!threshold.ok) return threshold.error
    imported.threshold = threshold.value
  }
  return null
}

function readHeader(
  bytes: Uint8Array
): Checked<{ header: Record<string, unknown>; data: DataView }> {
  if (bytes.length < PREFIX_BYTES) {
    return fail({ code: 'truncated', actual: bytes.length, expected: PREFIX_BYTES })
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const headerLength = view.getBigUint64(0, true)
  const available = bytes.length - PREFIX_BYTES
  if (headerLength > BigInt(available)) {
    return fail({ code: 'headerLength', value: headerLength.toString(), actual: available })
  }
  const dataStart = PREFIX_BYTES + Number(headerLength)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREFIX_BYTES, dataStart))
  } catch {
    return fail({ code: 'notUtf8', field: 'header' })
  }
  let header: unknown
  try {
    header = JSON.parse(text)
  } catch {
    return fail({ code: 'syntax', field: 'header' })
  }
  if (!isPlainObject(header)) return fail({ code: 'notAnObject', field: 'header' })
  const data = new DataView(bytes.buffer, bytes.byteOffset + dataStart, bytes.length - dataStart)
  return { ok: true, value: { header, data } }
}

export function parseSafetensors(bytes: Uint8Array): ImportResult {
  if (bytes.length > MAX_IMPORT_BYTES) {
    return importFailure({ code: 'tooLarge', actual: bytes.length, limit: MAX_IMPORT_BYTES })
  }
  const read = readHeader(bytes)
  if (!read.ok) return read
  const { header, data } = read.value
  for (const key of Object.keys(header)) {
    if (key !== SAFETENSORS_WEIGHT && key !== SAFETENSORS_BIAS && key !== '__metadata__') {
      return importFailure({ code: 'unknownField', field: key })
    }
  }
  const spans: TensorSpan[] = []
  for (const name of [SAFETENSORS_WEIGHT, SAFETENSORS_BIAS]) {
    if (!Object.hasOwn(header, name)) return importFailure({ code: 'missingField', field: name })
    const span = checkTensor(name, header[name], data.byteLength)
    if (!span.ok) return span
    spans.push(span.value)
  }
  const tilingError = checkTiling(spans, data.byteLength)
  if (tilingError !== null) return importFailure(tilingError)
  const weights = readValues(data, spans[0])
  if (!weights.ok) return weights
  const bias = readValues(data, spans[1])
  if (!bias.ok) return bias
  const imported: ImportedWeights = { weights: weights.value, bias: bias.value[0] }
  if (Object.hasOwn(header, '__metadata__')) {
    const metadataError = readMetadata(header.__metadata__, imported)
    if (metadataError !== null) return importFailure(metadataError)
  }
  return { ok: true, weights: imported }
}
