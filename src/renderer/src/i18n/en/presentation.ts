// Presentation mode: the header's switch and what it announces (t('presentation.…')).
export default {
  enter: 'Present',
  enterTitle: 'Presentation mode: large type, only the charts, the log and the run controls (F5)',
  leave: 'Leave presentation',
  leaveTitle: 'Back to every panel (Esc or F5)',
  entered: 'Presentation mode. Press Esc to leave.',
  left: 'Presentation mode ended.'
}
