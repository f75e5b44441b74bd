import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, with errors turned into plain usage messages. */
export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args: joinNegativeValues(args, options), options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.replace(/^Unknown option '([^']*)'.*$/s, 'unknown option $1').split('\n')[0]);
  }
}

/**
 * `--seconds -5` as `--seconds=-5`: node's parser takes a value that starts with "-" for an
 * option and refuses it as ambiguous; a number is clearly the value, and numberFlag then says
 * what is wrong with it.
 */
function joinNegativeValues(args: string[], options: Options): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = args[i].startsWith('--') ? args[i].slice(2) : undefined;
    const next = args[i + 1];
    if (name !== undefined && options[name]?.type === 'string' && next !== undefined && /^-(\d|\.\d|Infinity)/.test(next)) {
      out.push(`${args[i]}=${next}`);
      i++;
    } else out.push(args[i]);
  }
  return out;
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
