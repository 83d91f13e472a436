// The Log panel (t('log.…')).
export default {
  title: 'Log',
  copy: 'Copy',
  copied: 'Copied the log to the clipboard.',
  failed: 'Could not copy: select the lines and press Ctrl+C.',
  empty: 'Press Train: the log lines appear here, as PyTorch prints them.',
  jumpToEnd: 'Latest line'
}
