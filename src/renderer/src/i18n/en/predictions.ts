// The Prediction panel: H(x) per row, the accuracy, and the confusion matrix.
export default {
  title: 'Predictions',
  tableLabel: 'Predictions per row',
  columns: {
    row: '#',
    y: 'y',
    h: 'H(x)',
    prediction: 'Prediction',
    correct: 'Correct?'
  },
  sortBy: 'Sort by {column}',
  correct: 'Correct',
  wrong: 'Wrong',
  accuracy: 'Accuracy',
  accuracyValue: '{value} ({correct} of {rows} rows correct)',
  source: {
    model: 'H(x) from the latest weights, on the current data.',
    initial:
      'Before training: H(x) from the initial weights of the current settings ({init}). Press Train to learn.'
  },
  init: {
    zeros: 'all zeros, so every H(x) is 0.5',
    torch: "PyTorch's nn.Linear init, seed {seed}"
  },
  noData: 'No valid data: fix the Data panel to see predictions.',
  threshold: {
    label: 'Prediction threshold',
    hint: 'Predict 1 when H(x) ≥ threshold. Moving it re-labels the rows at once, without retraining.'
  },
  confusion: {
    title: 'Confusion matrix',
    caption: 'Rows: the true label y. Columns: the prediction.',
    actual1: 'y = 1',
    actual0: 'y = 0',
    predicted1: 'Predicted 1',
    predicted0: 'Predicted 0',
    tp: 'TP (true positive)',
    fp: 'FP (false positive)',
    fn: 'FN (false negative)',
    tn: 'TN (true negative)',
    precision: 'Precision = TP / (TP + FP)',
    recall: 'Recall = TP / (TP + FN)',
    rate: '{value} ({numerator} of {denominator})',
    undefinedValue: '—',
    precisionUndefined: 'Undefined (0 / 0): no row is predicted 1 at this threshold.',
    recallUndefined: 'Undefined (0 / 0): no row has y = 1.'
  }
}
