// The one-page report to hand in, and the button that prints it (t('report.…')).
export default {
  print: 'Print / Save as PDF',
  printTitle: 'A one-page report of this run: data, settings, log, charts and predictions',
  saved: 'Saved {file}.',
  failed: 'The report could not be saved as {file}.',
  title: 'Logit Lab run report',
  printedAt: 'Printed {date}',
  data: {
    title: 'Data',
    rows: 'Rows',
    features: 'Features',
    classes: 'Classes',
    classCounts: 'y = 0: {zeros} · y = 1: {ones}',
    none: 'No data.'
  },
  settings: {
    title: 'Settings',
    epochs: 'Epochs',
    optimizer: 'Optimizer',
    sgd: 'SGD (lr {lr}, momentum {momentum})',
    adam: 'Adam (lr {lr}, betas {beta1}, {beta2})',
    init: 'Initial weights',
    zeros: 'zeros',
    torch: 'PyTorch nn.Linear (seed {seed})',
    batch: 'Batch',
    fullBatch: 'full batch',
    miniBatch: '{size} rows per mini-batch (seed {seed})',
    threshold: 'Threshold',
    logEvery: 'Log every'
  },
  result: {
    title: 'Result',
    status: 'Run',
    accuracy: 'Accuracy',
    accuracyValue: '{value} ({correct} of {rows} rows)'
  },
  log: {
    title: 'Last log lines',
    empty: 'No run yet.'
  },
  predictions: {
    title: 'Predictions (first rows)',
    row: 'Row',
    label: 'y',
    probability: 'H(x)',
    predicted: 'Predicted',
    correct: 'Right',
    yes: 'yes',
    no: 'no',
    more: 'and {count} more rows',
    moreFeatures: '…'
  }
}
