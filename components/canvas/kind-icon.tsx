import type { KindId } from '@/lib/model';
import { CATALOG } from '@/lib/model';

/** The coloured tile with the service's letters, as in the AWS architecture icon set. */
export function KindIcon({ kind, size = 32 }: { kind: KindId; size?: number }) {
  const { glyph, color } = CATALOG[kind].icon;
  return (
    <span
      className="kind-icon"
      aria-hidden="true"
      style={{ background: color, width: size, height: size, fontSize: glyph.length > 2 ? size * 0.34 : size * 0.42 }}
    >
      {glyph}
    </span>
  );
}
