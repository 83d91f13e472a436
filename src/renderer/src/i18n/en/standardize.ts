// Standardization (t('standardize.…')): the data panel's switch and the Lab view's cell that shows
// the mean and standard deviation used (src/core/standardize.ts).
export default {
  label: 'Standardize features',
  hint: "Trains on x' = (x − μ) / σ per column; the table keeps your numbers.",
  constant: 'Column {column} has the same value in every row (σ = 0): it is left as it is.',
  cell: {
    title: '0. Standardization (switched on in the data panel)',
    formula:
      'x prime j equals x j minus mu j, over sigma j; sigma j squared is the mean of the squared differences from mu j, over the n rows',
    intro:
      "Before training, each feature column j is shifted by its mean μ and divided by its standard deviation σ (the population one, divided by n). The cells below use x'; the table, the plot and the exports stay in your units.",
    column: 'Column',
    mean: 'μ (mean)',
    sd: 'σ (standard deviation)',
    leftAsIs: 'left as it is (σ = 0)'
  }
}
