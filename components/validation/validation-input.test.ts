import { describe, expect, it } from 'vitest';
import { moveNodes, renameNode, updateNodeConfig } from '../../lib/edit';
import { PipelineBuilder } from '../../lib/model/builder';
import { differsOnlyInPositions } from './validation-input';

const base = new PipelineBuilder('clicks')
  .node('clicks', 'kinesis-stream')
  .node('count', 'lambda-function')
  .edge('clicks', 'count', { startingPosition: 'LATEST' })
  .build();

describe('differsOnlyInPositions', () => {
  it('is true for a move, so a drag does not re-validate', () => {
    const moved = moveNodes(base, { count: { x: 500, y: 80 } });
    expect(moved).not.toBe(base);
    expect(differsOnlyInPositions(base, moved)).toBe(true);
  });

  it('is false for a config change, a rename, a new edge list or a suppression', () => {
    const configured = updateNodeConfig(base, 'count', 'timeoutSeconds', 60);
    const renamed = renameNode(base, 'count', 'Counter');
    if (!configured.ok || !renamed.ok) throw new Error('edits should apply');
    expect(differsOnlyInPositions(base, configured.pipeline)).toBe(false);
    expect(differsOnlyInPositions(base, renamed.pipeline)).toBe(false);
    expect(differsOnlyInPositions(base, { ...base, edges: [] })).toBe(false);
    expect(differsOnlyInPositions(base, { ...base, suppressions: [{ rule: 'orphan-node', reason: 'why' }] })).toBe(false);
    expect(differsOnlyInPositions(base, { ...base, nodes: base.nodes.slice(1) })).toBe(false);
  });
});
