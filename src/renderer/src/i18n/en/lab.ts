// The results column's views (t('lab.…')): Charts | Lab | Code | Compare, the Lab view's cells,
// the PyTorch code mirror, and the note on chaotic runs (log, status line, cost chart).
export default {
  views: {
    label: 'Results view',
    charts: 'Charts',
    lab: 'Lab',
    code: 'Code',
    compare: 'Compare'
  },
  title: 'Lab: the notebook, live',
  intro:
    "PyTorch Lab-05's cells in order, with this data and the weights shown now ({source}). Press Next step and watch the numbers move.",
  source: {
    model: 'after epoch {epoch}',
    initial: 'the weights training starts from'
  },
  waitsForPause: 'Large data: while a run trains, these numbers change when it pauses or ends.',
  nextStep: 'Next step',
  nextStepHint: 'Runs one more epoch of the real run, then pauses.',
  epochNow: 'Epoch {epoch}',
  noData: 'The lab needs data the trainer accepts: fix the table first.',
  rowsOmitted: '… and {count} more rows, not shown.',
  row: 'Row',
  equals: 'prints',
  cells: {
    exp: { title: '1. e and the sigmoid' },
    hypothesis: {
      title: '2. The hypothesis H(X)',
      formula: 'H(X) = 1 over 1 plus e to the minus (X W plus b)',
      weights: 'W = {w}, b = {b}',
      z: 'z = XW + b',
      byFormula: '1 / (1 + exp(−z))',
      bySigmoid: 'sigmoid(z)'
    },
    cost: {
      title: '3. The cost',
      formula:
        'cost of one element: minus y log H of x, minus 1 minus y times log of 1 minus H of x; the cost is their mean',
      element: 'The cost of the first element',
      losses: 'losses',
      loss: 'loss',
      mean: 'cost = losses.mean()',
      bce: 'F.binary_cross_entropy',
      agree:
        'The three agree: the first loss is the first element’s cost, and the mean of the losses is F.binary_cross_entropy.',
      disagree:
        'They do not agree: in {rows} rows H(x) is exactly 0 or 1 in float32, so the formula takes log(0) = −inf and gives inf or nan (0 × −inf). F.binary_cross_entropy clamps each log at −100: such a row costs at most 100, and nothing when its label makes that term 0.'
    },
    step: {
      title: '4. One step of gradient descent',
      formula:
        'the gradient of the cost with respect to W is the mean of (H minus y) times x; W becomes W minus the learning rate times the gradient',
      error: 'H − y',
      gradientTerm: '(H − y)·x',
      notPlain:
        'With {optimizer} the real step also uses the optimizer’s own state (momentum, Adam’s averages, weight decay) or mini-batches; the line above is the plain gradient step for comparison.',
      optimizers: {
        sgd: 'these SGD settings',
        adam: 'Adam',
        batches: 'mini-batches'
      }
    },
    evaluation: {
      title: '5. Evaluation',
      hypothesis: 'hypothesis',
      prediction: 'prediction',
      correct: 'correct_prediction',
      label: 'y',
      accuracy: 'accuracy = {accuracy} ({correct} of {rows} rows)',
      yes: 'True',
      no: 'False'
    }
  },
  code: {
    title: 'PyTorch code',
    intro:
      'The lab’s code for this data and these settings. Run with PyTorch (python3 lab.py) it prints the log lines Logit Lab prints.',
    style: 'Code style',
    styles: {
      'low-level': 'Low-level (W, b)',
      module: 'nn.Module'
    },
    copy: 'Copy',
    copied: 'Copied the code to the clipboard.',
    copyFailed: 'Could not copy: select the code and press Ctrl+C.',
    download: 'Download .py',
    fileName: 'logit-lab.py',
    onDemand:
      'Large data ({rows} rows): the code holds every row, so it is made when you press Copy or Download (this can take a few seconds).',
    noData: 'The code needs data the trainer accepts: fix the table first.',
    settingsInvalid: 'A setting is not valid yet: the code follows the last valid settings.',
    linesOmitted:
      '… {count} more lines of data are not shown here; Copy and Download give the whole file.',
    label: 'The PyTorch code'
  },
  chaos: {
    log: 'Note: from epoch {epoch} on, this run is chaotic. The learning rate is too large for this data: the cost swings, and tiny rounding differences grow until PyTorch prints other numbers. A smaller learning rate makes the numbers agree again.',
    status:
      'Chaotic from epoch {epoch}: PyTorch would print other numbers. A smaller learning rate makes them agree again.',
    chart: 'Chaotic from epoch {epoch}'
  }
}
