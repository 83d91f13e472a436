// The Compare view (t('compare.…')): runs kept side by side, their curves overlaid and a table of
// their settings and results (issue 12 §3).
export default {
  title: 'Compare runs',
  keep: 'Keep to compare',
  keepHint: 'Keep this finished run to compare it with others (up to {max} runs).',
  outcome: {
    kept: 'Kept for comparison ({count} of {max}).',
    notFinished: 'Only a finished run can be kept: let it run to the end, or stop it first.',
    already: 'This run is kept already.'
  },
  full: {
    title: 'Compare already keeps {max} runs',
    text: 'Remove one of them to keep this run ({label}), or cancel and keep the {max} you have.',
    replace: 'Remove {label}',
    cancel: 'Cancel'
  },
  empty:
    'No runs kept yet. Train, then press “Keep to compare”: keep up to {max} runs (say lr 1 and lr 0.1) and their curves appear here together.',
  showCurrent: 'Show the current run',
  current: 'Current run',
  legend: 'Runs in the charts',
  number: 'Run {n}',
  cost: {
    title: 'Cost per epoch',
    summary: 'Final cost: {values}.',
    file: 'logit-lab-compare-cost.png'
  },
  accuracy: {
    title: 'Accuracy per epoch',
    summary: 'Final accuracy: {values}.',
    file: 'logit-lab-compare-accuracy.png'
  },
  table: {
    caption: 'Kept runs: settings and results',
    run: 'Run',
    optimizer: 'Optimizer',
    lr: 'Learning rate',
    init: 'Initial weights',
    epochs: 'Epochs',
    batch: 'Batch',
    mistakes: 'Mistakes',
    finalCost: 'Final cost',
    accuracy: 'Accuracy',
    weights: 'Weights; bias',
    actions: 'Remove',
    remove: 'Remove',
    removeRun: 'Remove {label} from the comparison'
  },
  removed: 'Removed {label}.',
  undo: 'Undo',
  state: {
    done: 'finished',
    stopped: 'stopped at epoch {epoch}',
    diverged: 'diverged at epoch {epoch}'
  },
  optimizer: {
    sgd: 'SGD',
    adam: 'Adam'
  },
  optimizerDetails: {
    sgd: 'momentum {momentum}',
    nesterov: 'momentum {momentum}, Nesterov',
    adam: 'β₁ {beta1}, β₂ {beta2}'
  },
  init: {
    zeros: 'zeros',
    torch: 'torch init'
  },
  batch: {
    full: 'full batch',
    size: 'batch {size}'
  },
  label: {
    lr: 'lr {lr}',
    momentum: 'momentum {momentum}',
    betas: 'β₁ {beta1}, β₂ {beta2}',
    seed: 'seed {seed}',
    epochs: '{epochs} epochs',
    weightDecay: 'weight decay {decay}',
    threshold: 'threshold {threshold}',
    noMistake: 'no mistake'
  },
  none: 'none'
}
