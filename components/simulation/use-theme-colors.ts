'use client';
import { useEffect, useState } from 'react';

/**
 * The current values of some CSS variables, re-read when the theme switches (the editor sets
 * `data-theme` on <html>): canvas charts cannot use CSS variables directly.
 */
export function useThemeColors<K extends string>(names: readonly K[]): Record<K, string> {
  const key = names.join(',');
  const [colors, setColors] = useState<Record<K, string>>(() => read(names));
  useEffect(() => {
    const list = key.split(',') as K[];
    const update = () => setColors((old) => {
      const next = read(list);
      return list.every((n) => old[n] === next[n]) ? old : next;
    });
    update();
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
    return () => observer.disconnect();
  }, [key]);
  return colors;
}

function read<K extends string>(names: readonly K[]): Record<K, string> {
  const style = typeof document === 'undefined' ? null : getComputedStyle(document.documentElement);
  return Object.fromEntries(names.map((n) => [n, style?.getPropertyValue(n).trim() || '#888'])) as Record<K, string>;
}
