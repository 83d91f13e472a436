// The Settings panel (t('settings.…')). Hints are the short explanations shown on hover and focus.
export default {
  title: 'Settings',
  resetToLab: 'Lab settings',
  lockedNote: 'Locked while a run is active. The threshold and the speed stay live.',
  invalidNote: 'Fix the settings marked in red to train.',
  init: {
    label: 'Initial weights',
    hint: "Where gradient descent starts. Zeros is the lab's choice; PyTorch init draws small random weights like nn.Linear, from the seed.",
    zeros: 'Zeros (the lab)',
    torch: 'PyTorch nn.Linear'
  },
  seed: {
    label: 'Seed',
    hint: 'torch.manual_seed(seed): the same seed gives the same initial weights and the same order of mini-batches.'
  },
  optimizer: {
    label: 'Optimizer',
    hint: 'How the weights move downhill. SGD steps against the gradient; Adam adapts the step of each weight.',
    sgd: 'SGD',
    adam: 'Adam'
  },
  lr: {
    label: 'Learning rate',
    slider: 'Learning rate, log scale',
    hint: 'The size of each step. Too small and learning crawls; too large and the cost jumps around or overflows.'
  },
  momentum: {
    label: 'Momentum',
    hint: 'Keeps part of the previous step, which smooths and speeds up descent. 0 is plain SGD.'
  },
  nesterov: {
    label: 'Nesterov',
    hint: 'Takes the gradient a step ahead along the momentum. Needs a momentum above 0.'
  },
  beta1: {
    label: 'Adam β1',
    hint: 'How much Adam averages past gradients. PyTorch uses 0.9.'
  },
  beta2: {
    label: 'Adam β2',
    hint: 'How much Adam averages past squared gradients, which sets each step size. PyTorch uses 0.999.'
  },
  eps: {
    label: 'Adam ε',
    hint: 'Added to the denominator so a step never divides by zero. PyTorch uses 1e-8.'
  },
  weightDecay: {
    label: 'L2 weight decay',
    hint: 'Pulls the weights toward 0 at every step (adds decay × w to the gradient). 0 turns it off.'
  },
  epochs: {
    label: 'Epochs',
    hint: 'N: the loop runs epochs 0 to N, like range(nb_epochs + 1) in the lab.'
  },
  logEvery: {
    label: 'Log every',
    hint: 'A log line for every epoch divisible by this number.'
  },
  threshold: {
    label: 'Threshold',
    slider: 'Threshold slider',
    hint: 'Predict 1 when H(x) ≥ threshold. Changing it updates the predictions at once, without retraining.'
  },
  batch: {
    label: 'Batches',
    hint: 'Full batch takes one step per epoch over every row (the lab). Mini-batches shuffle the rows each epoch and take one step per batch.',
    full: 'Full batch',
    mini: 'Mini-batches'
  },
  batchSize: {
    label: 'Batch size',
    hint: 'Rows per mini-batch. The last batch of an epoch may be smaller.'
  },
  errors: {
    empty: 'Enter a number.',
    notANumber: 'Not a number.',
    notInteger: 'Enter a whole number.',
    atLeast: 'Must be at least {limit}.',
    greaterThan: 'Must be greater than {limit}.',
    atMost: 'Must be at most {limit}.',
    lessThan: 'Must be less than {limit}.',
    needsMomentum: 'Nesterov needs a momentum above 0.',
    tooManyLogLines: 'At most {lines} log lines a run: log every {limit} epochs or more.'
  }
}
