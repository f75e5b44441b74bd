/** `prefix` + random hex; works outside secure contexts too (randomUUID needs https). */
export function randomHexId(prefix: string, bytes: number): string {
  const values = new Uint8Array(bytes);
  crypto.getRandomValues(values);
  return `${prefix}${Array.from(values, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
