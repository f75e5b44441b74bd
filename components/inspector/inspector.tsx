'use client';
import { plural } from '@/lib/validate/format';
import { useEditor } from '../editor/store/editor-context';
import { EdgeInspector } from './edge-inspector';
import { NodeInspector } from './node-inspector';
import { PipelineInspector } from './pipeline-inspector';

/** Shows what is selected: one node, one edge, or the pipeline itself. */
export function Inspector() {
  const pipeline = useEditor((s) => s.pipeline);
  const selection = useEditor((s) => s.selection);
  const total = selection.nodeIds.length + selection.edgeIds.length;
  if (total > 1) {
    return (
      <section className="inspector" aria-label="Inspector: selection">
        <p>
          {plural(selection.nodeIds.length, 'service')} and {plural(selection.edgeIds.length, 'connection')} selected. Press Delete to remove them, Ctrl+C to copy, Ctrl+D to duplicate.
        </p>
      </section>
    );
  }
  const node = selection.nodeIds.length ? pipeline.nodes.find((n) => n.id === selection.nodeIds[0]) : undefined;
  if (node) return <NodeInspector key={node.id} node={node} />;
  const edge = selection.edgeIds.length ? pipeline.edges.find((e) => e.id === selection.edgeIds[0]) : undefined;
  if (edge) return <EdgeInspector key={edge.id} edge={edge} />;
  return <PipelineInspector />;
}
