/**
 * `npm run bench:import -- DIR --cdk`: the CDK round trip of the real-world templates. Each
 * imported template's CDK app is written under tmp/ (so aws-cdk-lib resolves from the
 * project), all are synthesized in one tsx process (lib/export/__tests__/cdk/synth-apps.ts),
 * and each synthesized template is compared with the CloudFormation export: resources with the
 * same type, properties and attributes, the same sections and parameters, and whether an
 * import of it gives back the same nodes and edges. Figures are printed, never judged.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { exportCdkApp, exportCloudFormation } from '../lib/export';
import { importCloudFormation, nameFromFileName } from '../lib/import';

type Obj = Record<string, unknown>;
const canon = (v: unknown): unknown => (Array.isArray(v) ? v.map(canon) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon((v as Obj)[k])])) : v);
const same = (a: unknown, b: unknown) => JSON.stringify(canon(a)) === JSON.stringify(canon(b));
const ATTRIBUTES = ['Type', 'Properties', 'DependsOn', 'Condition', 'DeletionPolicy', 'UpdateReplacePolicy', 'UpdatePolicy', 'CreationPolicy'];
const SECTIONS = ['Conditions', 'Mappings', 'Outputs', 'Transform', 'Metadata'];

export interface CdkFigures {
  apps: number;
  synthesized: number;
  resources: number;
  identical: number;
  sectionsDiffer: number;
  reimportDiffers: number;
  notes: string[];
}

export function cdkRoundTrip(dir: string, files: string[], repo: string): CdkFigures {
  const apps: { file: string; dir: string; cfn: Obj & { Resources: Record<string, Obj>; Parameters?: Obj }; nodes: unknown; edges: unknown }[] = [];
  for (const file of files) {
    const r = importCloudFormation(readFileSync(join(dir, file), 'utf8'), { name: nameFromFileName(file) });
    if (!r.ok) continue;
    // CDK has no escape for its token marker: the app spaces it, so the comparison does too.
    const cfn = JSON.parse(exportCloudFormation(r.pipeline, { format: 'json' }).text.split('${Token[').join('${ Token['));
    const appDir = join(repo, 'tmp', 'bench-cdk', file.replace(/[/.]/g, '-'));
    rmSync(appDir, { recursive: true, force: true });
    for (const [name, content] of Object.entries(exportCdkApp(r.pipeline).files)) {
      mkdirSync(dirname(join(appDir, name)), { recursive: true });
      writeFileSync(join(appDir, name), content);
    }
    apps.push({ file, dir: appDir, cfn, nodes: r.pipeline.nodes, edges: r.pipeline.edges });
  }
  const out = execFileSync(join(repo, 'node_modules', '.bin', 'tsx'), [join(repo, 'lib', 'export', '__tests__', 'cdk', 'synth-apps.ts'), ...apps.map((a) => a.dir)], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const results = JSON.parse(out) as Record<string, { ok: boolean; error?: string; template: Obj & { Resources: Record<string, Obj>; Parameters?: Obj } }>;
  const f: CdkFigures = { apps: apps.length, synthesized: 0, resources: 0, identical: 0, sectionsDiffer: 0, reimportDiffers: 0, notes: [] };
  for (const a of apps) {
    const r = results[a.dir];
    if (!r?.ok) {
      f.notes.push(`${a.file}: does not synthesize: ${r?.error?.split('\n')[0]}`);
      continue;
    }
    f.synthesized++;
    const differ: string[] = [];
    for (const [id, resource] of Object.entries(a.cfn.Resources)) {
      f.resources++;
      const twin = r.template.Resources[id];
      const keys = id.startsWith('Fn::ForEach::') ? [] : ATTRIBUTES.filter((k) => !same(twin?.[k], resource[k]));
      if (twin && keys.length === 0 && (!id.startsWith('Fn::ForEach::') || same(twin, resource))) f.identical++;
      else differ.push(twin ? `${id} (${keys.join(', ')})` : `${id} (missing)`);
    }
    const sections = SECTIONS.filter((s) => !same(r.template[s], a.cfn[s]));
    const parameters = Object.keys(a.cfn.Parameters ?? {}).filter((id) => !same((r.template.Parameters as Obj | undefined)?.[id], (a.cfn.Parameters as Obj)[id]));
    if (sections.length || parameters.length) f.sectionsDiffer++;
    const again = importCloudFormation(JSON.stringify(r.template));
    const reimported = again.ok && same(again.pipeline.nodes, a.nodes) && same(again.pipeline.edges, a.edges);
    if (!reimported) f.reimportDiffers++;
    if (differ.length || sections.length || parameters.length || !reimported) {
      f.notes.push(`${a.file}: ${[...differ, ...sections.map((s) => `section ${s}`), ...parameters.map((p) => `parameter ${p}`), ...(reimported ? [] : ['import of the synthesized template differs'])].join('; ')}`);
    }
  }
  return f;
}
