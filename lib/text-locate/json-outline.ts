import type { SourceEntry, SourceNode } from './source-tree';

/**
 * Outline a JSON text. Tolerant on purpose: the user is typing, so a text that breaks
 * half-way still gives the outline of everything before the break (open collections end
 * where the text broke). Returns undefined only when there is no value at all.
 */
export function outlineJson(text: string): SourceNode | undefined {
  return new JsonOutliner(text).document();
}

class JsonOutliner {
  private pos = 0;
  /** Set at the first syntax error: every open collection then closes where it stands. */
  private broken = false;

  constructor(private readonly text: string) {}

  document(): SourceNode | undefined {
    this.skipSpace();
    return this.value();
  }

  private value(): SourceNode | undefined {
    this.skipSpace();
    const ch = this.text[this.pos];
    if (ch === undefined) return this.fail();
    if (ch === '{') return this.object();
    if (ch === '[') return this.array();
    if (ch === '"') {
      const start = this.pos;
      if (!this.string()) return this.fail();
      return { type: 'scalar', range: { start, end: this.pos } };
    }
    const start = this.pos;
    while (this.pos < this.text.length && !/[\s,:[\]{}"]/.test(this.text[this.pos])) this.pos++;
    if (this.pos === start) return this.fail();
    return { type: 'scalar', range: { start, end: this.pos } };
  }

  private object(): SourceNode {
    const start = this.pos++;
    const entries: SourceEntry[] = [];
    const close = (): SourceNode => ({ type: 'object', range: { start, end: this.pos }, entries });
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === '}') {
        this.pos++;
        return close();
      }
      if (this.text[this.pos] !== '"') return this.failWith(close);
      const keyStart = this.pos;
      if (!this.string()) return this.failWith(close);
      const keyRange = { start: keyStart, end: this.pos };
      const entry: SourceEntry = { key: decodeKey(this.text.slice(keyStart, this.pos)), keyRange };
      entries.push(entry);
      this.skipSpace();
      if (this.text[this.pos] !== ':') return this.failWith(close);
      this.pos++;
      const value = this.value();
      if (value) entry.value = value;
      if (this.broken) return close();
      this.skipSpace();
      if (this.text[this.pos] === ',') this.pos++;
      else if (this.text[this.pos] !== '}') return this.failWith(close);
    }
  }

  private array(): SourceNode {
    const start = this.pos++;
    const items: SourceNode[] = [];
    const close = (): SourceNode => ({ type: 'array', range: { start, end: this.pos }, items });
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === ']') {
        this.pos++;
        return close();
      }
      const item = this.value();
      if (item) items.push(item);
      if (this.broken) return close();
      this.skipSpace();
      if (this.text[this.pos] === ',') this.pos++;
      else if (this.text[this.pos] !== ']') return this.failWith(close);
    }
  }

  /** Moves past a double-quoted string; false when it is not closed on its line. */
  private string(): boolean {
    this.pos++;
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos];
      if (ch === '\\') this.pos += 2;
      else if (ch === '"') {
        this.pos++;
        return true;
      } else if (ch === '\n') return false;
      else this.pos++;
    }
    return false;
  }

  private skipSpace() {
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos];
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') this.pos++;
      else if (this.text.startsWith('//', this.pos)) {
        const nl = this.text.indexOf('\n', this.pos);
        this.pos = nl < 0 ? this.text.length : nl;
      } else if (this.text.startsWith('/*', this.pos)) {
        const endComment = this.text.indexOf('*/', this.pos + 2);
        this.pos = endComment < 0 ? this.text.length : endComment + 2;
      } else return;
    }
  }

  private fail(): undefined {
    this.broken = true;
    return undefined;
  }

  private failWith(close: () => SourceNode): SourceNode {
    this.broken = true;
    return close();
  }
}

function decodeKey(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.slice(1, -1);
  }
}
