import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, with errors turned into plain usage messages. */
export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.replace(/^Unknown option '([^']*)'.*$/s, 'unknown option $1').split('\n')[0]);
  }
}

/** A numeric flag, checked: the message names the flag, the range and the value. */
export function numberFlag(name: string, value: string | undefined, fallback: number, range: { min: number; max: number; integer?: boolean }): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${name}: expected a number, got "${value}"`);
  if (range.integer && !Number.isInteger(n)) throw new UsageError(`--${name}: expected a whole number, got ${value}`);
  if (n < range.min || n > range.max) throw new UsageError(`--${name}: must be between ${range.min} and ${range.max}, got ${value}`);
  return n;
}
