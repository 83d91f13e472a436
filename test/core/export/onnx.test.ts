// The ONNX export, checked by the real runtimes: ONNX Runtime (onnxruntime-node) computes the
// app's H(x) from it, and Debian's onnx 1.12 checker (with full_check: shape inference too)
// accepts it, which is what Netron needs to open it.
//
// Within 1e-6, not exactly: ONNX Runtime takes x in float32 and computes Gemm and Sigmoid in
// float32, the app z in float64 before PyTorch's float32 sigmoid; measured up to 1.2e-7 (two
// float32 ulps of H(x) near 1) on both models.
import { InferenceSession, Tensor } from 'onnxruntime-node'
import { describe, expect, it } from 'vitest'
import { ONNX_IR_VERSION, ONNX_OPSET, weightsToOnnx } from '@core/export'
import { onnx, type OnnxTypes } from '@core/export/onnxProto'
import { trainedCases } from '../../support/exportModels'
import { runPython } from '../../support/python'
import { useTempDir } from '../../support/tempDir'

const TOLERANCE = 1e-6
const temp = useTempDir('onnx')

describe('weightsToOnnx', () => {
  it('writes the toy model as x[N, 2] -> Gemm(x, W[1, 2], B[1], transB=1) -> Sigmoid -> probabilities[N, 1]', () => {
    const { model } = trainedCases()[0]
    const decoded = onnx.ModelProto.decode(weightsToOnnx(model, { producerVersion: '0.1.0' }))
    expect(Number(decoded.irVersion)).toBe(ONNX_IR_VERSION)
    expect(decoded.opsetImport.map((o) => [o.domain, Number(o.version)])).toEqual([
      ['', ONNX_OPSET]
    ])
    expect([decoded.producerName, decoded.producerVersion]).toEqual(['Logit Lab', '0.1.0'])
    expect(decoded.metadataProps.map((p) => [p.key, p.value])).toEqual([
      ['feature_names', '["x1","x2"]'],
      ['threshold', '0.5']
    ])
    expect(decoded.docString).toContain('x = [x1, x2]')
    const graph = decoded.graph as OnnxTypes.GraphProto
    expect(graph.node.map((n) => [n.opType, n.input, n.output])).toEqual([
      ['Gemm', ['x', 'W', 'B'], ['z']],
      ['Sigmoid', ['z'], ['probabilities']]
    ])
    expect((graph.node[0].attribute ?? []).map((a) => [a.name, Number(a.i)])).toEqual([
      ['transB', 1]
    ])
    const shape = (v: OnnxTypes.IValueInfoProto): (string | number)[] =>
      (v.type?.tensorType?.shape?.dim ?? []).map((d) => d.dimParam || Number(d.dimValue))
    expect(graph.input.map((v) => [v.name, v.type?.tensorType?.elemType, shape(v)])).toEqual([
      ['x', onnx.TensorProto.DataType.FLOAT, ['N', 2]]
    ])
    expect(graph.output.map((v) => [v.name, v.type?.tensorType?.elemType, shape(v)])).toEqual([
      ['probabilities', onnx.TensorProto.DataType.FLOAT, ['N', 1]]
    ])
    const [w, b] = graph.initializer
    expect([w.name, (w.dims ?? []).map(Number), w.floatData]).toEqual([
      'W',
      [1, 2],
      model.weights.map(Math.fround)
    ])
    expect([b.name, (b.dims ?? []).map(Number), b.floatData]).toEqual([
      'B',
      [1],
      [Math.fround(model.bias)]
    ])
  })

  for (const { name, model, dataset, evaluation } of trainedCases()) {
    it(`${name}: ONNX Runtime computes the app's H(x) within ${TOLERANCE}`, async () => {
      const session = await InferenceSession.create(weightsToOnnx(model))
      const x = new Tensor('float32', Float32Array.from(dataset.x), [dataset.rows, dataset.cols])
      const { probabilities } = await session.run({ x })
      expect(probabilities.dims).toEqual([dataset.rows, 1])
      const values = Array.from(probabilities.data as Float32Array)
      const gaps = values.map((p, i) => Math.abs(p - evaluation.probabilities[i]))
      console.log('GAP', name, Math.max(...gaps))
      expect(Math.max(...gaps)).toBeLessThanOrEqual(TOLERANCE)
      await session.release()
    })
  }

  it("passes onnx 1.12's checker with full_check (shape inference) for both models", () => {
    const paths = trainedCases().map(({ name, model }) =>
      temp.write(`${name}.onnx`, weightsToOnnx(model))
    )
    const code = [
      'import sys, onnx',
      'for path in sys.argv[1:]:',
      '    model = onnx.load(path)',
      '    onnx.checker.check_model(model, full_check=True)',
      '    inferred = onnx.shape_inference.infer_shapes(model, strict_mode=True)',
      "    print('ok', path, inferred.graph.output[0].type.tensor_type.shape)"
    ].join('\n')
    const { stdout } = runPython(['-c', code, ...paths])
    expect(stdout.match(/^ok /gm)).toHaveLength(paths.length)
  })
})
