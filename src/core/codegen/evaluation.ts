// The lab's evaluation cell after training, printing what the CLI's `train` prints after its log
// (src/cli/report.ts finalLines): the weights, the bias, H(x) per row to 4 decimals, the
// predictions and the lab's accuracy sentence, so the two outputs compare line by line.
import type { CodeComments } from './comments'
import type { ModelCode } from './model'

/** A helper the evaluation prints with, defined before it (two blank lines around, as PEP 8). */
export const AS_LIST_HELPER = [
  'def as_list(values, spec):',
  "    return '[' + ', '.join(spec.format(v) for v in values) + ']'"
]

export function evaluationLines(model: ModelCode, threshold: string, text: CodeComments): string[] {
  return [
    ...AS_LIST_HELPER,
    '',
    '',
    `# ${text.evaluation}`,
    `hypothesis = ${model.hypothesis('x_train')}`,
    `prediction = hypothesis >= ${threshold}`,
    'correct_prediction = prediction.float() == y_train',
    'accuracy = correct_prediction.sum().item() / len(correct_prediction)',
    `print('Weights: ' + as_list(${model.weights}, '{:.4f}'))`,
    `print('Bias: {:.4f}'.format(${model.bias}))`,
    "print('Probabilities: ' + as_list(hypothesis.view(-1).tolist(), '{:.4f}'))",
    "print('Predictions: ' + as_list(prediction.view(-1).tolist(), '{:d}'))",
    "print('The model has an accuracy of {:2.2f}% for the training set.'.format(accuracy * 100))"
  ]
}
