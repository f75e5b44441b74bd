/**
 * Run by the CDK test in its own tsx process: synthesizes each generated app (its stack
 * module, imported as the entry does) with the real aws-cdk-lib, runs cdk-nag's AwsSolutions
 * checks on it, and prints one JSON object per app. Argument: the app folders.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const results: Record<string, unknown> = {};
for (const dir of process.argv.slice(2)) {
  const libDir = join(resolve(dir), 'lib');
  const stackFile = readdirSync(libDir).find((f) => f.endsWith('-stack.ts'))!;
  try {
    const mod = (await import(pathToFileURL(join(libDir, stackFile)).href)) as Record<string, new (scope: App, id: string) => unknown>;
    const [className, Stack] = Object.entries(mod)[0];
    const app = new App({ outdir: join(resolve(dir), 'cdk.out') });
    new Stack(app, className);
    const nag = new AwsSolutionsChecks(app);
    void Validations;
    const report = nag.validateScope(app);
    const template = app.synth().getStackByName(className).template;
    results[dir] = { ok: true, template, violations: report.violations.map((v) => ({ rule: v.ruleName, resources: v.violatingResources.map((r) => r.resourceLogicalId ?? (r as { constructPath?: string }).constructPath) })) };
  } catch (error) {
    results[dir] = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
process.stdout.write(JSON.stringify(results));
