// A runnable PyTorch script of the trained model in the lab's own code (PyTorch Lab-05's
// BinaryClassifier): the data as x_train / y_train, the weights through load_state_dict, then
// the lab's evaluation cell, printing H(x) and the accuracy at the model's threshold.
//
// The weights either sit in the script (torch.tensor of the float64 values written as Python
// floats, which torch rounds to float32 exactly as Math.fround does) or come from a .safetensors
// file beside it (safetensors.ts), read by a few lines of json/struct/torch.frombuffer since
// Debian has no python3-safetensors.
import type { Dataset } from '../dataset'
import { assertExportable, type ExportModel } from './model'
import { pythonData } from './pythonData'
import { pythonFloat, pythonFloatList, pythonString } from './pythonLiteral'
import { SAFETENSORS_READER } from './safetensorsReader'

export interface PytorchScriptOptions {
  /**
   * Load the weights from this .safetensors file (a name beside the script, e.g.
   * "model.safetensors", written by weightsToSafetensors) instead of writing them in the script.
   */
  safetensorsFile?: string
}

function inlineStateDict(model: ExportModel): string {
  const d = model.weights.length
  return [
    "# The trained weights: Python floats that are exactly the app's float64 values;",
    "# torch.tensor rounds them to float32, the dtype of the lab's model.",
    'model.load_state_dict({',
    `    'linear.weight': torch.tensor([${pythonFloatList(model.weights)}]),  # shape [1, ${d}]`,
    `    'linear.bias': torch.tensor([${pythonFloat(model.bias)}]),  # shape [1]`,
    '})'
  ].join('\n')
}

function safetensorsStateDict(file: string): string {
  return [
    `weights_file = os.path.join(os.path.dirname(os.path.abspath(__file__)), ${pythonString(file)})`,
    'state_dict, metadata = load_safetensors(weights_file)',
    '# load_state_dict checks the names and shapes ([1, d] and [1]) and copies into float32.',
    'model.load_state_dict(state_dict)'
  ].join('\n')
}

/**
 * The lab's `prediction = hypothesis >= torch.FloatTensor([0.5])`. A threshold float32 cannot
 * hold (0.35, say) would be rounded by FloatTensor, possibly below itself, and flip a row whose
 * H(x) lies between the two; a DoubleTensor compares with the exact value, as the app does.
 */
function torchPrediction(threshold: number): string[] {
  if (Math.fround(threshold) === threshold) {
    return [`prediction = hypothesis >= torch.FloatTensor([${pythonFloat(threshold)}])`]
  }
  return [
    '# float64: the threshold has no exact float32, and the app compares H(x) with its exact value.',
    `prediction = hypothesis >= torch.DoubleTensor([${pythonFloat(threshold)}])`
  ]
}

export function pytorchScript(
  model: ExportModel,
  dataset: Dataset,
  options: PytorchScriptOptions = {}
): string {
  assertExportable(model, dataset)
  const d = model.weights.length
  const file = options.safetensorsFile
  const imports =
    file === undefined
      ? ['import torch', 'import torch.nn as nn']
      : ['import json', 'import os', 'import struct', '', 'import torch', 'import torch.nn as nn']
  return [
    '# Logit Lab: the trained logistic regression in PyTorch, as in Lab-05.',
    `# H(x) = sigmoid(xW + b); predict 1 where H(x) >= ${pythonFloat(model.threshold)}.`,
    '# Run: python3 this_file.py (needs PyTorch).',
    ...imports,
    '',
    pythonData(dataset, { columnLabels: true }),
    'x_train = torch.FloatTensor(x_data)',
    'y_train = torch.FloatTensor(y_data)',
    '',
    '',
    'class BinaryClassifier(nn.Module):',
    '    def __init__(self):',
    '        super().__init__()',
    `        self.linear = nn.Linear(${d}, 1)`,
    '        self.sigmoid = nn.Sigmoid()',
    '',
    '    def forward(self, x):',
    '        return self.sigmoid(self.linear(x))',
    '',
    '',
    ...(file === undefined ? [] : [SAFETENSORS_READER, '', '']),
    'model = BinaryClassifier()',
    file === undefined ? inlineStateDict(model) : safetensorsStateDict(file),
    '',
    'hypothesis = model(x_train)',
    'print(hypothesis)',
    ...torchPrediction(model.threshold),
    'correct_prediction = prediction.float() == y_train',
    'accuracy = correct_prediction.sum().item() / len(correct_prediction)',
    "print('The model has an accuracy of {:2.2f}% for the training set.'.format(accuracy * 100))",
    ''
  ].join('\n')
}
