/**
 * Where a long name may wrap without breaking a word: between the words of a camelCase or
 * PascalCase identifier ("DataActivity|Kinesis|Stream") and after - _ . / :. The node draws
 * a <wbr> at each; the browser breaks inside a word only when a single part is wider than the node.
 */
export function nameParts(name: string): string[] {
  return name.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[-_./:])(?=[^\s])/u).filter((p) => p !== '');
}
