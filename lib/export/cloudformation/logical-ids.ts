/**
 * Logical ids derive from node and edge ids so a diff of two exports shows one node's
 * change in that node's lines only. Node ids are [A-Za-z0-9_-]; logical ids must be
 * alphanumeric, so "a-b" and "a_b" both become "AB": the second one to ask gets a short
 * hash of its own id appended, which is stable for as long as that id exists.
 */
export function pascalCase(id: string): string {
  const words = id.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const joined = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  return /^[0-9]/.test(joined) ? `N${joined}` : joined || 'Node';
}

/** FNV-1a, base 36: short, stable, no crypto needed in the browser. */
export function shortHash(text: string, length = 6): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(length, '0').slice(-length);
}

export class LogicalIdAllocator {
  private readonly owners = new Map<string, string>();

  /** A unique logical id for `owner` (e.g. "node:orders/Role"), preferring `desired`. */
  allocate(desired: string, owner: string): string {
    const existing = this.owners.get(desired);
    if (existing === undefined || existing === owner) {
      this.owners.set(desired, owner);
      return desired;
    }
    let candidate = `${desired}${shortHash(owner).toUpperCase()}`;
    for (let n = 2; this.owners.has(candidate) && this.owners.get(candidate) !== owner; n++) candidate = `${desired}${shortHash(owner).toUpperCase()}${n}`;
    this.owners.set(candidate, owner);
    return candidate;
  }

  taken(logicalId: string): boolean {
    return this.owners.has(logicalId);
  }
}
