// Bad input (options, files, CSV) ends the CLI with exit code 2 and one line on stderr.

export const EXIT_BAD_INPUT = 2
/** Training ran but stopped being finite (the weights overflowed). */
export const EXIT_DIVERGED = 1

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = EXIT_BAD_INPUT
  ) {
    super(message)
    this.name = 'CliError'
  }
}
