// The lab notebook's log, exactly as PyTorch prints it (toy data, zeros, SGD lr 1, 1000 epochs,
// log every 100): what the CLI, the runner, the web edition and the desktop app must all print.
export const labLog = [
  'Epoch    0/1000 Cost: 0.693147',
  'Epoch  100/1000 Cost: 0.134722',
  'Epoch  200/1000 Cost: 0.080643',
  'Epoch  300/1000 Cost: 0.057900',
  'Epoch  400/1000 Cost: 0.045300',
  'Epoch  500/1000 Cost: 0.037261',
  'Epoch  600/1000 Cost: 0.031673',
  'Epoch  700/1000 Cost: 0.027556',
  'Epoch  800/1000 Cost: 0.024394',
  'Epoch  900/1000 Cost: 0.021888',
  'Epoch 1000/1000 Cost: 0.019852'
]

/** The lab's logged costs as printed, '0.693147' .. '0.019852'. */
export const labCosts = labLog.map((line) => line.slice(line.lastIndexOf(' ') + 1))
