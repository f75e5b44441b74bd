import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeTerminal } from '../terminal-text';
import { REPO, runCli } from './fake-io';

const VALID = resolve(REPO, 'examples/sqs-lambda-s3-dlq.sluice.json');
const dir = mkdtempSync(join(tmpdir(), 'sluice-hostile-'));
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const doc = () => JSON.parse(readFileSync(VALID, 'utf8'));
// Any byte a terminal acts on: ESC, CR, BEL, DEL, C1 (U+0085 NEL, U+009B CSI), U+2028, bidi overrides.
// eslint-disable-next-line no-control-regex -- the test looks for exactly these characters
const UNSAFE_OUTPUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('every CLI message is safe to print on a terminal', () => {
  it('escapes terminal control sequences, C0/C1 controls, line separators and bidi overrides', () => {
    expect(escapeTerminal('a\u001b[2Jb\rc\u0085d\u009be\u2028f\u202eg\n\th')).toBe('a\\u001b[2Jb\\u000dc\\u0085d\\u009be\\u2028f\\u202eg\n\th');
  });

  it('a template whose logical ids and types carry escapes cannot clear the screen or forge a line', async () => {
    const tpl = write('evil.yaml', 'Resources:\n  "Evil\\e[2J\\rsluice: all good":\n    Type: "Custom::X\\e]0;pwned\\a\\u2028"\n');
    const r = await runCli(['import', tpl]);
    // Such a logical id is not CloudFormation (letters and digits only): refused, and the id is
    // printed escaped.
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Resources.Evil\\u001b[2J\\u000dsluice: all good: a logical id is 1 to 255 letters or digits');
    expect(r.stderr).not.toMatch(UNSAFE_OUTPUT);
    expect(r.stdout).not.toMatch(UNSAFE_OUTPUT);
  });

  it('a pipeline name and unknown keys with escapes are printed escaped, and JSON output still parses to the same value', async () => {
    const d = doc();
    d.nodes[0]['x\u001b[31m'] = 1;
    const bad = await runCli(['validate', write('unknown-key.sluice.json', JSON.stringify(d))]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('x\\u001b[31m');
    expect(bad.stderr).not.toMatch(UNSAFE_OUTPUT);
    const named = doc();
    named.name = 'orders\u0085\u2028\u009b2J';
    const json = await runCli(['export', write('named.sluice.json', JSON.stringify(named)), '--format', 'cloudformation']);
    expect(json.code).toBe(0);
    expect(json.stdout).not.toMatch(UNSAFE_OUTPUT);
    expect(JSON.parse(json.stdout).Description).toMatch(/^orders\u0085\u2028\u009b2J: /);
  });
});

describe('hostile or unusual input gets a clear message, or is accepted as a user would expect', () => {
  it('a YAML alias bomb is refused by name, not as an "internal error"', async () => {
    let s = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n';
    for (let i = 1; i < 9; i++) s += `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]\n`;
    const r = await runCli(['import', write('bomb.yaml', s)]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr).toContain('YAML aliases (*name) expand too far');
  });

  it('accepts a file that starts with a byte-order mark (pipeline and template)', async () => {
    const r = await runCli(['validate', write('bom.sluice.json', `\ufeff${readFileSync(VALID, 'utf8')}`)]);
    expect(r.code).toBe(0);
    const t = await runCli(['import', write('bom.yaml', '\ufeffResources:\n  Jobs:\n    Type: AWS::SQS::Queue\n')]);
    expect(t.code).toBe(0);
    expect(JSON.parse(t.stdout).nodes[0].kind).toBe('sqs-queue');
  });

  it('--seconds -5 says what is wrong with the number (was "argument is ambiguous")', async () => {
    const r = await runCli(['simulate', VALID, '--seconds', '-5']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--seconds: must be greater than 0 and at most 604800 (7 days), got -5');
  });

  it('--seconds 1e-300 is refused: it is shorter than one step, which would simulate 1 s instead', async () => {
    const r = await runCli(['simulate', VALID, '--seconds', '1e-300']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--seconds: 1e-300 is shorter than one step (1 s)');
    expect((await runCli(['simulate', VALID, '--seconds', '0.5', '--step', '0.5', '--json'])).code).toBe(0);
  });

  it('a suppression naming a rule that does not exist is reported', async () => {
    const d = doc();
    d.suppressions = [{ rule: 'sqs-missing-dql', reason: 'typo' }];
    const r = await runCli(['validate', write('typo.sluice.json', JSON.stringify(d))]);
    expect(r.stdout).toContain('warning  suppression-unknown-rule  pipeline, suppressions[0].rule: suppressions[0] names the rule "sqs-missing-dql", which does not exist, so it switches nothing off (did you mean "sqs-missing-dlq"?)');
  });

  it('a traffic of 1.79e308 records/s is refused by the schema with its bound, not printed as 300 digits', async () => {
    const d = doc();
    d.nodes[0].config.traffic.recordsPerSecond = 1.79e308;
    const r = await runCli(['validate', write('huge.sluice.json', JSON.stringify(d))]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nodes[0].config.traffic.recordsPerSecond: at most 1,000,000,000 records per second, got 1.79e+308');
    expect(r.stderr).not.toMatch(/\d{30}/);
  });
});
