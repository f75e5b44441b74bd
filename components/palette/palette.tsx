'use client';
import { type DragEvent, type KeyboardEvent, type ReactNode, useMemo, useState } from 'react';
import { CATEGORY_LABELS, type KindDefinition, kindsByCategory } from '@/lib/model';
import { searchKinds } from './search';
import { KindIcon } from '../canvas/kind-icon';
import { KIND_DRAG_TYPE } from '../canvas/pipeline-canvas';
import { useAddNode } from '../canvas/use-add-node';
import { CANVAS_OVERLAY_ATTRIBUTE } from '../canvas/use-readable-fit';

const ALL_GROUPS = kindsByCategory();
const ALL_KINDS = ALL_GROUPS.flatMap((g) => g.kinds);

/**
 * Every kind, grouped by category; while searching, the matches best first in one list.
 * Drag onto the canvas, or focus and press Enter; Enter in the search box adds the best match.
 */
export function Palette({ hidden = false, hideButton }: { hidden?: boolean; hideButton?: ReactNode }) {
  const [query, setQuery] = useState('');
  const addNode = useAddNode();
  const searching = query.trim() !== '';
  const groups = useMemo(
    () => (searching ? [{ category: 'matches', label: 'Best matches', kinds: searchKinds(ALL_KINDS, query) }] : ALL_GROUPS.map((g) => ({ ...g, label: CATEGORY_LABELS[g.category] }))).filter((g) => g.kinds.length),
    [query, searching],
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
    <nav className="palette" id="services-palette" aria-label="Services palette" hidden={hidden} {...{ [CANVAS_OVERLAY_ATTRIBUTE]: '' }}>
      <div className="palette-top">
        <input
          className="palette-search"
          type="search"
          placeholder="Search services…"
          aria-label="Search services"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter' || !searching) return;
            e.preventDefault();
            const best = groups[0]?.kinds[0];
            if (best) addNode(best.id);
          }}
          aria-description="Enter adds the best match"
        />
        {hideButton}
      </div>
      {groups.length === 0 ? <p className="palette-empty">No service matches “{query}”.</p> : null}
      {groups.map((group) => (
        <section key={group.category} aria-label={group.label}>
          <h2 className="palette-heading">{group.label}</h2>
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
