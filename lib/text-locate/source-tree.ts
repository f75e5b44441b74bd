/**
 * A light outline of a JSON or YAML text: where each value, and each key of a mapping,
 * starts and ends (character offsets, end exclusive). Editors use it to turn a JSON path
 * such as ['nodes', 2, 'config', 'timeoutSeconds'] into a range of the text.
 */
export interface TextRange {
  start: number;
  end: number;
}

export type SourceNode =
  | { type: 'object'; range: TextRange; entries: SourceEntry[] }
  | { type: 'array'; range: TextRange; items: SourceNode[] }
  | { type: 'scalar'; range: TextRange };

export interface SourceEntry {
  key: string;
  keyRange: TextRange;
  /** Missing when the text stops (or breaks) before the value. */
  value?: SourceNode;
}
