'use client';
import { Panel } from '@xyflow/react';
import { keptGroups } from '@/lib/model';
import { useEditor } from '../editor/store/editor-context';

/**
 * The resources of an imported template that have no node: plain cards grouped by service,
 * so the canvas shows the whole stack. They are kept in the document and exported unchanged.
 */
export function KeptResources() {
  const kept = useEditor((s) => s.pipeline.kept);
  const groups = keptGroups(kept);
  if (!groups.length) return null;
  const total = groups.reduce((n, g) => n + g.resources.length, 0);
  return (
    <Panel position="top-left" className="kept-resources">
      <details>
        <summary>
          {total} kept {total === 1 ? 'resource' : 'resources'} without a node (exported unchanged)
        </summary>
        <div className="kept-groups" role="list" aria-label="Kept resources">
          {groups.map((g) => (
            <section key={g.service} className="kept-group" role="listitem" aria-label={`${g.service}: ${g.resources.length}`}>
              <h4>{g.service}</h4>
              <ul>
                {g.resources.map((r) => (
                  <li key={r.logicalId} className="kept-card" title={r.type}>
                    <span className="kept-card-id">{r.logicalId}</span>
                    <span className="kept-card-type">{r.type}</span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </details>
    </Panel>
  );
}
