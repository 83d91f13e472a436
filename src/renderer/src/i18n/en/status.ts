// The status line under the controls (t('status.…')).
export default {
  epoch: 'Epoch {epoch}/{total}',
  rate: '{rate} epochs/s',
  states: {
    idle: 'Ready',
    starting: 'Starting…',
    running: 'Running',
    paused: 'Paused',
    done: 'Done',
    stopped: 'Stopped',
    diverged: 'Diverged',
    error: 'Error'
  },
  diverged:
    'At epoch {epoch} the {quantity} overflowed to infinity or NaN. Scaling the input data or lowering the learning rate might help.',
  quantities: {
    cost: 'cost',
    gradients: 'gradients',
    weights: 'weights'
  },
  workerCrashed:
    'The training worker crashed ({detail}). The app still works: press Train to start a new run.',
  workerLoss: {
    unknownMessage: 'it sent a message the app does not understand',
    unreadableMessage: 'one of its messages could not be read',
    stopped: 'it stopped without saying why',
    exited: 'exit code {code}'
  },
  apiErrors: {
    invalidPayload: 'The trainer refused the request ({detail}).',
    invalidData: 'The trainer refused the data ({detail}).',
    tooLarge: 'The request was too large for the trainer ({detail}).',
    busy: 'The previous run is still starting. Try again in a moment.',
    noSuchRun: 'That run has already ended.',
    internal: 'The trainer failed ({detail}). Press Train to try again.'
  }
}
