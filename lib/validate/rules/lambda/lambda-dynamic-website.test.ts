import { describe, expect, it } from 'vitest';
import { check, nodeConfig, patched } from '../../testing/base-pipeline';
import { HIGH_REQUEST_RATE } from './lambda-dynamic-website';

const rate = (n: number) => patched((d) => ((nodeConfig(d, 'api').traffic as Record<string, unknown>).recordsPerSecond = n));

describe('lambda-dynamic-website', () => {
  it('warns about API Gateway -> Lambda at a high request rate', () => {
    expect(check(rate(2000), 'lambda-dynamic-website')).toEqual([
      {
        rule: 'lambda-dynamic-website',
        severity: 'warning',
        nodeId: 'api',
        field: 'traffic.recordsPerSecond',
        message:
          'API Gateway sends 2,000 requests/s to a Lambda function (500/s or more is a busy dynamic website): steady, high request rates with many queries fit servers better',
      },
    ]);
  });

  it('accepts a rate just under the threshold', () => {
    expect(check(rate(HIGH_REQUEST_RATE - 1), 'lambda-dynamic-website')).toEqual([]);
  });
});
