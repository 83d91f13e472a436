// Exporting the trained model and importing weights (t('export.…')).
export default {
  open: 'Export…',
  title: 'Export the model',
  intro: 'Each file is saved on its own; in the browser it is a download.',
  close: 'Close',
  choices: {
    weightsJson: 'Weights (JSON)',
    weightsCsv: 'Weights (CSV)',
    predictionsCsv: 'Predictions (CSV)',
    pytorch: 'PyTorch script (.py, weights inside)',
    pytorchSafetensors: 'PyTorch script + weights (.safetensors), in one .zip',
    safetensors: 'Weights (.safetensors)',
    onnx: 'ONNX model (.onnx)',
    sklearn: 'scikit-learn script (.py)',
    pytorchCode: 'PyTorch training code (.py)',
    pytorchCodeModule: 'PyTorch training code, nn.Module style (.py)'
  },
  blocked: {
    noModel: 'Train first: there is no trained model yet.',
    noData: 'The data has problems to fix first.',
    issue: {
      noWeights: 'The model has no weights.',
      featureNameCount: 'The feature names do not match the weights.',
      notFloat32: 'The value {field} does not fit in a 32-bit float.',
      threshold: 'The threshold is not between 0 and 1.',
      dataWidth: 'The data has a different number of features than the model.'
    }
  },
  importWeights: 'Import weights…',
  importHint: 'A weights JSON or .safetensors file, evaluated on the current data.',
  message: {
    exported: 'Exported {files}.',
    exportFailed: 'Could not export: {message}.',
    imported: 'Showing the model from {file}. Training starts over from the settings.',
    importedThreshold: 'Its threshold {threshold} is now set.',
    nameWarning:
      'Feature {index} is called “{actual}” in the file and “{expected}” here; the weights apply by position.',
    importRefused: 'Could not import {file}: {reason}.',
    importMismatch:
      'Could not import {file}: it has {actual} weights and the data has {expected} features.',
    importUnreadable: 'Could not read {file}.'
  },
  importError: {
    tooLarge: 'the file is {actual} bytes, at most {limit} are allowed',
    notUtf8: 'the text is not UTF-8',
    syntax: 'it is not valid JSON',
    notAnObject: '{field} is not an object',
    missingField: 'the field {field} is missing',
    unknownField: '{field} is not a field of this format',
    format: 'its "format" is {value}, not a Logit Lab weights file',
    notAList: 'the field {field} is not a list',
    notANumber: 'the field {field} is not a number',
    nonFinite: 'the field {field} is not a finite number',
    notAString: 'the field {field} is not text',
    noWeights: 'it has no weights',
    tooManyWeights: 'it has {actual} weights, at most {limit} are allowed',
    count: 'it names {actual} features for {expected} weights',
    nameLength: 'a feature name is {actual} characters long, at most {limit} are allowed',
    threshold: 'the threshold {value} is not between 0 and 1',
    truncated: 'the file is cut short',
    headerLength: 'its header runs past the end of the file',
    dtype: 'the field {field} has the type {value}, not F32 or F64',
    shape: 'the field {field} has the shape {value}',
    offsets: 'the field {field} points outside the data',
    overlap: 'two tensors share their bytes',
    uncoveredData: 'the file holds bytes that belong to no tensor'
  }
}
