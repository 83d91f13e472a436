// The ONNX protobuf classes from the onnx-proto package (protobufjs code generated from
// onnx.proto; IR version 8). The package is CommonJS (`module.exports = { onnx }`) while its
// types declare an ES named export: Node's ES module loader (tsx, Vitest, the CLI) cannot see
// that name and offers the whole module as `default`, bundlers offer the name too. This takes
// whichever is there, so every caller imports `onnx` from here.
import * as onnxProtoModule from 'onnx-proto'
import type { onnx as OnnxTypes } from 'onnx-proto'

/** The message interfaces (onnx.IModelProto...), for types. */
export type { OnnxTypes }

type OnnxProtoModule = typeof onnxProtoModule
const loaded = onnxProtoModule as OnnxProtoModule & { default?: OnnxProtoModule }

export const onnx = (loaded.default ?? loaded).onnx
