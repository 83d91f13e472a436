// The state dict as a .safetensors file (the format of huggingface/safetensors):
//   8 bytes   the header's length N, a little-endian unsigned 64-bit integer
//   N bytes   a JSON header, padded with spaces so the data starts at a multiple of 8:
//             {"linear.weight":{"dtype":"F32","shape":[1,d],"data_offsets":[0,4d]},
//              "linear.bias":{"dtype":"F32","shape":[1],"data_offsets":[4d,4d+4]},
//              "__metadata__":{"format":"pt","producer":"Logit Lab","features":"[\"x1\",...]",
//                              "threshold":"0.5"}}
//   the data  the weights then the bias, little-endian, offsets counted from the data's start.
// F32 by default (the lab's model is float32: each value is the float64 rounded to nearest);
// F64 keeps the app's float64 weights exactly. Metadata values are strings, as the format wants.
import { assertExportable, type ExportModel } from './model'

export type SafetensorsDtype = 'F32' | 'F64'

export const SAFETENSORS_WEIGHT = 'linear.weight'
export const SAFETENSORS_BIAS = 'linear.bias'
export const SAFETENSORS_PRODUCER = 'Logit Lab'

export interface SafetensorsOptions {
  dtype?: SafetensorsDtype
}

export const DTYPE_BYTES: Record<SafetensorsDtype, number> = { F32: 4, F64: 8 }

/** The header as UTF-8, padded with spaces so that the data starts at a multiple of 8 bytes. */
function headerBytes(model: ExportModel, dtype: SafetensorsDtype): Uint8Array {
  const d = model.weights.length
  const size = DTYPE_BYTES[dtype]
  const header = {
    [SAFETENSORS_WEIGHT]: { dtype, shape: [1, d], data_offsets: [0, size * d] },
    [SAFETENSORS_BIAS]: { dtype, shape: [1], data_offsets: [size * d, size * (d + 1)] },
    __metadata__: {
      format: 'pt',
      producer: SAFETENSORS_PRODUCER,
      features: JSON.stringify(model.featureNames),
      threshold: String(model.threshold)
    }
  }
  const json = new TextEncoder().encode(JSON.stringify(header))
  const padded = new Uint8Array(Math.ceil(json.length / 8) * 8).fill(0x20)
  padded.set(json)
  return padded
}

export function weightsToSafetensors(
  model: ExportModel,
  options: SafetensorsOptions = {}
): Uint8Array {
  assertExportable(model)
  const dtype = options.dtype ?? 'F32'
  const header = headerBytes(model, dtype)
  const values = [...model.weights, model.bias]
  const size = DTYPE_BYTES[dtype]
  const bytes = new Uint8Array(8 + header.length + size * values.length)
  const view = new DataView(bytes.buffer)
  view.setBigUint64(0, BigInt(header.length), true)
  bytes.set(header, 8)
  const start = 8 + header.length
  values.forEach((value, k) => {
    if (dtype === 'F32') view.setFloat32(start + 4 * k, value, true)
    else view.setFloat64(start + 8 * k, value, true)
  })
  return bytes
}
