// The Charts panel: cost and accuracy per epoch, and the data with the decision line.
export default {
  title: 'Charts',
  epoch: 'Epoch',
  tooltipEpoch: 'Epoch {epoch}',
  logged: 'Logged epochs',
  cost: {
    title: 'Cost per epoch',
    series: 'Cost',
    axis: 'Cost',
    logScale: 'Log scale',
    summary: 'Latest: epoch {epoch}, cost {value}. Lowest: {lowest} at epoch {lowestEpoch}.',
    file: 'logit-lab-cost.png'
  },
  accuracy: {
    title: 'Accuracy per epoch',
    series: 'Accuracy',
    axis: 'Accuracy',
    summary: 'Latest: epoch {epoch}, accuracy {value}. Highest: {highest} at epoch {highestEpoch}.',
    file: 'logit-lab-accuracy.png'
  },
  empty: 'No training yet: press Train and the curve streams in here.',
  downsampled:
    'Long run: past the first epochs the curve is drawn from a min/max envelope; logged epochs are exact.',
  tools: {
    short: {
      zoomIn: '+',
      zoomOut: '−',
      panLeft: '◀',
      panRight: '▶',
      resetZoom: '1:1',
      savePng: 'PNG'
    },
    label: '{chart}: chart tools',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    panLeft: 'Pan left',
    panRight: 'Pan right',
    resetZoom: 'Reset zoom',
    savePng: 'Save as PNG',
    keyboard:
      'Chart keys: + and - zoom, left and right arrows pan, 0 resets the zoom. Mouse: wheel or pinch to zoom, drag to pan.'
  },
  model: {
    label: 'Model',
    parameters: 'Weights',
    sigmoid: 'sigmoid',
    text: 'The model now: {formula}'
  },
  boundary: {
    title: 'Data and decision line',
    file: 'logit-lab-decision-line.png',
    class0: 'y = 0 (fail)',
    class1: 'y = 1 (pass)',
    line: 'Decision line (H(x) = {threshold})',
    lineLabel: 'Line',
    equation: 'Line: {expression} = logit({threshold}) = {level}',
    zeroWeights:
      'Both weights are 0, so H(x) is the same for every point and there is no line yet. Train to move it.',
    outside: 'The decision line is outside the plotted area: every point is on the same side.',
    extremeThreshold: 'With a threshold of 0 or 1 there is no line: every point falls on one side.',
    nonFinite: 'The weights are not finite numbers (the run diverged), so there is no line.',
    needsTwo: 'The decision plot needs at least two features. This data has {d}.',
    noData: 'No valid data to plot yet.',
    sampled: 'Showing {shown} of {total} rows.',
    summary: '{rows} rows plotted, {x1} across and {x2} up.',
    wrongCount: '{count} of them predicted wrongly (ringed).',
    wrong: 'Wrong',
    mark: 'Picked row',
    shading: 'Shading: H(x), from y = 0 (0) through the line ({threshold}) to y = 1 (1)',
    shadingShort: 'H(x)',
    heldAtMean: 'The other features are held at their mean: {list}.',
    edit: {
      tools: '{chart}: editing tools',
      newClass: 'New point',
      class0: 'y = 0',
      class1: 'y = 1',
      newAs0: 'Points added by clicking get y = 0 (Shift-click: y = 1)',
      newAs1: 'Points added by clicking get y = 1 (Shift-click: y = 0)',
      resetView: 'Reset view',
      across: 'Across',
      up: 'Up',
      short: 'Click: add · drag: move · right-click or Delete: remove',
      hint: 'Click the plot to add a point (Shift-click: the other class), drag a point to move it, right-click it (or pick it and press Delete) to remove it. Undo takes an edit back; the table can do the same from the keyboard.',
      locked: 'The plot cannot be edited while a run is active: stop it or let it finish.'
    }
  }
}
