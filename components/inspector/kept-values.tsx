'use client';
import type { KeptValue } from '@/lib/model';
import { useEditor } from '../editor/store/editor-context';

/** Values the imported template had that the designer does not offer: kept as written and exported unchanged. */
export function KeptValues({ nodeId }: { nodeId: string }) {
  const kept = useEditor((s) => s.pipeline.kept?.nodes[nodeId]);
  const values: KeptValue[] = kept?.values ?? [];
  if (!kept) return null;
  return (
    <section className="kept-values" aria-label="From the imported template">
      <h3>From the template</h3>
      <p className="inspector-description">
        Resource <code>{kept.logicalId}</code> ({kept.resource.Type}). {kept.verbatim ? 'Written back as it was while this node is unchanged.' : 'Written by Sluice, with what the template had that Sluice does not set.'}
      </p>
      {values.length > 0 && (
        <ul aria-label="Values kept as written">
          {values.map((v) => (
            <li key={v.field}>
              <code>{v.property.join('.')}</code>: <code>{JSON.stringify(v.value)}</code> kept as written. The designer shows its own value for {v.field}: {v.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
