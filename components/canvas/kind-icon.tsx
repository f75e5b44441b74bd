import type { KindId } from '@/lib/model';
import { CATALOG, CATEGORY_LABELS, ICON_FAMILIES, KIND_ICON_FAMILY } from '@/lib/model';

/** "Glue job · ETL · AWS Analytics": what the letters stand for, as a tooltip on the tile. */
export function kindTooltip(kind: KindId): string {
  const k = CATALOG[kind];
  return `${k.label} · ${k.categories.map((c) => CATEGORY_LABELS[c]).join(', ')} · AWS ${ICON_FAMILIES[KIND_ICON_FAMILY[kind]].label}`;
}

/**
 * The coloured tile with the service's letters, in the colour of its AWS architecture icon
 * family and in a shape of that family's own (lib/model/icon-families.ts), so families differ
 * by more than colour. Letters, not AWS's own icons: AWS lets customers use its icon set to draw
 * architecture diagrams, and no npm package carries the icons under terms from AWS that cover
 * shipping them inside a tool (the packages' MIT licences are their authors', not AWS's).
 */
export function KindIcon({ kind, size = 32 }: { kind: KindId; size?: number }) {
  const { glyph, color } = CATALOG[kind].icon;
  return (
    <span
      className="kind-icon"
      data-shape={ICON_FAMILIES[KIND_ICON_FAMILY[kind]].shape}
      title={kindTooltip(kind)}
      aria-hidden="true"
      style={{ background: color, width: size, height: size, fontSize: glyph.length > 2 ? size * 0.34 : size * 0.42 }}
    >
      {glyph}
    </span>
  );
}
