// `npm run cli -- train [options]`: the core trainer, headless, printing the lab's lines;
// `npm run cli -- code [options]`: the PyTorch code that prints them too.
// Runs from source with tsx (no build step). Exit codes: 0 done, 1 training diverged, 2 bad
// input (one line on stderr, nothing on stdout).
import { parseCommand } from './args'
import { code } from './code'
import { CliError } from './errors'
import { helpText } from './help'
import { LineWriter } from './lineWriter'
import { train } from './train'

async function main(argv: string[]): Promise<number> {
  const stdout = new LineWriter((text) => process.stdout.write(text))
  try {
    const command = parseCommand(argv)
    if (command.kind === 'help') {
      process.stdout.write(helpText())
      return 0
    }
    const warn = (line: string): void => void process.stderr.write(line + '\n')
    if (command.kind === 'code') {
      code(command.request, { write: (text) => process.stdout.write(text), warn })
      return 0
    }
    await train(command.request, { stdout, warn })
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
