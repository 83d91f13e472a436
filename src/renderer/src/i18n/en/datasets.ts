// The built-in data sets (t('datasets.…')): each set's name and one-line story, keyed by the ids
// of src/core/datasets/registry.ts (nameKey, storyKey, noiseKey), and the labels of their settings.
export default {
  sets: {
    lab: {
      name: "The lab's six students",
      story:
        'Six students: hours of lecture and hours of lab, and who passed. The data of the lab itself.'
    },
    iris: {
      name: 'Iris: setosa or versicolor',
      story:
        "Fisher's irises (1936): tell setosa from versicolor by the sepal's length and width. A straight line can, but only just."
    },
    iris4: {
      name: 'Iris: versicolor or virginica (4 features)',
      story:
        'Versicolor or virginica, from all four measurements: these two overlap, so no straight line gets every flower right.'
    },
    blobs: {
      name: 'Two clouds',
      story: 'Two clouds of points, one per class: the more noise, the more they overlap.',
      noise: 'Spread of each cloud (overlap)'
    },
    separable: {
      name: 'Linearly separable',
      story: 'Two classes with an empty strip between them: a straight line can always split them.',
      noise: 'Spread of the points (the strip stays empty)'
    },
    xor: {
      name: 'XOR',
      story:
        'Class 1 in two opposite corners, class 0 in the other two: what a straight line cannot do. Polynomial features can.',
      noise: 'Spread around each corner'
    }
  },
  picker: {
    open: 'Data sets…',
    openHint: 'Load a built-in data set: the lab, Iris, or generated points',
    title: 'Built-in data sets',
    set: 'Data set',
    shape: '{rows} rows, {features} features',
    load: 'Load',
    cancel: 'Cancel',
    replaces: 'Loading replaces the table; Undo brings the current one back.'
  },
  errors: {
    notANumber: '{field}: “{value}” is not a number',
    outOfRange: '{field} must be from {min} to {max}',
    outOfRangeWhole: '{field} must be a whole number from {min} to {max}',
    notApplicable: '{field} does not apply to this data set'
  },
  notice: {
    loaded:
      'Loaded “{name}”: {rows} rows, {features} features. Undo brings the previous table back.'
  },
  boundary: {
    curve:
      'The boundary is a curve: the model also uses x1², x2² and x1·x2, which the plot computes from x1 and x2.'
  },
  params: {
    rows: 'Rows',
    seed: 'Data seed',
    polynomial: 'Polynomial features (x1², x2², x1·x2)',
    polynomialHint: 'Adds x1², x2² and x1·x2 as features, so the boundary can bend'
  }
}
