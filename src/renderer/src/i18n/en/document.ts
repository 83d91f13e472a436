// The document: its file, saving and opening, backups and recovery (t('document.…')).
export default {
  area: 'File',
  untitled: 'Untitled',
  new: 'New',
  open: 'Open…',
  save: 'Save',
  saveAs: 'Save As…',
  busy: 'Working…',
  edited: 'Edited',
  editedLabel: 'has unsaved changes',
  windowTitle: '{name} — {app}',
  continueRun: 'Continue',
  message: {
    saved: 'Saved as {file}.',
    opened: 'Opened {file}.',
    restored: 'Your work is back as you left it.',
    newDocument: 'A new, untitled document.',
    dismiss: 'Dismiss'
  },
  action: {
    save: 'Could not save {file}: {reason}. Your work is still open and unsaved.',
    open: 'Could not open {file}: {reason}. Nothing open was changed.',
    new: 'Could not start a new document: {reason}.',
    backup: 'Could not keep a backup of your work: {reason}. Save a file to keep it.',
    recover: 'Could not restore the work: {reason}.',
    aFile: 'the file'
  },
  fileReason: {
    notFound: 'the file is not there any more',
    notAllowed: 'permission to use the file was not given',
    readOnly: 'the file is read-only',
    locked: 'another program is using the file',
    diskFull: 'there is no space left',
    isDirectory: 'it is a folder',
    tooLarge: 'the file is too large',
    notSessionOrCsv: 'only Logit Lab sessions (.logitlab) and CSV files can be opened',
    other: 'an unexpected error'
  },
  sessionError: {
    tooLarge: 'the file is {actual} bytes and a session may be at most {limit} bytes',
    empty: 'the file is empty',
    notJson: 'the file is not JSON',
    truncated: 'the file ends too early (it was cut off, perhaps while being saved)',
    tooDeep: 'the file nests {actual} levels deep; a session nests at most {limit}',
    notSession: 'the file is not a Logit Lab session',
    notSessionFormat: 'the file is not a Logit Lab session (its field "format" is not ours)',
    futureVersion:
      'it is a version {version} session from a newer Logit Lab; this one reads up to version {newest}',
    unknownVersion: 'it is a version {version} session, which this Logit Lab cannot read',
    migrationFailed: 'it could not be updated from session version {version}',
    invalidField: {
      type: 'the field {field} is missing or of the wrong type',
      value: 'the field {field} holds a value that is not allowed there',
      unknownKey: '{field} is not a field of a session',
      order: 'the values of {field} are not in ascending order'
    },
    tooMany: 'the field {field} holds {actual} {what}; at most {limit} are allowed',
    counts: {
      rows: 'rows',
      features: 'features',
      cells: 'cells',
      historyPoints: 'history points',
      logLines: 'log lines'
    },
    tooLong: 'the field {field} is {actual} characters long; at most {limit} are allowed',
    mismatch: {
      length: 'the field {field} holds {actual} values where {expected} are expected',
      value: 'the field {field} is {actual} where {expected} is expected'
    },
    internal: 'an internal error ({message})'
  },
  failed: 'something went wrong ({message})',
  kept: {
    browser:
      'Your work is kept in this browser (last at {time}), so a reload brings it back. The browser may delete it when space runs low or when site data is cleared: save a file to be sure.',
    persisted: 'The browser has promised to keep it until you clear this site’s data.'
  },
  recovery: {
    title: 'Work from an earlier visit was found',
    body: '“{name}”, kept at {time}. Restore it, or discard it for good?',
    restore: 'Restore',
    discard: 'Discard'
  },
  unsaved: {
    title: 'Save the changes to “{name}”?',
    new: 'A new document replaces the one open now.',
    open: 'Opening a file replaces the document open now.',
    drop: 'Opening {file} replaces the document open now.',
    external: 'Opening {file} replaces the document open now.',
    link: 'Opening the lesson link replaces the document open now.',
    close: 'The window is closing.',
    quit: 'Logit Lab is quitting.',
    lost: 'Changes you do not save are lost.',
    save: 'Save',
    discard: 'Don’t Save',
    cancel: 'Cancel'
  },
  drop: 'Drop a .logitlab session or a CSV file to open it'
}
