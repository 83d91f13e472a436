// Typed option values from parseArgs' strings: numbers written plainly (no hex, no units), whole
// numbers where counts are meant, and fixed choices.
import { CliError } from './errors'
import type { CliOptionName } from './optionTable'

export type OptionValues = Partial<Record<CliOptionName, string | boolean>>

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/** Reads option values as numbers or choices; a refusal names the option. */
export class OptionReader {
  constructor(private readonly values: OptionValues) {}

  private text(name: CliOptionName): string | undefined {
    const value = this.values[name]
    return typeof value === 'string' ? value.trim() : undefined
  }

  real(name: CliOptionName, fallback: number, check: (v: number) => boolean, rule: string): number {
    const text = this.text(name)
    if (text === undefined) return fallback
    const value = DECIMAL.test(text) ? Number(text) : Number.NaN
    if (!Number.isFinite(value) || !check(value)) {
      throw new CliError(`--${name} must be ${rule}, got ${JSON.stringify(text)}`)
    }
    return value
  }

  whole(name: CliOptionName, fallback: number, min: number): number {
    const text = this.text(name)
    if (text === undefined) return fallback
    const value = /^\+?\d+$/.test(text) ? Number(text) : Number.NaN
    if (!Number.isSafeInteger(value) || value < min) {
      throw new CliError(`--${name} must be a whole number >= ${min}, got ${JSON.stringify(text)}`)
    }
    return value
  }

  /** A file path as given (relative paths resolve later), or null; refused when empty. */
  path(name: CliOptionName): string | null {
    const value = this.values[name]
    if (typeof value !== 'string') return null
    if (value.trim() === '') throw new CliError(`--${name} needs a file path`)
    return value
  }

  choice<T extends string>(name: CliOptionName, choices: readonly T[], fallback: T): T {
    const text = this.text(name)
    if (text === undefined) return fallback
    const found = choices.find((c) => c === text.toLowerCase())
    if (found === undefined) {
      throw new CliError(`--${name} must be ${choices.join(' or ')}, got ${JSON.stringify(text)}`)
    }
    return found
  }
}
