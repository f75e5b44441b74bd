import { describe, expect, it } from 'vitest';
import { RULES } from '../../validate';
import { runCli } from './fake-io';

describe('sluice rules', () => {
  it('lists every rule with id, severity, title and docs URL', async () => {
    const r = await runCli(['rules']);
    expect(r.code).toBe(0);
    for (const rule of RULES) {
      expect(r.stdout).toMatch(new RegExp(`^${rule.id} +${rule.severity} +${rule.title.replace(/[()]/g, '\\$&')}$`, 'm'));
      expect(r.stdout).toContain(rule.docsUrl);
    }
    expect(r.stdout).toContain(`${RULES.length} rules.`);
  });

  it('--json prints the rule list as data', async () => {
    const r = await runCli(['rules', '--json']);
    expect(r.code).toBe(0);
    const { rules } = JSON.parse(r.stdout) as { rules: Record<string, string>[] };
    expect(rules.map((x) => x.id)).toEqual(RULES.map((x) => x.id));
    expect(rules[0]).toEqual({
      id: 'lambda-timeout-limit',
      severity: 'error',
      title: 'Lambda timeout outside 1–900 seconds',
      docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
      description: RULES[0].description,
    });
  });

  it('--markdown prints the rule reference', async () => {
    const r = await runCli(['rules', '--markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('# Validation rules\n')).toBe(true);
  });

  it('rejects arguments and conflicting flags (exit 2)', async () => {
    expect((await runCli(['rules', 'extra'])).code).toBe(2);
    const both = await runCli(['rules', '--json', '--markdown']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('choose one of --json and --markdown');
  });
});
