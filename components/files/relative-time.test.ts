import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time';

describe('relative time', () => {
  it('speaks in the largest whole unit', () => {
    const now = 10_000_000_000;
    expect(relativeTime(now - 10_000, now, 'en')).toBe('just now');
    expect(relativeTime(now - 3 * 60_000, now, 'en')).toBe('3 minutes ago');
    expect(relativeTime(now - 2 * 3600_000, now, 'en')).toBe('2 hours ago');
    expect(relativeTime(now - 24 * 3600_000, now, 'en')).toBe('yesterday');
  });
});
