// `npm run cli -- --help`: usage, every command and every option (from the option table).
import { datasetHelpLines } from './dataHelp'
import { cliOptions, type OptionInfo } from './optionTable'

const WIDTH = 100

function wrap(text: string, indent: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && indent + line.length + 1 + word.length > WIDTH) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  return [...lines, line]
}

export function helpText(): string {
  const entries = Object.entries(cliOptions) as [string, OptionInfo][]
  const labels = entries.map(
    ([name, info]) =>
      (info.short ? `-${info.short}, ` : '') + `--${name}` + (info.value ? ` ${info.value}` : '')
  )
  const column = Math.max(...labels.map((l) => l.length)) + 4
  const rows = entries.flatMap(([, info], k) => {
    const [first, ...rest] = wrap(info.help, column)
    return [`  ${labels[k].padEnd(column - 2)}${first}`, ...rest.map((l) => ' '.repeat(column) + l)]
  })
  return [
    "Logit Lab: logistic regression with PyTorch's numbers (the Lab-05 of 모두를 위한 딥러닝 시즌2).",
    '',
    'Usage: npm run cli -- train [options] [--save FILE.logitlab [--title TEXT]]',
    '       npm run cli -- train --resume FILE.logitlab [--epochs N] [--log-every K] [--save OUT]',
    '       npm run cli -- code [options] [--style low-level|module] [--comments en|ko]',
    '       npm run cli -- export FILE.logitlab --format F [--out PATH]',
    '',
    'train: trains H(x) = sigmoid(xW + b) on the data with binary cross-entropy and prints the',
    "lab's log lines (Epoch {:4d}/{} Cost: {:.6f}), then the final weights, bias, probabilities,",
    'predictions and accuracy. --save writes the run as a session file the app opens as it is: the',
    'table, the settings, the log, the curve, the weights, and the state that continues the run.',
    '',
    "train --resume: continues a session's run (saved by --save or by the app) where it stopped, up",
    "to --epochs N (default: the run's own N), and writes the session back (or to --save). It prints",
    'the lines from the next logged epoch on, exactly as one uninterrupted run with --epochs N prints',
    'them, "/N" included; the run keeps its own data and settings (--lr, --seed, ... are refused).',
    '',
    "code: prints the PyTorch code of that same run (the lab's code with the data, init, seed,",
    'optimizer and settings), which prints the same lines when run with PyTorch:',
    '  npm run -s cli -- code --data toy > lab.py && python3 lab.py',
    '',
    "export: writes a session's model: json, csv, predictions, pytorch, sklearn or code to stdout",
    '(or --out PATH); safetensors and onnx, which are binary, to --out PATH only.',
    '',
    'Bad input exits with code 2 and one line on stderr; a run whose weights stop being finite',
    'exits with code 1 (with --save, saved first, as the app saves a diverged run). A chaotic run (a',
    'learning rate too large for the data, so rounding differences grow until PyTorch prints other',
    'numbers) gets one note on stderr, naming the epoch; stdout and the exit code stay as they are.',
    'Notes about files written (saved ..., wrote ...) go to stderr too, so stdout stays the output.',
    '',
    'Options:',
    ...rows,
    '',
    'Data sets (--data NAME):',
    ...datasetHelpLines(wrap),
    '',
    'Examples:',
    '  npm run cli -- train',
    '  npm run cli -- train --data diabetes.csv --init torch --seed 1 --epochs 100 --log-every 10 --accuracy',
    '  npm run cli -- train --optimizer adam --lr 0.1 --json',
    '  npm run cli -- train --data blobs --rows 200 --noise 0.5 --seed 3 --accuracy',
    '  npm run cli -- train --data xor --poly --lr 0.5 --epochs 2000 --accuracy',
    '  npm run -s cli -- code --data diabetes.csv --init torch --style module --accuracy > lab.py',
    '  npm run cli -- train --data diabetes.csv --epochs 100 --save week3.logitlab --title "Week 3"',
    '  npm run cli -- train --resume week3.logitlab --epochs 1000',
    '  npm run -s cli -- export week3.logitlab --format predictions > predictions.csv',
    '  npm run cli -- export week3.logitlab --format onnx --out model.onnx',
    '  npm run cli -- export week3.logitlab --format pytorch --weights safetensors --out model.py',
    ''
  ].join('\n')
}
