import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { md5Hex } from '../md5';

describe('md5Hex', () => {
  it('matches RFC 1321 test vectors', () => {
    // RFC 1321, appendix A.5.
    expect(md5Hex('')).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(md5Hex('abc')).toBe('900150983cd24fb0d6963f7d28e17f72');
    // AWS's SQS sample event: body "test" has md5OfBody 098f6bcd4621d373cade4e832627b4f6.
    expect(md5Hex('test')).toBe('098f6bcd4621d373cade4e832627b4f6');
  });
  it('agrees with node:crypto on UTF-8 text across block boundaries', () => {
    for (const text of ['é☃ 🌊', 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), 'x'.repeat(200)]) {
      expect(md5Hex(text)).toBe(createHash('md5').update(text, 'utf8').digest('hex'));
    }
  });
});
