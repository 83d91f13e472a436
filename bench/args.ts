// The bench's command line: which sizes to run and how to report them.

export interface BenchSize {
  rows: number
  features: number
  /** Timed epochs (after warm-up); null: chosen from the size. */
  epochs: number | null
}

export interface BenchArgs {
  /** One size from --rows/--features/--epochs, or null for the four standard sizes. */
  size: BenchSize | null
  /** --epochs for every size run. */
  epochs: number | null
  json: boolean
  torch: boolean
  /** Our threads: null picks (parallel above the row threshold), 1 forces one thread. */
  threads: number | null
  /** PyTorch's threads: null keeps its default (as the lab runs). */
  torchThreads: number | null
  /** Runs per size, each in its own process; the medians of their medians are reported. */
  repeat: number
  help: boolean
}

export const STANDARD_SIZES: BenchSize[] = [
  { rows: 6, features: 2, epochs: null },
  { rows: 759, features: 8, epochs: null },
  { rows: 100_000, features: 8, epochs: null },
  { rows: 1_000_000, features: 8, epochs: null }
]

export const USAGE = `npm run bench [-- options]

  (no size)          6x2, 759x8, 100,000x8 and 1,000,000x8
  --rows N           one size: N rows ...
  --features D       ... of D features (default 8)
  --epochs E         timed epochs, for one size or all (default: about a second of PyTorch)
  --threads T        our threads (default: all cores from 8,192 rows on, else one)
  --repeat R         R runs per size, each in its own process; report the median (default 1)
  --torch-threads T  PyTorch's threads (default: its own default, as the lab runs)
  --no-torch         skip PyTorch
  --json             one JSON object per size, for machines
  --streaming        the live-training (streaming) benchmark instead
  --sessions         the session-file benchmark instead: encode, decode and size of a trained
                     100,000 x 8 session, and its desktop backup's cost on the page's thread
                     (--rows N, --repeat R, --json)
  --crash-safety     the crash-safety stress instead: a child saving a 50,000 x 8 session is
                     SIGKILLed N times (--runs N, default 200; --rows N); exit 1 if any file
                     left behind is not the old or the new save`

export class BenchArgsError extends Error {}

function count(flag: string, text: string | undefined, min: number): number {
  const value = Number(text)
  if (text === undefined || !Number.isSafeInteger(value) || value < min) {
    throw new BenchArgsError(`${flag} needs a whole number >= ${min}, got '${text ?? ''}'`)
  }
  return value
}

export function parseBenchArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = {
    size: null,
    epochs: null,
    json: false,
    torch: true,
    threads: null,
    torchThreads: null,
    repeat: 1,
    help: false
  }
  let rows: number | null = null
  let features: number | null = null
  let epochs: number | null = null
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    if (flag === '--json') args.json = true
    else if (flag === '--no-torch') args.torch = false
    else if (flag === '--help' || flag === '-h') args.help = true
    else if (flag === '--rows') rows = count(flag, argv[++i], 1)
    else if (flag === '--features') features = count(flag, argv[++i], 1)
    else if (flag === '--epochs') epochs = count(flag, argv[++i], 1)
    else if (flag === '--threads') args.threads = count(flag, argv[++i], 1)
    else if (flag === '--torch-threads') args.torchThreads = count(flag, argv[++i], 1)
    else if (flag === '--repeat') args.repeat = count(flag, argv[++i], 1)
    else throw new BenchArgsError(`unknown option '${flag}'`)
  }
  if (rows === null && features !== null) throw new BenchArgsError('--features needs --rows')
  args.epochs = epochs
  if (rows !== null) args.size = { rows, features: features ?? 8, epochs }
  return args
}
