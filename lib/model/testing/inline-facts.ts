/**
 * A scanner for AWS numbers copied into code outside lib/model: every AWS limit, default,
 * rate and date lives once in lib/model (facts/, limits/, edge-settings.ts, runtimes.ts) with
 * its page and the day it was checked, and the rules, the simulator and the export import it.
 *
 * It reads code only: comments and the text of strings are dropped (a `${...}` inside a
 * template is code and is kept), and so is a rule's `examples:` block (sample documents, not
 * limits). What is left is matched against a denylist of values that are AWS constants and
 * hardly anything else.
 */

export interface InlineFact {
  /** 1-based line of the match. */
  line: number;
  /** The literal as written, e.g. `43200` or `6 * 1024 * 1024`. */
  text: string;
  /** What AWS fact the value is. */
  fact: string;
}

/** Values that are AWS facts (normalised: no underscores, products multiplied out). */
export const AWS_CONSTANT_DENYLIST: ReadonlyMap<number, string> = new Map([
  [900, 'Lambda maximum timeout / Firehose maximum buffer interval / SQS maximum delay (s)'],
  [10_000, 'event source mapping maximum batch size / GetRecords maximum records'],
  [43_200, 'SQS maximum visibility timeout (s)'],
  [345_600, 'SQS default retention (s)'],
  [1_209_600, 'SQS maximum retention (s)'],
  [604_800, 'event source mapping maximum record age (s)'],
  [262_144, '256 KB: the former SQS / asynchronous Lambda payload limit'],
  [1_048_576, '1 MiB: SQS message / Kinesis shard write / asynchronous Lambda payload limit'],
  [1_000_000, '1 MB written as 10^6 bytes (AWS limits are MiB)'],
  [6_291_456, '6 MB: the synchronous Lambda payload limit'],
  [21_600, 'Lambda maximum event age of an asynchronous event (s)'],
  [10_240, 'Lambda maximum memory / ephemeral storage (MB), Kinesis maximum record size (KiB)'],
  [2048, 'CloudFormation Description length of Glue resources'],
  [256, 'CloudFormation Description / Name length (Lambda, EMR); 256 KB payloads'],
  [128, 'Firehose maximum buffer (MB), Lambda minimum memory (MB), StreamConsumer name length'],
]);

/** Code with comments and string text replaced by spaces (line breaks kept, so lines still count). */
export function codeOnly(source: string): string {
  let out = '';
  let i = 0;
  // Stack of open template literals; each `${` inside one pushes a brace depth.
  const braces: number[] = [];
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const readTemplate = () => {
    // At a backtick or a `}` closing a `${`: copy blanks until `${` (push) or the closing backtick.
    while (i < source.length) {
      const c = source[i];
      if (c === '\\') {
        out += blank(source.slice(i, i + 2));
        i += 2;
      } else if (c === '`') {
        out += '`';
        i += 1;
        return;
      } else if (c === '$' && source[i + 1] === '{') {
        out += '${';
        i += 2;
        braces.push(0);
        return;
      } else {
        out += blank(c);
        i += 1;
      }
    }
  };
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? source.length : end;
      out += blank(source.slice(i, stop));
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      out += blank(source.slice(i, stop));
      i = stop;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < source.length && source[j] !== c && source[j] !== '\n') j += source[j] === '\\' ? 2 : 1;
      out += c + blank(source.slice(i + 1, j)) + c;
      i = j + 1;
    } else if (c === '`') {
      out += '`';
      i += 1;
      readTemplate();
    } else if (braces.length > 0 && c === '{') {
      braces[braces.length - 1] += 1;
      out += c;
      i += 1;
    } else if (braces.length > 0 && c === '}') {
      if (braces[braces.length - 1] === 0) {
        braces.pop();
        out += '}';
        i += 1;
        readTemplate();
      } else {
        braces[braces.length - 1] -= 1;
        out += c;
        i += 1;
      }
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/** The code before a rule's `examples:` block (rule files end with it). */
function withoutExamples(code: string): string {
  const at = code.search(/\n\s*examples:\s*\{/);
  return at === -1 ? code : code.slice(0, at) + code.slice(at).replace(/[^\n]/g, ' ');
}

/** Every denylisted AWS constant written in the code of `source`. */
export function findInlineFacts(source: string): InlineFact[] {
  const code = withoutExamples(codeOnly(source));
  const found: InlineFact[] = [];
  // A number, or a product of numbers (`6 * 1024 * 1024`), not part of an identifier or a decimal.
  const literal = /(?<![\w.$])\d[\d_]*(?:\s*\*\s*\d[\d_]*)*(?![\w.])/g;
  for (const m of code.matchAll(literal)) {
    const value = m[0].split('*').reduce((p, part) => p * Number(part.trim().replace(/_/g, '')), 1);
    const fact = AWS_CONSTANT_DENYLIST.get(value);
    if (fact === undefined) continue;
    const line = code.slice(0, m.index).split('\n').length;
    found.push({ line, text: m[0], fact });
  }
  return found;
}
