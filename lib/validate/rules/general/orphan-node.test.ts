import { describe, expect, it } from 'vitest';
import { addNode, check, patched } from '../../testing/base-pipeline';

describe('orphan-node', () => {
  it('notes a node with no edges', () => {
    const p = patched((d) => addNode(d, 'spare', 'sqs-queue'));
    expect(check(p, 'orphan-node')).toEqual([
      {
        rule: 'orphan-node',
        severity: 'info',
        nodeId: 'spare',
        message: 'spare is connected to nothing: it takes no part in the pipeline but would still be deployed (and paid for)',
      },
    ]);
  });

  it('accepts connected nodes', () => {
    expect(check(patched(() => undefined), 'orphan-node')).toEqual([]);
  });
});
