// The keyboard shortcuts overlay (t('help.…')).
export default {
  title: 'Keyboard shortcuts',
  intro: 'They work anywhere in the window, except while typing in a field.',
  keyColumn: 'Key',
  actionColumn: 'Action',
  close: 'Close',
  keys: {
    space: 'Space',
    s: 'S',
    r: 'R',
    question: '?',
    f5: 'F5',
    escape: 'Esc'
  },
  actions: {
    trainPause: 'Train, or pause and resume the run',
    step: 'Step: one epoch or one log interval, as chosen in Controls',
    reset: 'Reset the weights',
    help: 'Show this list',
    present: 'Presentation mode on or off',
    close: 'Close this list, or leave presentation mode'
  }
}
