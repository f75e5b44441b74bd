// The Lambda runtime table against AWS's page (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html, checked 2026-12-06).
import { describe, expect, it } from 'vitest';
import { currentRuntimeFor, LAMBDA_RUNTIMES, LAMBDA_RUNTIMES_CHECKED, LAMBDA_RUNTIMES_URL, runtimeStatus, supportedRuntimes } from '../runtimes';

describe('Lambda runtime table', () => {
  it('names its page and the day it was checked', () => {
    expect(LAMBDA_RUNTIMES_URL).toBe('https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html');
    expect(LAMBDA_RUNTIMES_CHECKED).toBe('2026-12-06');
  });

  it('has one row per id, dates in order (deprecation <= block create <= block update)', () => {
    const ids = LAMBDA_RUNTIMES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of LAMBDA_RUNTIMES) {
      for (const d of [r.deprecation, r.blockCreate, r.blockUpdate]) if (d !== null) expect(d, r.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (r.deprecation && r.blockCreate) expect(r.blockCreate >= r.deprecation, r.id).toBe(true);
      if (r.blockCreate && r.blockUpdate) expect(r.blockUpdate >= r.blockCreate, r.id).toBe(true);
    }
  });

  it('gives each status on the day it starts, worked by hand', () => {
    // ruby3.2: deprecated 2026-03-31, create blocked 2026-08-31.
    expect(runtimeStatus('ruby3.2', '2026-03-30')).toBe('supported');
    expect(runtimeStatus('ruby3.2', '2026-03-31')).toBe('deprecated');
    expect(runtimeStatus('ruby3.2', '2026-08-30')).toBe('deprecated');
    expect(runtimeStatus('ruby3.2', '2026-08-31')).toBe('blocked');
    // A preview runtime has no dates: supported whatever the day.
    expect(runtimeStatus('nodejs26.x', '2030-01-01')).toBe('supported');
    expect(runtimeStatus('nodejs99.x', '2026-12-06')).toBe('unknown');
  });

  it('on 2026-12-06: which runtimes are supported, and the upgrade target of each language', () => {
    // Deprecated by then: nodejs20.x (04-30), python3.10 (10-31), dotnet8 (11-10), ruby3.2 (03-31), provided.al2 (07-31)...
    const today = '2026-12-06';
    const supported = supportedRuntimes(today);
    for (const id of ['nodejs20.x', 'python3.10', 'python3.9', 'dotnet8', 'ruby3.2', 'provided.al2', 'go1.x']) expect(supported, id).not.toContain(id);
    for (const id of ['nodejs24.x', 'nodejs22.x', 'python3.11', 'java8.al2', 'java17.al2023', 'dotnet10', 'ruby3.3', 'ruby4.0', 'provided.al2023']) expect(supported, id).toContain(id);
    expect(currentRuntimeFor('Node.js', today)).toBe('nodejs24.x'); // nodejs26.x is a preview
    expect(currentRuntimeFor('Python', today)).toBe('python3.14');
    expect(currentRuntimeFor('C#', today)).toBe('dotnet10');
    expect(currentRuntimeFor('Ruby', today)).toBe('ruby4.0');
    expect(currentRuntimeFor('Go', today)).toBe('provided.al2023');
  });
});
