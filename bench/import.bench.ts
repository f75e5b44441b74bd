/**
 * `npm run bench:import [-- DIR]`: import then export every template of the real-world set
 * (default ../shared/realworld-templates) and print per template: imported/refused, node
 * share of drawable resources, relations found, SAM events drawn, round-trip resource count,
 * and the cfn-lint errors the export has that the original did not (per rule, when cfn-lint
 * is on the PATH). With `--cdk`, also the CDK round trip (bench/import-cdk.ts). Figures are printed, never judged.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { cdkRoundTrip } from './import-cdk';
import { measureTemplate, templateFiles } from './import-measure';

import { defaultTemplateDir } from './import-measure';

const args = process.argv.slice(2);
const withCdk = args.includes('--cdk');
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? defaultTemplateDir(process.cwd()));
if (!existsSync(dir)) {
  console.log(`bench:import skipped: ${dir} is absent (pass the folder of templates as the first argument)`);
  process.exit(0);
}
const files = templateFiles(dir);
const rows = files.map((f) => measureTemplate(dir, f));
const out = mkdtempSync(join(tmpdir(), 'sluice-import-bench-'));
for (const r of rows) {
  if (!r.exported) continue;
  const path = join(out, r.file.replace(/\.(json|ya?ml)$/, '.json'));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, r.exported);
}

/** cfn-lint errors (not warnings) per file and rule, or undefined without cfn-lint. */
function lintErrors(root: string, list: string[]): Map<string, Map<string, number>> | undefined {
  const run = spawnSync('cfn-lint', ['--format', 'json', ...list], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) return undefined;
  const found = new Map<string, Map<string, number>>();
  for (const m of JSON.parse(run.stdout || '[]') as { Filename: string; Level: string; Rule: { Id: string } }[]) {
    if (m.Level !== 'Error') continue;
    const file = m.Filename.replace(/\.(json|ya?ml)$/, '');
    const byRule = found.get(file) ?? new Map<string, number>();
    byRule.set(m.Rule.Id, (byRule.get(m.Rule.Id) ?? 0) + 1);
    found.set(file, byRule);
  }
  return found;
}
const before = lintErrors(dir, files);
const after = lintErrors(out, rows.filter((r) => r.exported).map((r) => r.file.replace(/\.(json|ya?ml)$/, '.json')));
const newErrors = (file: string): string => {
  if (!before || !after) return 'n/a';
  const key = file.replace(/\.(json|ya?ml)$/, '');
  const was = before.get(key) ?? new Map();
  const extra = [...(after.get(key) ?? new Map())].filter(([rule, n]) => n > (was.get(rule) ?? 0)).map(([rule, n]) => `${rule}+${n - (was.get(rule) ?? 0)}`);
  return extra.length ? extra.join(' ') : '0';
};

const pad = (s: string | number, n: number) => String(s).padEnd(n);
console.log(`${pad('template', 44)}${pad('import', 9)}${pad('nodes', 9)}${pad('edges', 7)}${pad('SAM ev.', 9)}${pad('SAM pol.', 10)}${pad('round trip', 12)}new cfn-lint errors`);
let totals = { refused: 0, drawable: 0, drawn: 0, samEvents: 0, samDrawn: 0, samPolicies: 0, samPoliciesDrawn: 0, resources: 0, back: 0, newErrors: 0, crashed: 0 };
for (const r of rows) {
  const errs = r.imported && !r.error ? newErrors(r.file) : '-';
  console.log(
    `${pad(r.file, 44)}${pad(r.imported ? (r.error ? 'CRASH' : 'ok') : 'refused', 9)}${pad(`${r.drawn}/${r.drawable}`, 9)}${pad(r.relations, 7)}${pad(r.samEvents ? `${r.samEventsDrawn}/${r.samEvents}` : '-', 9)}${pad(r.samPolicies ? `${r.samPoliciesDrawn}/${r.samPolicies}` : '-', 10)}${pad(`${r.roundTrip}/${r.resources}`, 12)}${errs}`,
  );
  if (!r.imported) console.log(`    refused: ${r.refusal}`);
  if (r.error) console.log(`    ${r.error.split('\n')[0]}`);
  if (r.missing.length) console.log(`    not given back: ${r.missing.join(', ')}`);
  totals = {
    refused: totals.refused + (r.imported ? 0 : 1),
    drawable: totals.drawable + r.drawable,
    drawn: totals.drawn + r.drawn,
    samEvents: totals.samEvents + r.samEvents,
    samDrawn: totals.samDrawn + r.samEventsDrawn,
    samPolicies: totals.samPolicies + r.samPolicies,
    samPoliciesDrawn: totals.samPoliciesDrawn + r.samPoliciesDrawn,
    resources: totals.resources + r.resources,
    back: totals.back + r.roundTrip,
    newErrors: totals.newErrors + (errs === '0' || errs === '-' || errs === 'n/a' ? 0 : errs.split(' ').reduce((s, x) => s + Number(x.split('+')[1]), 0)),
    crashed: totals.crashed + (r.error ? 1 : 0),
  };
}
console.log(`\n${rows.length} templates: ${rows.length - totals.refused} imported, ${totals.refused} refused, ${totals.crashed} crashed`);
console.log(`nodes: ${totals.drawn} of ${totals.drawable} drawable resources; SAM events drawn: ${totals.samDrawn} of ${totals.samEvents}; SAM policy relations drawn: ${totals.samPoliciesDrawn} of ${totals.samPolicies}`);
console.log(`round trip: ${totals.back} of ${totals.resources} resources given back under their logical ids`);
console.log(`new cfn-lint errors: ${before && after ? totals.newErrors : 'n/a (cfn-lint is not on the PATH)'}`);
console.log(`exports written to ${out}`);
if (withCdk) {
  const cdk = cdkRoundTrip(dir, files, process.cwd());
  for (const note of cdk.notes) console.log(`    cdk: ${note}`);
  console.log(`CDK round trip: ${cdk.synthesized} of ${cdk.apps} apps synthesize; ${cdk.identical} of ${cdk.resources} resources identical to the CloudFormation export; sections or parameters differ in ${cdk.sectionsDiffer}; the import of the synthesized template differs in ${cdk.reimportDiffers}`);
}
