'use client';
import { type DragEvent, type KeyboardEvent, useMemo, useState } from 'react';
import { CATEGORY_LABELS, type KindDefinition, kindsByCategory } from '@/lib/model';
import { KindIcon } from '../canvas/kind-icon';
import { KIND_DRAG_TYPE } from '../canvas/pipeline-canvas';
import { useAddNode } from '../canvas/use-add-node';

function matches(kind: KindDefinition, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [kind.label, kind.id, kind.description, ...kind.categories].some((s) => s.toLowerCase().includes(q));
}

/** Every kind, grouped by category and searchable. Drag onto the canvas, or focus and press Enter. */
export function Palette() {
  const [query, setQuery] = useState('');
  const addNode = useAddNode();
  const groups = useMemo(
    () => kindsByCategory().map((g) => ({ ...g, kinds: g.kinds.filter((k) => matches(k, query)) })).filter((g) => g.kinds.length),
    [query],
  );

  const onDragStart = (event: DragEvent, kind: KindDefinition) => {
    event.dataTransfer.setData(KIND_DRAG_TYPE, kind.id);
    event.dataTransfer.setData('text/plain', kind.label);
    event.dataTransfer.effectAllowed = 'copy';
  };

  const onKeyDown = (event: KeyboardEvent, kind: KindDefinition) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      addNode(kind.id);
    }
  };

  return (
    <nav className="palette" aria-label="Services palette">
      <input
        className="palette-search"
        type="search"
        placeholder="Search services…"
        aria-label="Search services"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {groups.length === 0 ? <p className="palette-empty">No service matches “{query}”.</p> : null}
      {groups.map((group) => (
        <section key={group.category} aria-label={CATEGORY_LABELS[group.category]}>
          <h2 className="palette-heading">{CATEGORY_LABELS[group.category]}</h2>
          <ul role="list">
            {group.kinds.map((kind) => (
              <li key={kind.id}>
                <button
                  type="button"
                  className="palette-item"
                  draggable
                  onDragStart={(e) => onDragStart(e, kind)}
                  onKeyDown={(e) => onKeyDown(e, kind)}
                  onClick={(e) => {
                    // A click (not a drag) adds at the centre too; keyboard users use Enter.
                    if (e.detail > 0) addNode(kind.id);
                  }}
                  title={kind.description}
                  aria-label={`Add ${kind.label}`}
                  data-kind={kind.id}
                >
                  <KindIcon kind={kind.id} size={24} />
                  <span>{kind.label}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
