// The Data panel (t('data.…')). Numbers arrive already formatted (see formatCount).
export default {
  title: 'Data',
  summary: 'Rows: {rows} · Features: {features}',
  toolbar: 'Editing the data',
  fileActions: 'Data files',
  undo: 'Undo',
  redo: 'Redo',
  undoHint: 'Undo the last change to the data (Ctrl+Z)',
  redoHint: 'Redo (Ctrl+Shift+Z or Ctrl+Y)',
  addRow: 'Add row',
  removeRow: 'Remove row {row}',
  removeRowNone: 'Remove row',
  removeRowHint: 'Removes the row of the selected cell',
  addFeature: 'Add feature',
  addFeatureHint: 'Adds a feature column before the label',
  importCsv: 'Import CSV…',
  importHint: 'Choose a CSV file, or drop one on this panel',
  exportCsv: 'Export CSV',
  exportHint: 'Saves the table as {file}',
  loadLab: 'Lab data',
  loadLabHint: "Replaces the table with the lab's six students",
  grid: {
    caption: 'Training data: the features of each row and its 0/1 label',
    rowNumber: 'Row',
    label: 'Label',
    cell: 'Row {row}, {column}',
    labelToggle: 'Row {row} label: {value}',
    featureName: 'Name of feature {index}',
    labelName: 'Name of the label column',
    removeFeature: 'Remove feature {name}',
    empty: 'No rows. Add a row or import a CSV file.',
    help: 'Arrow keys, Enter and Tab move between cells. Paste a block copied from a spreadsheet with Ctrl+V.'
  },
  problem: {
    atRow: 'Row {row}',
    atCell: 'Row {row}, {column}',
    atLine: 'Line {line}',
    atFileRow: 'Line {line} (row {row})',
    atFileCell: 'Line {line} (row {row}), column {column} ({name})',
    notANumber: '{where}: “{value}” is not a number',
    emptyCell: '{where}: the cell is empty',
    nonFinite: '{where}: “{value}” is not a finite number',
    badLabel: '{where}: the label must be 0 or 1, not “{value}”',
    empty: 'The data has no rows',
    noFeatures: 'The data needs at least one feature column before the label',
    labelCount: 'There are {value} labels for {expected} rows',
    ragged: '{where}: number of values before the label: {value}, expected {expected}',
    singleClass: 'Every label is {value}: the model can only learn one class',
    malformed: '{where}: this line could not be read as CSV',
    unclosedQuote: '{where}: a quoted cell is never closed',
    strayQuote: '{where}: a quote inside a quoted cell is not doubled',
    noDelimiter: '{where}: no comma, semicolon or tab separates the cells',
    andMore: '{sentence} (and {count} more)',
    count: 'Problems: {count}',
    goTo: 'Go to the cell',
    trainBlocked: 'Train is unavailable. {reason}'
  },
  import: {
    title: 'Import CSV',
    fileInput: 'CSV file',
    file: 'File: {file}',
    shape: '{rows} rows, {features} features, label “{label}”',
    header: 'Header row: {answer}',
    yes: 'yes',
    no: 'no',
    delimiter: 'Separator: {name}',
    comma: 'comma',
    semicolon: 'semicolon',
    tab: 'tab',
    sampleCaption: 'The first rows of the file',
    someColumns: '(the first {shown} of {columns} columns)',
    line: 'Line',
    problems: 'Problems',
    noProblems: 'No problems found.',
    moreProblems: 'Only the first {count} problems are listed.',
    fixable: 'Cells with problems are imported and marked in the table, so you can fix them there.',
    blocked: 'This file cannot be imported. Fix it and try again.',
    replaces: 'Importing replaces the current table (Undo brings it back).',
    confirm: 'Import',
    cancel: 'Cancel',
    choose: 'Choose a CSV file…',
    chooseTitle: 'Choose a CSV file to import, or drop one on the Data panel.',
    drop: 'Drop the CSV file to preview it',
    reading: 'Reading {file}…',
    readingRows: 'Reading {file}: {rows} rows so far ({percent}%)',
    progress: 'Reading {file}',
    cancelled: 'Import cancelled: reading {file} stopped, and the data is unchanged.',
    close: 'Close',
    chooseAnother: 'Choose another file…',
    tooLarge: '{file} is too large to import (over {limit} MB).',
    unreadable: '{file} could not be read.'
  },
  limit: {
    file: {
      features:
        '{file} has {columns} columns ({features} features and the label): the app opens at most {max} features. Keep fewer columns and import it again.',
      cells:
        '{file} has more than {max} feature cells (rows × features): reading stopped at row {rows}, with {features} features. The app opens at most {max}; keep fewer rows or columns.',
      rows: '{file} has more than {max} rows: reading stopped at row {rows}. The app opens at most {max}.'
    },
    paste: {
      features:
        'Not pasted: the table would have {features} features; it holds at most {max}. The data is unchanged.',
      rows: 'Not pasted: the table would have {rows} rows; it holds at most {max}. The data is unchanged.',
      cells:
        'Not pasted: the table would have {rows} rows of {features} features, {cells} feature cells; it holds at most {max}. The data is unchanged.'
    },
    addRow: {
      features: 'No row added: the table would have {features} features; it holds at most {max}.',
      rows: 'No row added: the table would have {rows} rows; it holds at most {max}.',
      cells:
        'No row added: the table would have {rows} rows of {features} features, {cells} feature cells; it holds at most {max}.'
    },
    addFeature: {
      features:
        'No feature added: the table would have {features} features; it holds at most {max}.',
      rows: 'No feature added: the table would have {rows} rows; it holds at most {max}.',
      cells:
        'No feature added: the table would have {rows} rows of {features} features, {cells} feature cells; it holds at most {max}.'
    }
  },
  notice: {
    lastFeature: 'The last feature cannot be removed: the model needs at least one.',
    emptyName: 'A column needs a name; the old name is kept.',
    pasted: 'Pasted {cells} cells into {rows} rows.',
    pastedDropped: 'Pasted {rows} rows; {dropped} cells right of the label column were left out.',
    imported: 'Imported {rows} rows and {features} features from {file}.',
    exported: 'Saved {rows} rows as {file}.',
    importCancelled: 'Import cancelled; the data is unchanged.',
    undone: 'Undone.',
    redone: 'Redone.'
  }
}
