// The model as ONNX, for Netron, ONNX Runtime and anything else that loads .onnx files:
//   input  x              float32 [N, d]   (N symbolic: any number of rows)
//   z = Gemm(x, W, B, transB=1)            W float32 [1, d] (nn.Linear's weight), B float32 [1]
//   output probabilities  = Sigmoid(z), float32 [N, 1]
// opset 13, IR version 8 (what Debian's onnx 1.12 checker accepts). W and B are the app's
// float64 weights rounded to float32, as PyTorch's model holds them. The feature names and the
// threshold go into metadata_props (and, readable in Netron's model panel, the doc_string).
// Encoded by the onnx-proto package's protobufjs classes.
import { assertExportable, type ExportModel } from './model'
import { onnx, type OnnxTypes } from './onnxProto'

export const ONNX_IR_VERSION = 8
export const ONNX_OPSET = 13
export const ONNX_PRODUCER = 'Logit Lab'
export const ONNX_INPUT = 'x'
export const ONNX_OUTPUT = 'probabilities'
/** metadata_props keys: the feature names as a JSON array, the threshold as decimal text. */
export const ONNX_FEATURES_KEY = 'feature_names'
export const ONNX_THRESHOLD_KEY = 'threshold'

export interface OnnxOptions {
  /** The app's version, for producer_version. */
  producerVersion?: string
}

const FLOAT = onnx.TensorProto.DataType.FLOAT

/** A float32 tensor type with these dimensions (a string is a symbolic one). */
function floatType(dims: (number | string)[]): OnnxTypes.ITypeProto {
  const dim = dims.map((size) =>
    typeof size === 'string' ? { dimParam: size } : { dimValue: size }
  )
  return { tensorType: { elemType: FLOAT, shape: { dim } } }
}

function docString(model: ExportModel): string {
  return (
    'Logistic regression trained in Logit Lab: probabilities = H(x) = sigmoid(x W^T + B), ' +
    `x = [${model.featureNames.join(', ')}]; predict 1 where H(x) >= ${model.threshold}.`
  )
}

export function weightsToOnnx(model: ExportModel, options: OnnxOptions = {}): Uint8Array {
  assertExportable(model)
  const d = model.weights.length
  const graph: OnnxTypes.IGraphProto = {
    name: 'logistic_regression',
    node: [
      {
        name: 'linear',
        opType: 'Gemm',
        input: [ONNX_INPUT, 'W', 'B'],
        output: ['z'],
        attribute: [{ name: 'transB', type: onnx.AttributeProto.AttributeType.INT, i: 1 }]
      },
      { name: 'sigmoid', opType: 'Sigmoid', input: ['z'], output: [ONNX_OUTPUT] }
    ],
    initializer: [
      // float_data is a float field: protobufjs writes each value rounded to float32
      { name: 'W', dataType: FLOAT, dims: [1, d], floatData: [...model.weights] },
      { name: 'B', dataType: FLOAT, dims: [1], floatData: [model.bias] }
    ],
    input: [{ name: ONNX_INPUT, type: floatType(['N', d]), docString: 'one row per example' }],
    output: [{ name: ONNX_OUTPUT, type: floatType(['N', 1]), docString: 'H(x) per row' }]
  }
  const proto = onnx.ModelProto.create({
    irVersion: ONNX_IR_VERSION,
    opsetImport: [{ domain: '', version: ONNX_OPSET }],
    producerName: ONNX_PRODUCER,
    producerVersion: options.producerVersion ?? '',
    docString: docString(model),
    graph,
    metadataProps: [
      { key: ONNX_FEATURES_KEY, value: JSON.stringify(model.featureNames) },
      { key: ONNX_THRESHOLD_KEY, value: String(model.threshold) }
    ]
  })
  return onnx.ModelProto.encode(proto).finish()
}
