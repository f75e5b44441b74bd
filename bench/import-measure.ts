/**
 * How well `sluice import` then `sluice export` treats templates written outside this
 * project: per template, imported or refused, the share of drawable resources that became
 * nodes, the relations found (and, for SAM, how many of the function events whose two ends
 * are in the template were drawn), and how many of the template's resources the export gives
 * back under the same logical id. cfn-lint is run by the bench (import.bench.ts), not here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportCloudFormation } from '../lib/export';
import { importCloudFormation, nameFromFileName } from '../lib/import';
import { NODE_TYPES } from '../lib/import/map-resources';
import { parseTemplateText } from '../lib/import/parse-template';
import { isObj, referencedIds } from '../lib/import/values';

export interface TemplateFigures {
  file: string;
  imported: boolean;
  refusal?: string;
  drawable: number;
  drawn: number;
  relations: number;
  samEvents: number;
  samEventsDrawn: number;
  /** SAM Policies (templates or statements) naming a drawable resource of the template. */
  samPolicies: number;
  samPoliciesDrawn: number;
  resources: number;
  roundTrip: number;
  missing: string[];
  exported?: string;
  error?: string;
}

/** Types that become nodes, SAM's included (a SimpleTable is a table). */
const SAM_DRAWABLE = new Set(['AWS::Serverless::Function', 'AWS::Serverless::SimpleTable', 'AWS::Serverless::Api', 'AWS::Serverless::HttpApi']);
/** SAM events that name a resource of the template as their source, and the property that names it. */
const EVENT_SOURCE: Record<string, string | undefined> = { Kinesis: 'Stream', DynamoDB: 'Stream', SQS: 'Queue', S3: 'Bucket', SNS: 'Topic', Api: 'RestApiId', HttpApi: 'ApiId', Schedule: undefined, ScheduleV2: undefined, IoTRule: undefined };

/** ../shared/realworld-templates beside the project (`npm run bench:import -- DIR` reads another folder). */
export function defaultTemplateDir(cwd: string): string {
  return join(cwd, '..', 'shared', 'realworld-templates');
}

export function templateFiles(dir: string): string[] {
  return ['cfn', 'sam'].flatMap((group) => readdirSync(join(dir, group)).filter((f) => /\.(ya?ml|json)$/.test(f)).sort().map((f) => join(group, f)));
}

export function measureTemplate(dir: string, file: string): TemplateFigures {
  const text = readFileSync(join(dir, file), 'utf8');
  const parsed = parseTemplateText(text);
  const original = parsed.ok ? { ...(parsed.template.Resources as Record<string, { Type: string; Properties?: Record<string, unknown> }>) } : {};
  const ids = parsed.ok ? [...Object.keys(original), ...Object.keys(parsed.keptLoops)] : [];
  // An event-pattern rule is not a schedule, and a cluster's instance is part of its cluster node.
  const drawableIds = Object.entries(original)
    .filter(([, r]) => NODE_TYPES[r.Type] || SAM_DRAWABLE.has(r.Type))
    .filter(([, r]) => !(r.Type === 'AWS::Events::Rule' && r.Properties?.ScheduleExpression === undefined) && !(r.Type === 'AWS::RDS::DBInstance' && r.Properties?.DBClusterIdentifier !== undefined))
    .map(([id]) => id);
  const figures: TemplateFigures = { file, imported: false, drawable: drawableIds.length, drawn: 0, relations: 0, samEvents: 0, samEventsDrawn: 0, samPolicies: 0, samPoliciesDrawn: 0, resources: ids.length, roundTrip: 0, missing: [] };
  const result = importCloudFormation(text, { name: nameFromFileName(file) });
  if (!result.ok) {
    figures.refusal = result.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ');
    return figures;
  }
  figures.imported = true;
  const pipeline = result.pipeline;
  const nodeOf = new Map(Object.entries(pipeline.kept?.nodes ?? {}).map(([nodeId, k]) => [k.logicalId, nodeId]));
  figures.drawn = drawableIds.filter((id) => nodeOf.has(id)).length;
  figures.relations = pipeline.edges.length;
  for (const [fn, r] of Object.entries(original)) {
    if (r.Type !== 'AWS::Serverless::Function' || !isObj(r.Properties?.Events)) continue;
    for (const [name, e] of Object.entries(r.Properties.Events)) {
      if (!isObj(e) || !(String(e.Type) in EVENT_SOURCE)) continue;
      const prop = EVENT_SOURCE[String(e.Type)];
      const props = isObj(e.Properties) ? e.Properties : {};
      // Schedules and IoT rules are made by the event itself; others need their source in the template.
      let source = prop ? referencedIds(props[prop]).find((id) => id in original) : `${fn}${name}`;
      // An enhanced fan-out consumer stands for its stream.
      if (source && original[source]?.Type === 'AWS::Kinesis::StreamConsumer') source = referencedIds(original[source].Properties?.StreamARN).find((id) => id in original);
      if (!source && !(prop && (e.Type === 'Api' || e.Type === 'HttpApi'))) continue;
      figures.samEvents++;
      const from = nodeOf.get(source ?? (e.Type === 'Api' ? 'ServerlessRestApi' : 'ServerlessHttpApi'));
      if (from && pipeline.edges.some((x) => x.source === from && x.target === nodeOf.get(fn))) figures.samEventsDrawn++;
    }
  }
  // SAM policy templates and statements that name a resource of the template: a relation of the function too.
  for (const [fn, r] of Object.entries(original)) {
    if (r.Type !== 'AWS::Serverless::Function') continue;
    const policies = r.Properties?.Policies;
    const items = (Array.isArray(policies) ? policies : policies === undefined ? [] : [policies]).flatMap((item) =>
      // A policy document counts statement by statement (one may write, the next only read).
      isObj(item) && item.Statement !== undefined ? (Array.isArray(item.Statement) ? item.Statement : [item.Statement]) : [item],
    );
    for (const item of items) {
      // Only writes are relations the designer draws (a function's reads are not edges).
      if (!isObj(item) || !/(Write|Crud|Send|Publish|FullAccess|:Put|:Batch|:Update)/.test(JSON.stringify(item))) continue;
      const named = new Set(referencedIds(item).filter((id) => id !== fn && id in original && drawableIds.includes(id)));
      for (const id of named) {
        figures.samPolicies++;
        const a = nodeOf.get(fn);
        const b = nodeOf.get(id);
        if (a && b && pipeline.edges.some((x) => (x.source === a && x.target === b) || (x.source === b && x.target === a))) figures.samPoliciesDrawn++;
      }
    }
  }
  try {
    // JSON, what `sluice export` writes by default.
    const exported = exportCloudFormation(pipeline, { format: 'json' });
    figures.exported = exported.text;
    const back = exported.template.Resources as Record<string, unknown>;
    figures.missing = ids.filter((id) => !(id in back));
    figures.roundTrip = ids.length - figures.missing.length;
  } catch (error) {
    figures.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  return figures;
}
