// The Controls panel (t('controls.…')).
export default {
  title: 'Training',
  train: 'Train',
  pause: 'Pause',
  resume: 'Resume',
  step: 'Step',
  stop: 'Stop',
  reset: 'Reset weights',
  withShortcut: '{action} ({key})',
  noData: 'There is no data to train on.',
  stepUnit: {
    label: 'Step size',
    epoch: 'One epoch',
    logInterval: 'One log interval'
  },
  speed: {
    label: 'Speed',
    max: 'As fast as possible',
    paced: '{rate} epochs/s'
  }
}
