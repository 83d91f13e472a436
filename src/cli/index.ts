// `npm run cli -- train [options]`: the core trainer, headless, printing the lab's lines (and,
// with --save, writing the run as a session file the app opens; with --resume, continuing one);
// `npm run cli -- code [options]`: the PyTorch code that prints them too;
// `npm run cli -- export FILE --format F`: a session's model in another format.
// Runs from source with tsx (no build step). Exit codes: 0 done, 1 training diverged, 2 bad
// input (one line on stderr, nothing on stdout).
import { parseCommand, type Command } from './args'
import { code } from './code'
import { CliError } from './errors'
import { exportSession } from './export'
import { helpText } from './help'
import { LineWriter } from './lineWriter'
import { resume } from './resume'
import { train } from './train'

async function run(command: Command): Promise<void> {
  const stdout = new LineWriter((text) => process.stdout.write(text))
  const write = (text: string): void => void process.stdout.write(text)
  const warn = (line: string): void => void process.stderr.write(line + '\n')
  switch (command.kind) {
    case 'help':
      return write(helpText())
    case 'code':
      return code(command.request, { write, warn })
    case 'export':
      return exportSession(command.request, { write, warn })
    case 'train':
      return train(command.request, { stdout, warn })
    case 'resume':
      return resume(command.request, { stdout, warn })
  }
}

async function main(argv: string[]): Promise<number> {
  try {
    await run(parseCommand(argv))
    return 0
  } catch (error) {
    if (!(error instanceof CliError)) throw error
    process.stderr.write(`error: ${error.message}\n`)
    return error.exitCode
  }
}

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

process.exitCode = await main(process.argv.slice(2))
