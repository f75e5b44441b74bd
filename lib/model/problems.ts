import type { z } from 'zod';

/** One thing wrong with an input, with the JSON path that names where. */
export interface Problem {
  /** e.g. `nodes[3].config.timeoutSeconds`; empty for the whole document. */
  path: string;
  /** The same place as a list of keys, for editors that map it to a line. */
  pathSegments: (string | number)[];
  message: string;
}

export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}

export function problemToString(p: Problem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}

/** A value as a user would recognise it in a message: short, JSON-ish. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    const s = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return JSON.stringify(s);
  }
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  int: 'a whole number',
};

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}

/** The closest of `options` to `word`, when it is close enough to be a typo. */
export function suggest(word: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const o of options) {
    const d = editDistance(word, o);
    if (d < bestDistance) {
      best = o;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

type Issue = z.core.$ZodIssue;

function issueMessage(issue: Issue, knownKeys?: (path: PropertyKey[]) => readonly string[] | undefined): string {
  const input = (issue as { input?: unknown }).input;
  if (issue.code !== 'custom' && !/^(Invalid|Too small|Too big|Unrecognized)/.test(issue.message)) {
    // A message written in the schema itself says it best; add what was found.
    return input === undefined ? issue.message : `${issue.message}, got ${describeValue(input)}`;
  }
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (input === undefined) return `required: expected ${expected}`;
      return `expected ${expected}, got ${describeValue(input)}`;
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'cannot be empty' : `must be at least ${min} characters`;
      if (issue.origin === 'array') return `needs at least ${min} item(s)`;
      return `must be ${issue.inclusive ? 'at least' : 'greater than'} ${min}, got ${describeValue(input)}`;
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string') return `must be at most ${max} characters`;
      if (issue.origin === 'array') return `allows at most ${max} item(s)`;
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${max}, got ${describeValue(input)}`;
    }
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}, got ${describeValue(input)}`;
    case 'unrecognized_keys': {
      const known = knownKeys?.(issue.path) ?? [];
      return issue.keys
        .map((k) => {
          const s = suggest(k, known);
          return `unknown field "${k}"${s ? ` (did you mean "${s}"?)` : ''}`;
        })
        .join('; ');
    }
    case 'invalid_format':
      return `${issue.message.toLowerCase()}, got ${describeValue(input)}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}, got ${describeValue(input)}`;
    case 'invalid_union': {
      const disc = (issue as { note?: string }).note;
      if (disc && /discriminator/i.test(disc)) return `unknown value ${describeValue(input)}`;
      return `does not match any allowed shape, got ${describeValue(input)}`;
    }
    default:
      return issue.message;
  }
}

/** Turn zod issues into problems with paths and plain-language messages. */
export function problemsFromZod(
  error: z.ZodError,
  knownKeys?: (path: PropertyKey[]) => readonly string[] | undefined,
): Problem[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    pathSegments: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
    message: issueMessage(issue, knownKeys),
  }));
}
