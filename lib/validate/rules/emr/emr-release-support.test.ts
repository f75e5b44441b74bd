import { describe, expect, it } from 'vitest';
import { afterFix, check, nodeConfig, patched } from '../../testing/base-pipeline';

const release = (releaseLabel: string) => patched((d) => Object.assign(nodeConfig(d, 'spark'), { releaseLabel }));

describe('emr-release-support', () => {
  // emr-7.5.0 was released 2024-11-21; standard support is 24 months, until 2026-11-20.
  // https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-750-release.html (checked 2026-12-06)
  it('reports emr-7.5.0, out of standard support since 2026-11-20, and moves to the newest release', () => {
    const p = release('emr-7.5.0');
    expect(check(p, 'emr-release-support')).toEqual([
      {
        rule: 'emr-release-support',
        severity: 'warning',
        nodeId: 'spark',
        field: 'releaseLabel',
        message: 'emr-7.5.0 is out of standard support (emr-7.5.0 and every earlier release left it by 2026-11-20): no more security or bug fixes; the newest release is emr-7.14.0',
      },
    ]);
    const { applied, remaining } = afterFix(p, 'emr-release-support');
    expect(remaining).toEqual([]);
    expect(applied.nodes.find((n) => n.id === 'spark')?.config).toMatchObject({ releaseLabel: 'emr-7.14.0' });
  });

  it('reports earlier series and accepts releases after 7.5.0 (7.10.0 compares as a number, not as text)', () => {
    expect(check(release('emr-6.15.0'), 'emr-release-support')).toHaveLength(1);
    expect(check(release('emr-5.36.2'), 'emr-release-support')).toHaveLength(1);
    expect(check(release('emr-7.6.0'), 'emr-release-support')).toEqual([]);
    expect(check(release('emr-7.10.0'), 'emr-release-support')).toEqual([]);
  });
});
