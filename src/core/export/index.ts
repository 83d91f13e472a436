// Export the trained model in the formats people load elsewhere, and import weights back.
// Kept out of core's index so that code which only trains does not load the ONNX protobuf classes:
// import from '@core/export' (or '../core/export' in the CLI).
export * from './model'
export * from './evaluation'
export * from './limits'
export * from './pythonLiteral'
export * from './weightsJson'
export * from './weightsCsv'
export * from './predictionsCsv'
export * from './safetensors'
export * from './pytorchScript'
export * from './sklearnScript'
export * from './onnx'
export * from './importError'
export * from './importJson'
export * from './importSafetensors'
export * from './importWeights'
